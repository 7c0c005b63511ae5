#!/usr/bin/env bash
# Benchmark (not a test) for issue 10: the packaged service on a fresh database, data made through its own
# imports, wrk on loopback. Prints one Markdown table and writes it to bench/results/latest.md.
#
#   bench/run.sh                 H2 in a file under a temp dir (the default build)
#   bench/run.sh --postgres      PostgreSQL on 127.0.0.1:5432 (user postgres, db test), a fresh schema dropped after
#
# Environment (all optional): WARMUP=5 DURATION=30 (seconds per endpoint), CONNECTIONS=16, THREADS=2,
# CAMPAIGNS=200, BODIES=50000, KEEP=1 (keep the temp dir: app log, wrk outputs), JAR (a quarkus-run.jar to use instead of building), JVM_FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx192m -Xss512k -XX:ReservedCodeCacheSize=48m -Dio.netty.allocator.numDirectArenas=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0" (run with MALLOC_ARENA_MAX=2), CDS=0 (no class archive), OUT=bench/results/latest.md.
# Quick run: WARMUP=1 DURATION=5 CAMPAIGNS=20 BODIES=5000 OUT=/tmp/quick.md bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WARMUP=${WARMUP:-5}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
CAMPAIGNS=${CAMPAIGNS:-200}
BODIES=${BODIES:-50000}
CHUNK=${CHUNK:-10000}   # rows per directory import: 10,000 rows are ~1.3 MB, under roundrobin.import.max-bytes (5M)
# The README's "JVM flags" for a small machine: C1 only (no C2: less memory, a faster start), one Netty arena, the class
# archive mapped where it was made (no relocation of its pointers on each start)
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx192m -Xss512k -XX:ReservedCodeCacheSize=48m -Dio.netty.allocator.numDirectArenas=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}
CDS=${CDS:-1}           # 1: a training start writes an AppCDS class archive that every measured start uses (README "JVM flags")
OUT=${OUT:-bench/results/latest.md}
# A launch by email is one transaction: at 50,000 letters it can outlast the default 60 s transaction timeout on a
# busy machine, so the bench allows 300 s (and says so in the results); the launch's time is reported either way.
TX_TIMEOUT=${TX_TIMEOUT:-300s}
POSTGRES=0
[ "${1:-}" = --postgres ] && POSTGRES=1
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PASSWORD="bench-$(date +%s%N)-password"
SCHEMA="rr_bench_$(date +%s)"
APP_PID=""
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "$POSTGRES" = 1 ]; then psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "$PASSWORD" >"$WORK/admin-password"; echo "Kept $WORK (app.log, wrk-*.txt, run/data, admin-password)" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "Installing wrk"; apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

# ---- Build: the database kind is fixed at build time, so each variant has its own output directory (a plain
# `mvnw verify -Ppostgres` leaves a PostgreSQL jar in target/quarkus-app). Built afresh each run unless JAR is given. ----
if [ "$POSTGRES" = 1 ]; then
  if [ -z "${JAR:-}" ]; then
    log "Building the PostgreSQL variant into target/bench-postgres"
    ./mvnw -B -ntp -q -o package -DskipTests -Dquarkus.profile=postgres -Dquarkus.package.output-directory="$ROOT/target/bench-postgres" \
      || ./mvnw -B -ntp -q package -DskipTests -Dquarkus.profile=postgres -Dquarkus.package.output-directory="$ROOT/target/bench-postgres"
    JAR=$ROOT/target/bench-postgres/quarkus-run.jar
  fi
  DB_FLAGS=(-Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
            -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=
            -Dquarkus.flyway.schemas="$SCHEMA" -Dquarkus.flyway.default-schema="$SCHEMA")
  DB="PostgreSQL $(psql -h 127.0.0.1 -U postgres -d test -tAc 'show server_version' 2>/dev/null | cut -d' ' -f1) (schema $SCHEMA, dropped after)"
else
  if [ -z "${JAR:-}" ]; then
    log "Building the H2 variant into target/bench-h2"
    ./mvnw -B -ntp -q -o package -DskipTests -Dquarkus.package.output-directory="$ROOT/target/bench-h2" \
      || ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.output-directory="$ROOT/target/bench-h2"
    JAR=$ROOT/target/bench-h2/quarkus-run.jar
  fi
  DB_FLAGS=()   # the default jdbc:h2:file:./data/roundrobin, relative to the working directory: the temp dir
  DB="H2 (file database in a fresh temp dir)"
fi

