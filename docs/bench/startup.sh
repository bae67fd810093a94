#!/usr/bin/env bash
# Start-up time and memory of the packaged jar, against the PostgreSQL that DB_URL/DB_USER/DB_PASSWORD name
# (default: localhost:5432/canonym, user canonym). Prints, per run: milliseconds from launch until
# /q/health/ready is UP (schema migrated, name index loaded), CPU seconds spent until then, Quarkus's own
# "started in", and resident memory (RSS) after 200 GraphQL requests.
# Usage: ./mvnw package -DskipTests && docs/bench/startup.sh [runs]   (JAVA_OPTS are passed to java)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
for run in $(seq 1 "$runs"); do
  log=$(mktemp)
  start=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null localhost:8080/q/health/ready; do sleep 0.05; done
  ready=$(date +%s%N)
  cpu=$(awk '{print ($14+$15)/100}' /proc/$pid/stat)
  for i in $(seq 1 200); do
    curl -s -o /dev/null localhost:8080/graphql -H 'content-type: application/json' \
      -d '{"query":"{ people(first: 20) { edges { node { id name variants { spelling } } } } }"}'
  done
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  started=$(grep -o "started in [0-9.]*s" "$log" || true)
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
  echo "run $run: ready_ms=$(( (ready-start)/1000000 )) cpu_s=$cpu quarkus_$started rss_mb=$((rss/1024)) load=$(cut -d' ' -f1 /proc/loadavg)"
done
