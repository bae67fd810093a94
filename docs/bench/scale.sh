#!/usr/bin/env bash
# Canonym at scale: bulk import over HTTP, time to ready with everybody indexed, heap, and resolveName and
# search-as-you-type throughput and latency over HTTP (wrk), against a PostgreSQL whose public schema this
# script EMPTIES first. Usage (from the repository root):
#   PEOPLE=1000000 PGURL=postgresql://canonym:canonym@localhost:5432/canonym docs/bench/scale.sh
# The app gets DB_URL/DB_USER/DB_PASSWORD from the environment (default: the PGURL database). PORT (default 8080)
# is where the app listens, so that two people can benchmark on one machine; SKIP_IMPORT=1 keeps the database
# as the previous run left it and measures only start-up and the HTTP load.
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${PEOPLE:-1000000}
CLIENTS=${CLIENTS:-2}
PGURL=${PGURL:-postgresql://canonym:canonym@localhost:5432/canonym}
HEAP=${HEAP:--Xmx1536m}
DURATION=${DURATION:-30s}
PORT=${PORT:-8080}
if [ -z "${DB_URL:-}" ]; then  # postgresql://user:password@host:port/db -> JDBC URL and credentials
  rest=${PGURL#postgresql://}; creds=${rest%%@*}; hostdb=${rest#*@}
  export DB_URL="jdbc:postgresql://$hostdb" DB_USER=${creds%%:*} DB_PASSWORD=${creds#*:}
fi
export QUARKUS_HTTP_PORT=$PORT
base=http://localhost:$PORT
out=target/bench
mkdir -p "$out"

./mvnw -q package -DskipTests
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
if curl -s -o /dev/null "$base"; then
  echo "Something already listens on port $PORT; stop it first." >&2
  exit 1
fi

start_app() {
  local started=$(date +%s%N)
  java $HEAP -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/q/health/ready"; do
    kill -0 $app 2>/dev/null || { tail -20 "$out/app.log"; exit 1; }
    sleep 0.1
  done
  echo "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms ($(grep -o 'Name index loaded.*' "$out/app.log" | tail -1))"
}

if [ -z "${SKIP_IMPORT:-}" ]; then
  psql -q "$PGURL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  echo "== bulk import of $PEOPLE people over HTTP, $CLIENTS clients"
  start_app
  java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" io.canonym.bench.ImportLoad \
    "$base" "$PEOPLE" "$CLIENTS" "$out/queries.txt"
  kill $app; wait $app 2>/dev/null || true
fi

echo "== restart with $PEOPLE people in the database"
start_app
jcmd $app GC.run > /dev/null
echo "heap after GC: $(jcmd $app GC.heap_info | grep -E 'used' | head -1 | sed 's/^ *//')"
echo "RSS: $(( $(awk '/VmRSS/{print $2}' /proc/$app/status) / 1024 )) MB"

echo "== over HTTP with wrk, 2 threads, 16 connections, $DURATION each (after a 10 s warm-up)"
for mode in resolve batch search; do
  MODE=$mode NAMES="$out/queries.txt" wrk -t2 -c16 -d10s -s docs/bench/graphql.lua "$base" > /dev/null
  MODE=$mode NAMES="$out/queries.txt" wrk -t2 -c16 -d"$DURATION" -s docs/bench/graphql.lua "$base" | tail -1
done
kill $app; wait $app 2>/dev/null || true