# ---- AppCDS: a training start (empty database, stopped once ready) writes the class archive the measured starts use ----
if [ "$CDS" = 1 ]; then
  log "Training start for the AppCDS archive"
  mkdir -p "$WORK/train"
  # shellcheck disable=SC2086
  (cd "$WORK/train" && ROUNDROBIN_ADMIN_PASSWORD="$PASSWORD" exec java $JVM_FLAGS -XX:ArchiveClassesAtExit="$WORK/app.jsa" \
      -Dquarkus.http.port="$PORT" "${DB_FLAGS[@]}" -Dquarkus.log.level=WARN -jar "$JAR" >"$WORK/train.log" 2>&1) &
  TRAIN=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    kill -0 "$TRAIN" 2>/dev/null || { log "The training start stopped (see $WORK/train.log)"; break; }
    sleep 0.1
  done
  kill "$TRAIN" 2>/dev/null || true; wait "$TRAIN" 2>/dev/null || true
  if [ -s "$WORK/app.jsa" ]; then JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=$WORK/app.jsa"; else log "No archive written; starting without"; fi
  if [ "$POSTGRES" = 1 ]; then psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1; fi
fi

# ---- Start: fresh data dir; mail has a From address (so a launch queues letters) but the sender never runs ----
mkdir -p "$WORK/run"
start_app() {   # sets APP_PID and READY_MS: ms from the process start to the first 200 on /q/health/ready
  local start_ns; start_ns=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$WORK/run" && MALLOC_ARENA_MAX=2 ROUNDROBIN_ADMIN_PASSWORD="$PASSWORD" exec java $JVM_FLAGS \
      -Dquarkus.http.port="$PORT" "${DB_FLAGS[@]}" \
      -Droundrobin.demo.enabled=false -Droundrobin.directory.seed=true -Droundrobin.base-url="$BASE" \
      -Droundrobin.mail.from.address=bench@example.invalid -Droundrobin.mail.smtp.host=127.0.0.1 -Droundrobin.mail.smtp.port=9 \
      -Droundrobin.mail.send-every=off -Droundrobin.chasers.cron=off -Droundrobin.mail.digest.enabled=false \
      -Droundrobin.mail.imap.enabled=false -Dquarkus.log.level=WARN \
      -Dquarkus.transaction-manager.default-transaction-timeout="$TX_TIMEOUT" \
      -jar "$JAR" >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  READY_MS=""
  while [ $(( ($(date +%s%N) - start_ns) / 1000000000 )) -lt 120 ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" 2>/dev/null)" = 200 ]; then
      READY_MS=$(( ($(date +%s%N) - start_ns) / 1000000 )); break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The service did not start:"; cat "$WORK/app.log"; exit 1; }
    sleep 0.02
  done
  [ -n "$READY_MS" ] || { echo "Not ready after 120 s"; cat "$WORK/app.log"; exit 1; }
}
start_app
FIRST_READY_MS=$READY_MS
JAVA_PID=$APP_PID
log "Ready in $READY_MS ms (pid $JAVA_PID, $DB)"

