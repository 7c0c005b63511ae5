#!/usr/bin/env bash
# Benchmark (not a test): how long POST /api/classify takes to read and classify a 20-page PDF reply.
# Builds the app, starts it on a spare port with an in-memory database, sends the PDF a few times
# to warm up, then times RUNS requests and prints the median and the slowest. Target: under a second.
#   bench/classify.sh            (RUNS=10 PAGES=20 by default; set them in the environment to change)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
PAGES=${PAGES:-20}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
WORK=$(mktemp -d)
APP_PID=""
# The API needs a signed-in caller: the bench's own admin password (see "Signing in" in the README).
BENCH_PASSWORD=${BENCH_PASSWORD:-bench-$(date +%s%N)-password}
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (mvn package -DskipTests; SKIP_BUILD=1 to reuse the last build)..."
  mvn -q -o package -DskipTests || mvn -q package -DskipTests
fi
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.roundrobin.replies.BenchReply "$WORK/reply.pdf" "$PAGES" 2>/dev/null
echo "Reply: $PAGES-page PDF, $(stat -c %s "$WORK/reply.pdf") bytes"

java -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
     -Droundrobin.directory.seed=false -Dquarkus.log.level=WARN \
     -Droundrobin.admin.password="$BENCH_PASSWORD" -Droundrobin.session-key-file="$WORK/session.key" \
     -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; cat "$WORK/app.log"; exit 1; }
  sleep 0.5
done

post() {
  curl -s -o "$WORK/out.json" -w '%{http_code} %{time_total}\n' -u "admin:$BENCH_PASSWORD" -H 'Content-Type: application/pdf' \
       --data-binary @"$WORK/reply.pdf" "http://127.0.0.1:$PORT/api/classify?law=FOIA&questions=6"
}
for _ in 1 2 3; do post >/dev/null; done   # warm-up: class loading and JIT
: >"$WORK/times"
for _ in $(seq 1 "$RUNS"); do
  read -r code seconds < <(post)
  [ "$code" = 200 ] || { echo "HTTP $code:"; cat "$WORK/out.json"; exit 1; }
  echo "$seconds" >>"$WORK/times"
done
echo "Outcome: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["outcome"], d["sections"])' "$WORK/out.json")"
sort -n "$WORK/times" | python3 -c '
import sys
pages = sys.argv[1]
t = [float(x) for x in sys.stdin]
median = t[len(t) // 2] if len(t) % 2 else (t[len(t) // 2 - 1] + t[len(t) // 2]) / 2
verdict = "OK" if t[-1] < 1 else "SLOW"
print(f"classify {len(t)} x {pages}-page PDF: median {median * 1000:.0f} ms, slowest {t[-1] * 1000:.0f} ms (target < 1000 ms): {verdict}")
' "$PAGES"
