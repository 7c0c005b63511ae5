#!/usr/bin/env bash
# Backs up the running Round Robin's H2 database into its backup directory (./data/backups/ unless
# roundrobin.backup.directory says otherwise) and prints where. The service stays up; the copy is consistent.
# Usage: bin/backup.sh [base URL]   (default http://localhost:8080, or $ROUNDROBIN_URL)
# Restoring: see "Your data" in the README (stop, restore the zip into ./data/, start).
set -euo pipefail
url="${1:-${ROUNDROBIN_URL:-http://localhost:8080}}"
curl -fsS -X POST "${url%/}/api/admin/backup"
echo