# ---- Credentials: a Bearer token for the API (no bcrypt per call), a session cookie for the pages ----
TOKEN=$(curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$BASE/api/me/tokens" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
AUTH="Authorization: Bearer $TOKEN"
session() {   # a fresh cookie per measurement: a cookie older than new-cookie-interval (1 min) is re-issued on every answer
  rm -f "$WORK/jar"
  curl -s -o /dev/null -c "$WORK/jar" -d j_username=admin -d "j_password=$PASSWORD" "$BASE/j_security_check" || true
  echo "Cookie: rr-session=$(awk '$6 == "rr-session" { print $7 }' "$WORK/jar" 2>/dev/null || true)"
}
api() { curl -fsS -H "$AUTH" "$@"; }

# ---- Data (a): CAMPAIGNS spreadsheets x the 48 police forces x 6 questions, through the spreadsheet import ----
python3 bench/gen.py sheets "$WORK" src/main/resources/org/roundrobin/authority/uk-police-forces.csv "$CAMPAIGNS"
log "Importing $CAMPAIGNS campaigns (48 forces, 6 questions each)"
T0=$(date +%s%N)
for f in "$WORK"/campaign-*.csv; do
  n=$(basename "$f" .csv); n=${n#campaign-}
  api -o /dev/null -X POST -H 'Content-Type: text/csv' --data-binary @"$f" \
    "$BASE/api/campaigns/import?title=Police+round+robin+$n&slug=police-$n&requesterName=Bench+Campaigner&requesterEmail=bench@example.invalid&question=Policy&question=Numbers&question=Costs&question=Suppliers&question=Training&question=Audits"
done
IMPORT_CAMPAIGNS_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
SLUG48=police-000

# ---- Data (b): BODIES generated authorities through the directory CSV import, one campaign to all of them ----
python3 bench/gen.py authorities "$WORK" "$BODIES" "$CHUNK"
log "Importing $BODIES authorities"
T0=$(date +%s%N)
for f in "$WORK"/authorities-*.csv; do
  api -o /dev/null -X POST -H 'Content-Type: text/csv' --data-binary @"$f" "$BASE/api/authorities/import"
done
IMPORT_BODIES_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
SLUGBIG=every-body
api -o /dev/null -H 'Content-Type: application/json' -X POST "$BASE/api/campaigns" -d "{\"title\":\"Every body\",\"slug\":\"$SLUGBIG\",
  \"requestText\":\"Please provide the following information.\",\"requester\":{\"name\":\"Bench Campaigner\",\"email\":\"bench@example.invalid\"},
  \"questions\":[$(for q in 1 2 3 4 5 6; do printf '{"number":%d,"label":"Question %d"}%s' $q $q "$([ $q = 6 ] || echo ,)"; done)],
  \"targets\":{\"tag\":\"bench-body\"}}"
log "Launching $SLUGBIG by email: every letter queued (the sender is off, so none leaves)"
T0=$(date +%s%N)
LAUNCH_CODE=$(curl -sS -H "$AUTH" -o "$WORK/launch.json" -w '%{http_code}' -H 'Content-Type: application/json' -X POST \
    "$BASE/api/campaigns/$SLUGBIG/launch" -d '{"send":true}')
LAUNCH_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
[ "$LAUNCH_CODE" = 200 ] || { log "The launch answered $LAUNCH_CODE: $(head -c 400 "$WORK/launch.json")"; LAUNCH_MS=999999999; }
QUEUED=$(api "$BASE/q/metrics" | awk '/^roundrobin_letters_total\{event="queued"\}/ { print int($2) }')
log "Launch: $LAUNCH_MS ms, $QUEUED letters queued"

# ---- The chaser job over all data ----
T0=$(date +%s%N)
api -o "$WORK/chaser.json" -X POST "$BASE/api/admin/jobs/chaser"
CHASER_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
CHASER=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%s ms in the job; %s first and %s second chasers queued, %s held for approval" % (d["millis"], d["chaser1"], d["chaser2"], d["held"]))' "$WORK/chaser.json")
log "Chaser job: $CHASER_MS ms ($CHASER)"

# ---- The big campaign's CSV export once: streamed? (RSS before and after, time to first byte) ----
rss() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$JAVA_PID/status"; }
RSS_BEFORE_EXPORT=$(rss)
EXPORT_BIG=$(curl -fsS -H "$AUTH" -o "$WORK/big.csv" -w '%{time_starttransfer} %{time_total} %{size_download}' "$BASE/api/campaigns/$SLUGBIG/export.csv")
RSS_AFTER_EXPORT=$(rss)

# ---- Load: wrk, WARMUP s then DURATION s per endpoint ----
printf '' >"$WORK/results.tsv"
drain() {   # wrk stops with requests still running in the service: wait for them, or they would load the next measurement
  # (busy worker threads, not http_server_active_requests: a request whose client went away no longer counts there)
  for _ in $(seq 1 120); do
    local active; active=$(api --max-time 10 "$BASE/q/metrics" 2>/dev/null \
        | awk '/^worker_pool_active\{.*vert.x-worker-thread/ { print int($2) }' | head -1 || true)
    [ "${active:-0}" -le 1 ] && return   # 1 may be this very request
    sleep 0.5
  done
  log "Requests still running after 60 s"
}
sample_rss() {   # while wrk measures: VmRSS every half second, appended to rss-load.txt (MB)
  while sleep 0.5; do awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$JAVA_PID/status" >>"$WORK/rss-load.txt"; done
}
warm() {   # name, path, kind: load without measuring, so that no endpoint is measured on code the JIT has not seen yet
  local header=""
  case $3 in api) header=$AUTH ;; page) header=$(session) ;; open) header="X-Bench: 1" ;; esac
  curl -s -o /dev/null -H "$header" "$BASE$2"   # once alone first, as a person would open it
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -H "$header" "$BASE$2" >/dev/null
  drain
}
measure() {   # name, path, kind (api|page|open)
  local name=$1 path=$2 kind=$3 header=""
  case $kind in api) header=$AUTH ;; page) header=$(session) ;; open) header="X-Bench: 1" ;; esac
  local code; code=$(curl -s -o "$WORK/probe" -w '%{http_code}' -H "$header" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code (expected 200); not measured"; printf '%s\t%s\tERR %s\n' "$name" "$path" "$code" >>"$WORK/results.tsv"; return; }
  log "wrk $path ($(stat -c %s "$WORK/probe") bytes)"
  # --timeout 30s: a slow page is measured (wrk's default of 2 s drops its latencies, and a client that gives up and
  # reconnects leaves its request running in the service: more requests at once than connections)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -H "$header" "$BASE$path" >/dev/null
  drain
  sample_rss & local sampler=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -H "$header" "$BASE$path" >"$WORK/wrk.txt"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  drain
  cp "$WORK/wrk.txt" "$WORK/wrk-$name.txt"
  python3 - "$WORK/wrk.txt" "$name" "$path" >>"$WORK/results.tsv" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s|m)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
