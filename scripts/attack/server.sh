#!/usr/bin/env bash
# Attack: a web page the user visits must not drive the local server. Starts `dyad serve` on
# a free port over an empty store and sends what a hostile page or DNS rebinding can: a POST
# with a foreign Origin, a text/plain "simple" POST, requests for a foreign Host, dates out of
# range; then checks the warning on a network address. Prints PASS/FAIL per check; exits 1
# when any check failed, 2 when it cannot run. Needs curl (skipped without it, except under
# CI=true/TRUE/1). A part of scripts/attack.sh, which provides DYAD, WORK and
# pass/fail/skip/finish.
set -uo pipefail

if ! command -v curl > /dev/null 2>&1; then
  case "${CI:-}" in
    true | TRUE | 1) fail "server.sh" "curl is needed (apt-get install -y curl)"; finish ;;
  esac
  skip "server.sh" "curl is needed (Debian: apt-get install -y curl)"
  finish
fi

PIDS=()
stop() {
  for p in "${PIDS[@]+"${PIDS[@]}"}"; do
    kill "$p" 2> /dev/null && wait "$p" 2> /dev/null
  done
}
trap stop EXIT
DB="$WORK/store.duckdb"
mkdir "$WORK/empty"
if ! $DYAD ingest "$WORK/empty" --db "$DB" > "$WORK/ingest.out" 2>&1; then
  echo "server.sh: cannot make a store to serve:" >&2
  cat "$WORK/ingest.out" >&2
  exit 2
fi

# serve NAME ARGS...: starts `dyad serve` in the background; sets PORT once it listens.
serve() {
  local name="$1"
  shift
  # java itself in the background (not a function's subshell), so that kill stops it.
  $DYAD serve --db "$DB" --port 0 "$@" \
    > "$WORK/$name.out" 2> "$WORK/$name.err" &
  PIDS+=("$!")
  PORT=""
  for _ in $(seq 1 240); do
    PORT="$(sed -n 's|.*at http://[^ ]*:\([0-9][0-9]*\)/ .*|\1|p' "$WORK/$name.out")"
    [ -n "$PORT" ] && return 0
    kill -0 "$!" 2> /dev/null || break
    sleep 0.5
  done
  echo "server.sh: dyad serve did not start:" >&2
  cat "$WORK/$name.out" "$WORK/$name.err" >&2
  exit 2
}

# expect NAME STATUS [JSON-FRAGMENT] -- CURL-ARGS...: the answer's status, and a JSON error
# body containing the fragment when one is given.
expect() {
  local name="$1" want="$2" fragment="$3" got
  shift 4
  got="$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 60 "$@")"
  if [ "$got" != "$want" ]; then
    fail "$name" "status $got, not $want: $(head -c 300 "$WORK/body")"
  elif [ -n "$fragment" ] && ! grep -qF -- "$fragment" "$WORK/body"; then
    fail "$name" "no $fragment in $(head -c 300 "$WORK/body")"
  else
    pass "$name"
  fi
}

serve main
BASE="http://127.0.0.1:$PORT"
TEXT='{"text": "Iran condemned Israel on Sunday."}'
JSON=(-H 'Content-Type: application/json')

expect "server answers its own address" 200 '"total":0' -- "$BASE/api/v1/events?limit=1"
expect "cross-site POST with a foreign Origin" 403 '"error":"Origin' -- -X POST "${JSON[@]}" \
  -H 'Origin: http://evil.example' --data "$TEXT" "$BASE/api/v1/code"
expect "cross-site GET with a foreign Origin" 403 '"error"' -- \
  -H 'Origin: http://evil.example' "$BASE/api/v1/events"
expect "Origin null (a sandboxed page)" 403 '"error"' -- -X POST "${JSON[@]}" \
  -H 'Origin: null' --data "$TEXT" "$BASE/api/v1/code"
expect "text/plain POST (a simple cross-site request)" 415 '"error":"Content-Type' -- \
  -X POST -H 'Content-Type: text/plain' --data "$TEXT" "$BASE/api/v1/code"
expect "form POST" 415 '"error"' -- -X POST --data "text=x" "$BASE/api/v1/code"
expect "foreign Host (DNS rebinding), GET" 421 '"error":"Host' -- \
  -H "Host: evil.example:$PORT" "$BASE/api/v1/events"
expect "foreign Host (DNS rebinding), POST" 421 '"error":"Host' -- -X POST "${JSON[@]}" \
  -H "Host: evil.example:$PORT" --data "$TEXT" "$BASE/api/v1/code"
expect "foreign Host, the page" 421 '"error"' -- -H "Host: evil.example" "$BASE/"
expect "same-origin POST reaches the endpoint" 400 '"parameter":"text"' -- -X POST \
  "${JSON[@]}" -H "Origin: $BASE" --data '{}' "$BASE/api/v1/code"
expect "localhost is this server" 200 '"total"' -- -H "Host: localhost:$PORT" \
  "$BASE/api/v1/events"
expect "to=+99999-01-01" 400 '"parameter":"to"' -- "$BASE/api/v1/events?to=%2B99999-01-01"
expect "from=-0001-01-01" 400 '"parameter":"from"' -- "$BASE/api/v1/series?from=-0001-01-01"
expect "from=0000-01-01" 400 '"parameter":"from"' -- "$BASE/api/v1/network?from=0000-01-01"
expect "date +99999-01-01 in a POST" 400 '"parameter":"date"' -- -X POST "${JSON[@]}" \
  --data '{"text": "Iran condemned Israel.", "date": "+99999-01-01"}' "$BASE/api/v1/code"
expect "store=true on a read-only server" 403 '"parameter":"store"' -- -X POST "${JSON[@]}" \
  --data "$TEXT" "$BASE/api/v1/code?store=true"
if grep -q "warning" "$WORK/main.err"; then
  fail "no warning on 127.0.0.1" "$(cat "$WORK/main.err")"
else
  pass "no warning on 127.0.0.1"
fi

# On every address the server is open to the network: it must say so.
serve wide --host 0.0.0.0
if grep -q "reachable from the network" "$WORK/wide.err" \
    && grep -q "no authentication" "$WORK/wide.err"; then
  pass "warning on --host 0.0.0.0"
else
  fail "warning on --host 0.0.0.0" "$(head -c 300 "$WORK/wide.err")"
fi
expect "0.0.0.0 still checks Host" 421 '"error"' -- -H "Host: evil.example:$PORT" \
  "http://127.0.0.1:$PORT/api/v1/events"

finish
