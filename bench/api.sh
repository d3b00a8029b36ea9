#!/usr/bin/env bash
# Times the HTTP API on a store of about 100,000 events, as docs/BENCHMARKS.md reports it:
# the demo store (./dyad demo --no-serve) grown 1,500-fold by bench/GrowStore.java, served by
# `dyad serve`, each endpoint the dashboard calls asked once with curl.
#
#   bench/api.sh [COPIES]      default 1500 (the 67 sample events become about 100,000)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES="${1:-1500}"
WORK="${BENCH_DIR:-$ROOT/dyad-out/bench}"
PORT="${PORT:-7079}"
mkdir -p "$WORK"
"$ROOT/dyad" demo --no-serve > /dev/null 2>&1
cp "$ROOT/dyad-data/demo.duckdb" "$WORK/big.duckdb"
DUCKDB="$(ls "$ROOT"/app/target/lib/duckdb_jdbc-*.jar | head -1)"
java -cp "$DUCKDB" "$ROOT/bench/GrowStore.java" "$WORK/big.duckdb" "$COPIES" >&2
"$ROOT/dyad" serve --db "$WORK/big.duckdb" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/events?limit=1" && break
  sleep 1
done
echo "| request | seconds |"
echo "| --- | --- |"
for q in "events?limit=25" "events?limit=25&actor=IRN" "events?limit=25&text=talks" \
    "series?interval=month&by=quad" "series?interval=day&by=root" "network?limit=100" \
    "actors?q=IRN" "/"; do
  url="http://127.0.0.1:$PORT/api/v1/$q"
  [ "$q" = "/" ] && url="http://127.0.0.1:$PORT/"
  t=$(curl -s -o /dev/null -w '%{time_total}' "$url")
  echo "| \`GET ${q#/}\` | $t |"
done