note = (f"{bad.group(1)} non-2xx " if bad else "") + (f"socket errors: {errors.group(1)}" if errors else "")
print(f"{sys.argv[2]}\t{sys.argv[3]}\t{rps:.1f}\t{p50:.2f}\t{p99:.2f}\t{note.strip()}")
PY
}
ENDPOINTS=(health "/q/health/live" open   directory "/authorities?tag=police" page   dash48 "/campaigns/$SLUG48" page
           summary48 "/api/campaigns/$SLUG48/summary" api   dashbig "/campaigns/$SLUGBIG" page
           summarybig "/api/campaigns/$SLUGBIG/summary" api   home "/" page   export48 "/api/campaigns/$SLUG48/export.csv" api)
log "Warm-up round: every endpoint under load for ${WARMUP} s, none measured"
for ((i = 0; i < ${#ENDPOINTS[@]}; i += 3)); do warm "${ENDPOINTS[i]}" "${ENDPOINTS[i+1]}" "${ENDPOINTS[i+2]}"; done
: >"$WORK/rss-load.txt"
for ((i = 0; i < ${#ENDPOINTS[@]}; i += 3)); do measure "${ENDPOINTS[i]}" "${ENDPOINTS[i+1]}" "${ENDPOINTS[i+2]}"; done
PEAK_RSS=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$JAVA_PID/status")
LOAD_RSS=$(sort -n "$WORK/rss-load.txt" | tail -1); LOAD_RSS=${LOAD_RSS:-0}

# ---- Stop (SIGTERM: graceful) and start again on the full database ----
T0=$(date +%s%N)
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
STOP_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
APP_PID=""
start_app
log "Stopped in $STOP_MS ms; started again on the full database, ready in $READY_MS ms"

# ---- The table ----
python3 - "$WORK/results.tsv" "$OUT" <<PY
import datetime, os, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
r = {x[0]: x for x in rows}
floor = float(r["directory"][2]) if "directory" in r and not r["directory"][2].startswith("ERR") and float(r["directory"][2]) > 0 else None
targets = {  # name: (label, check(rps ratio, p99 ms) -> bool or None)
    "health": ("context only", None),
    "directory": ("the floor (1.00)", None),
    "dash48": ("ratio >= 0.25 and p99 < 20 ms", lambda q, p99: q >= 0.25 and p99 < 20),
    "summary48": ("ratio >= 0.50", lambda q, p99: q >= 0.50),
    "dashbig": ("p99 < 300 ms", lambda q, p99: p99 < 300),
    "summarybig": ("—", None),
    "home": ("—", None),
    "export48": ("streams (see below)", None),
}
labels = {"health": "GET /q/health/live", "directory": "Directory page, 48 police forces", "dash48": "Dashboard page, 48 authorities",
          "summary48": "Summary JSON, 48 authorities", "dashbig": "Dashboard page, $BODIES authorities",
          "summarybig": "Summary JSON, $BODIES authorities", "home": "Home page ($CAMPAIGNS + 1 campaigns)", "export48": "CSV export, 48 authorities"}
out = ["| Endpoint | Path | Requests/s | p50 ms | p99 ms | Ratio to directory | Target | Met? |", "|---|---|---:|---:|---:|---:|---|---|"]
for name, label in labels.items():
    x = r.get(name)
    if x is None or x[2].startswith("ERR") or float(x[2]) == 0:
        out.append(f"| {label} | | {x[2] if x else 'not run'} | | | | {targets[name][0]} | no |")
        continue
    rps, p50, p99 = float(x[2]), float(x[3]), float(x[4])
    q = rps / floor if floor else float("nan")
    t, check = targets[name]
    met = "—" if check is None else ("yes" if check(q, p99) else "**no**")
    note = f" ({x[5]})" if len(x) > 5 and x[5] else ""
    out.append(f"| {label} | \`{x[1]}\` | {rps:,.0f}{note} | {p50:.2f} | {p99:.2f} | {q:.2f} | {t} | {met} |")
yn = lambda ok: "yes" if ok else "**no**"
export_ttfb, export_total, export_bytes = "$EXPORT_BIG".split()
out += ["", "| Timed once | Result | Target | Met? |", "|---|---|---|---|",
        f"| Startup to first 200 on /q/health/ready, fresh database (migrations and the police seed) | $FIRST_READY_MS ms | < 4000 ms | {yn($FIRST_READY_MS < 4000)} |",
        f"| Startup to first 200 on /q/health/ready, again on the full database (after a graceful stop that took $STOP_MS ms) | $READY_MS ms | < 4000 ms | {yn($READY_MS < 4000)} |",
        f"| Launch of the $BODIES-authority campaign by email (POST /api/campaigns/$SLUGBIG/launch, one transaction) | $LAUNCH_MS ms, $QUEUED letters queued | < 15000 ms | {yn($LAUNCH_MS < 15000)} |",
        f"| Chaser job over all data (POST /api/admin/jobs/chaser) | $CHASER_MS ms ($CHASER) | < 5000 ms | {yn($CHASER_MS < 5000)} |",
        f"| RSS under load (the largest VmRSS sampled every 0.5 s while wrk measured) | $LOAD_RSS MB | < 400 MB | {yn($LOAD_RSS < 400)} |",
        f"| Peak RSS of the whole run (VmHWM: imports, launch, chaser job and load) | $PEAK_RSS MB | < 400 MB | {yn($PEAK_RSS < 400)} |",
        f"| CSV export of the $BODIES-authority campaign, once | first byte {float(export_ttfb)*1000:.0f} ms, all {float(export_total)*1000:.0f} ms, {int(export_bytes)/1e6:.1f} MB; RSS $RSS_BEFORE_EXPORT → $RSS_AFTER_EXPORT MB | streams, memory flat | {yn($RSS_AFTER_EXPORT - $RSS_BEFORE_EXPORT < 50)} (RSS grew < 50 MB) |",
        f"| Data import (not a target) | $CAMPAIGNS spreadsheets: $IMPORT_CAMPAIGNS_MS ms; $BODIES authorities in files of $CHUNK rows: $IMPORT_BODIES_MS ms | — | — |"]
table = "\n".join(out)
print(table)
java = os.popen("java -version 2>&1 | head -1").read().strip()
head = [f"# Benchmark: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC", "",
        f"- Machine: {os.cpu_count()} cores (nproc {os.popen('nproc').read().strip()}), {os.popen('uname -sr').read().strip()}; {java}",
        f"- Database: $DB", "- JVM flags: \`$JVM_FLAGS\` with \`MALLOC_ARENA_MAX=2\`; service flags beyond the defaults: sender off, chaser cron off (run once by the bench), digest off, \`quarkus.transaction-manager.default-transaction-timeout=$TX_TIMEOUT\` (default 60 s)",
        f"- Load: wrk on the same machine over loopback, {int('$THREADS')} threads, $CONNECTIONS connections, a warm-up round (${WARMUP} s on each endpoint), then per endpoint ${WARMUP} s warm-up and ${DURATION} s measured; pages with a fresh session cookie, the API with a Bearer token",
        "- Data: $CAMPAIGNS campaigns imported as spreadsheets (48 police forces x 6 questions, realistic timelines), $BODIES generated authorities imported as CSV, one campaign to all of them launched by email (letters queued; the sender is off)",
        "- The machine is shared (another engineer's builds may run at the same time): compare ratios within one run rather than absolute numbers across runs.",
        "- Made by \`bench/run.sh\`" + (" --postgres" if $POSTGRES else "") + ".", ""]
if sys.argv[2]:
    os.makedirs(os.path.dirname(sys.argv[2]) or ".", exist_ok=True)
    open(sys.argv[2], "w").write("\n".join(head) + table + "\n")
PY
log "Written to $OUT"
