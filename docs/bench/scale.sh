#!/usr/bin/env bash
# Canonym at scale, the packaged jar in prod mode against a PostgreSQL whose public schema this script EMPTIES first
# (unless SKIP_IMPORT=1): bulk import over HTTP, time to ready (first start without a snapshot of the name index,
# then starts from the snapshot), heap, a further import into the full database, and resolveName and
# search-as-you-type over HTTP (wrk). Usage (from the repository root):
#   PEOPLE=1000000 PGURL=postgresql://canonym:canonym@localhost:5432/canonym docs/bench/scale.sh
# Settings (environment): PORT (default 8080, so that two people can benchmark on one machine); SKIP_IMPORT=1 keeps
# the database as the previous run left it; STARTS (default 3) starts from the snapshot; MORE (default 0) people
# imported into the full database after them (other synthetic people: seed 7); WRK=0 skips the HTTP load; FRESH=0
# skips the start without a snapshot (the snapshot the previous run left is kept);
# HEAP (default -Xms1536m -Xmx1536m: the whole heap from the start, as docker/Dockerfile.jvm runs it); CLIENTS (default 2) import clients; DURATION (default 30s) of each wrk run;
# CONNECTIONS (default "16 4") wrk connection counts; CACHE (default 0: every request resolved, not answered from the
# resolution cache) the resolution cache's size. The HTTP load starts once the snapshot's words have their phonetic
# keys (logged) and after a warm-up (90 s, then 30 s per mode) on other names than those measured: steady state, not
# the first minutes after start.
# Mutations need an editor's token in prod mode: the script makes a key pair for the run (under target/bench, never
# committed), tells the app to trust it (MP_JWT_VERIFY_PUBLICKEY_LOCATION / MP_JWT_VERIFY_ISSUER, as an operator
# would for the newsroom's identity provider) and signs an editor token with it for the import client.
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${PEOPLE:-1000000}
CLIENTS=${CLIENTS:-2}
PGURL=${PGURL:-postgresql://canonym:canonym@localhost:5432/canonym}
HEAP=${HEAP:--Xms1536m -Xmx1536m}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16 4}
export CANONYM_RESOLUTION_CACHE_SIZE=${CACHE:-0}
PORT=${PORT:-8080}
STARTS=${STARTS:-3}
MORE=${MORE:-0}
WRK=${WRK:-1}
FRESH=${FRESH:-1}
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

# An identity provider for this run: a fresh key pair, and an editor token signed with it (valid for a day).
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/idp-private.pem" 2>/dev/null
openssl pkey -in "$out/idp-private.pem" -pubout -out "$out/idp-public.pem"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$out/idp-public.pem" MP_JWT_VERIFY_ISSUER=canonym-bench
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"canonym-bench","sub":"bench-loader","upn":"bench-loader","groups":["editor"],"iat":%d,"exp":%d}' \
  "$now" $((now + 86400)) | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$out/idp-private.pem" -binary | b64url)
export CANONYM_TOKEN="$header.$claims.$signature"

load() { cut -d' ' -f1-3 /proc/loadavg; }

start_app() {
  local started=$(date +%s%N)
  java $HEAP -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf -o /dev/null "$base/q/health/ready"; do
    kill -0 $app 2>/dev/null || { tail -20 "$out/app.log"; exit 1; }
    sleep 0.05
  done
  echo "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms, CPU $(awk '{print ($14+$15)/100}' /proc/$app/stat) s, load $(load)"
  echo "   $(grep -o 'Name index loaded.*' "$out/app.log" | tail -1)"
}

stop_app() {
  kill $app; wait $app 2>/dev/null || true
}

await_snapshot() {  # the snapshot an instance writes after rebuilding from the rows
  until grep -q 'Name index snapshot written' "$out/app.log"; do
    kill -0 $app 2>/dev/null || { tail -20 "$out/app.log"; exit 1; }
    sleep 0.5
  done
  echo "   $(grep -o 'Name index snapshot written.*' "$out/app.log" | tail -1)"
}

if [ -z "${SKIP_IMPORT:-}" ]; then
  psql -q "$PGURL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  echo "== bulk import of $PEOPLE people over HTTP, $CLIENTS clients"
  start_app
  java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" io.canonym.bench.ImportLoad \
    "$base" "$PEOPLE" "$CLIENTS" "$out/queries.txt"
  echo "   load $(load)"
  stop_app
fi

if [ "$FRESH" = 1 ]; then
  echo "== first start with $PEOPLE people and no snapshot of the name index (rebuilt from the rows)"
  psql -q "$PGURL" -c 'DO $$ BEGIN IF to_regclass($t$name_index_snapshot$t$) IS NOT NULL THEN DELETE FROM name_index_snapshot; END IF; END $$;'
  start_app
  await_snapshot
  stop_app
fi

# A running instance writes a new snapshot when the newest lags 20,000 changes behind (an import since, say); one
# that is stopped at once, as below, never does: let one catch up first, as a long-running instance would.
echo "== settle: a start that writes a snapshot if the log has many changes since the newest"
start_app
replayed=$(grep -o 'and [0-9]* logged changes since' "$out/app.log" | tail -1 | grep -o '[0-9]*' || echo 0)
if [ "${replayed:-0}" -ge 20000 ]; then await_snapshot; fi
stop_app

for run in $(seq 1 "$STARTS"); do
  echo "== start $run from the snapshot"
  start_app
  if [ "$run" = 1 ]; then
    jcmd $app GC.run > /dev/null
    echo "   heap after GC: $(jcmd $app GC.heap_info | grep -E 'used' | head -1 | sed 's/^ *//')"
    echo "   RSS: $(( $(awk '/VmRSS/{print $2}' /proc/$app/status) / 1024 )) MB"
  fi
  stop_app
done

if [ "$MORE" -gt 0 ]; then
  echo "== import of $MORE more people into the full database, $CLIENTS clients"
  start_app
  SEED=7 java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" io.canonym.bench.ImportLoad \
    "$base" "$MORE" "$CLIENTS" "$out/queries-more.txt"
  echo "   load $(load)"
  stop_app
fi

if [ "$WRK" = 1 ]; then
  [ -f "$out/queries.txt" ] || { echo "no $out/queries.txt (made by the import): skipping the HTTP load" >&2; exit 0; }
  echo "== over HTTP with wrk, 1 thread, connections: $CONNECTIONS, $DURATION each (after a warm-up)"
  start_app
  for i in $(seq 1 240); do grep -q "phonetic keys completed" "$out/app.log" && break; sleep 0.5; done
  echo "   $(grep -o "Name index words' phonetic keys completed.*" "$out/app.log")"
  warmup=90s # the JIT needs about a minute and a half of load before resolution costs what it will
  for mode in resolve batch search; do
    OFFSET=50000 MODE=$mode NAMES="$out/queries.txt" wrk -t1 -c8 -d$warmup -s docs/bench/graphql.lua "$base" > /dev/null
    warmup=30s
    for c in $CONNECTIONS; do
      echo "   c=$c $(MODE=$mode NAMES="$out/queries.txt" wrk -t1 -c"$c" -d"$DURATION" -s docs/bench/graphql.lua "$base" | tail -1)"
      echo "   load $(load)"
    done
  done
  stop_app
fi
