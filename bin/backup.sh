#!/usr/bin/env bash
# Backs up the running Round Robin's H2 database into its backup directory (./data/backups/ unless
# roundrobin.backup.directory says otherwise) and prints where. The service stays up; the copy is consistent.
# Usage: bin/backup.sh [base URL]   (default http://localhost:8080, or $ROUNDROBIN_URL)
# Backups are for administrators: set ROUNDROBIN_TOKEN to an administrator's API token (Your account → tokens), or
# ROUNDROBIN_ADMIN_PASSWORD to the admin password.
# Restoring: see "Your data" in the README (stop, restore the zip into ./data/, start).
set -euo pipefail
url="${1:-${ROUNDROBIN_URL:-http://localhost:8080}}"
if [ -n "${ROUNDROBIN_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer ${ROUNDROBIN_TOKEN}")
elif [ -n "${ROUNDROBIN_ADMIN_PASSWORD:-}" ]; then
  auth=(-u "admin:${ROUNDROBIN_ADMIN_PASSWORD}")
else
  echo "Set ROUNDROBIN_TOKEN (an administrator's API token) or ROUNDROBIN_ADMIN_PASSWORD" >&2
  exit 2
fi
curl -fsS "${auth[@]}" -X POST "${url%/}/api/admin/backup"
echo
