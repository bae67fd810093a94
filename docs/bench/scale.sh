#!/usr/bin/env bash
# Canonym at scale: bulk import over HTTP, time to ready with everybody indexed, heap, and resolveName and
# search-as-you-type throughput and latency over HTTP (wrk), against a PostgreSQL whose public schema this
# script EMPTIES first. Usage (from the repository root):
#   PEOPLE=1000000 PGURL=postgresql://canonym:canonym@localhost:5432/canonym docs/bench/scale.sh
# The app gets DB_URL/DB_USER/DB_PASSWORD from the environment (defaults: local canonym database).
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${PEOPLE:-1000000}
CLIENTS=${CLIENTS:-2}
PGURL=${PGURL:-postgresql://canonym:canonym@localhost:5432/canonym}
HEAP=${HEAP:--Xmx1536m}
DURATION=${DURATION:-30s}
out=target/bench
mkdir -p "$out"

./mvnw -q package -DskipTests
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
psql -q "$PGURL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'

if curl -s -o /dev/null localhost:8080; then
  echo "Something already listens on port 8080; stop it first." >&2
  exit 1
fi

start_app() {
  local started=$(date +%s%N)
  java $HEAP -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null localhost:8080/q/health/ready; do
    kill -0 $app 2>/dev/null || { tail -20 "$out/app.log"; exit 1; }
    sleep 0.1
  done
  echo "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms ($(grep -o 'Name index loaded.*' "$out/app.log" | tail -1))"
}

echo "== bulk import of $PEOPLE people over HTTP, $CLIENTS clients"
start_app
java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" io.canonym.bench.ImportLoad \
  http://localhost:8080 "$PEOPLE" "$CLIENTS" "$out/queries.txt"
kill $app; wait $app 2>/dev/null || true

echo "== restart with $PEOPLE people in the database"
start_app
jcmd $app GC.run > /dev/null
echo "heap after GC: $(jcmd $app GC.heap_info | grep -E 'used' | head -1 | sed 's/^ *//')"
echo "RSS: $(( $(awk '/VmRSS/{print $2}' /proc/$app/status) / 1024 )) MB"

echo "== over HTTP with wrk, 2 threads, 16 connections, $DURATION each (after a 10 s warm-up)"
for mode in resolve search; do
  MODE=$mode NAMES="$out/queries.txt" wrk -t2 -c16 -d10s -s docs/bench/graphql.lua http://localhost:8080 > /dev/null
  MODE=$mode NAMES="$out/queries.txt" wrk -t2 -c16 -d"$DURATION" -s docs/bench/graphql.lua http://localhost:8080 | tail -1
done
kill $app; wait $app 2>/dev/null || true
