#!/usr/bin/env bash
# Attack: "read-only" SQL must reach nothing but the store. Runs `dyad sql` with each DuckDB
# function that reads a file, a glob, URLs, and statements that would install an extension or
# unlock the settings; each must be refused (exit 2, a message, nothing of the file printed).
# The commands that read the store (stats, events, export) must still work. Prints PASS/FAIL
# per check; exits 1 when any check failed, 2 when it cannot run. A part of scripts/attack.sh,
# which provides DYAD, WORK and pass/fail/skip/finish.
set -uo pipefail

DB="$WORK/store.duckdb"
SECRET="dyad-attack-secret-$$"
printf 'a,b\n%s,1\n' "$SECRET" > "$WORK/secret.csv"
mkdir "$WORK/empty"
if ! $DYAD ingest "$WORK/empty" --db "$DB" > "$WORK/ingest.out" 2>&1; then
  echo "sql.sh: cannot make a store to attack:" >&2
  cat "$WORK/ingest.out" >&2
  exit 2
fi

# refused NAME SQL WORD: exit 2, stderr naming the refusal (WORD), no secret on stdout.
refused() {
  local name="$1" sql="$2" word="$3" rc
  $DYAD sql "$sql" --db "$DB" --format csv > "$WORK/out" 2> "$WORK/err"
  rc=$?
  if [ "$rc" -ne 2 ]; then
    fail "$name" "exit $rc, not 2 ($(head -c 300 "$WORK/err"))"
  elif ! grep -q "$word" "$WORK/err"; then
    fail "$name" "no '$word' in the message: $(head -c 300 "$WORK/err")"
  elif grep -q "$SECRET" "$WORK/out" "$WORK/err"; then
    fail "$name" "the file's content was printed"
  elif grep -q "Exception\|	at " "$WORK/err"; then
    fail "$name" "a stack trace: $(head -c 300 "$WORK/err")"
  else
    pass "$name"
  fi
}

for fn in read_csv read_csv_auto read_text read_blob read_parquet read_json read_json_auto \
    read_ndjson sniff_csv parquet_metadata; do
  refused "sql $fn" "SELECT * FROM $fn('$WORK/secret.csv')" "refused"
done
refused "sql /etc/passwd" "SELECT * FROM read_csv('/etc/passwd')" "refused"
refused "sql a file as a table" "SELECT * FROM '$WORK/secret.csv'" "secret.csv"
refused "sql glob" "SELECT * FROM glob('$WORK/*')" "refused"
refused "sql glob /root" "SELECT * FROM glob('/root/**')" "refused"
refused "sql http URL" "SELECT * FROM 'http://127.0.0.1:9/x.csv'" "refused"
refused "sql https URL" "SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')" "refused"
refused "sql s3 URL" "SELECT * FROM read_parquet('s3://bucket/x.parquet')" "refused"
refused "sql INSTALL httpfs" "INSTALL httpfs" "only statements that read"
refused "sql LOAD httpfs" "LOAD httpfs" "only statements that read"
refused "sql SET enable_external_access" "SET enable_external_access=true" \
  "only statements that read"
refused "sql ATTACH" "ATTACH '$WORK/other.duckdb'" "only statements that read"
refused "sql COPY TO" "COPY (SELECT 1) TO '$WORK/out.csv'" "only statements that read"
refused "sql a file in a subquery" \
  "SELECT (SELECT count(*) FROM read_text('$WORK/secret.csv')) AS n" "refused"
refused "sql a statement after a SELECT" "SELECT 1; INSTALL httpfs" "one statement"
if [ -e "$WORK/other.duckdb" ] || [ -e "$WORK/out.csv" ]; then
  fail "sql wrote no file" "$(ls "$WORK")"
else
  pass "sql wrote no file"
fi

# The store itself is still read, by every reading command.
if $DYAD sql "SELECT count(*) AS n FROM events" --db "$DB" --format csv > "$WORK/out" \
    2> "$WORK/err" && grep -q '^0' "$WORK/out"; then
  pass "sql reads the store"
else
  fail "sql reads the store" "$(head -c 300 "$WORK/err")"
fi
for cmd in stats events; do
  if $DYAD "$cmd" --db "$DB" > "$WORK/out" 2> "$WORK/err"; then
    pass "$cmd reads the store"
  else
    fail "$cmd reads the store" "$(head -c 300 "$WORK/err")"
  fi
done
if $DYAD export --format parquet --out "$WORK/export/events.parquet" --db "$DB" \
    > "$WORK/out" 2> "$WORK/err" && [ -d "$WORK/export/events.parquet" ]; then
  pass "export writes its parquet folder"
else
  fail "export writes its parquet folder" "$(head -c 300 "$WORK/err")"
fi

finish
