#!/usr/bin/env bash
# Measures Dyad's coding throughput and peak memory, as docs/BENCHMARKS.md reports them.
#
#   bench/run.sh [COPIES] [THREADS...]     default: 15 copies, threads 1 and 2
#
# The corpus is generated, not downloaded: the 14 team-written articles of samples/news, each
# repeated COPIES times with its own id (15 copies: 210 articles), as one JSON-lines file, so the
# run also goes through the JSON-lines reader, the language check and the bounded window of
# CorpusRun. Needs jq and GNU time (/usr/bin/time; Debian: apt-get install -y jq time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES="${1:-15}"
shift || true
THREADS=("$@")
[ ${#THREADS[@]} -eq 0 ] && THREADS=(1 2)
WORK="${BENCH_DIR:-$ROOT/dyad-out/bench}"
mkdir -p "$WORK"
CORPUS="$WORK/corpus.jsonl"

: > "$CORPUS"
for k in $(seq 1 "$COPIES"); do
  for f in "$ROOT"/samples/news/*.txt; do
    id="$(basename "$f" .txt)-c$k"
    jq -Rsc --arg id "$id" '{id: $id, text: .}' "$f" >> "$CORPUS"
  done
done
N=$(wc -l < "$CORPUS")
echo "corpus: $CORPUS ($N articles, $(du -h "$CORPUS" | cut -f1))" >&2

"$ROOT/dyad" help > /dev/null   # build first, so no build is timed

echo "| threads | articles | coding time (s) | articles/s | wall time incl. start-up (s) | peak RSS (MiB) |"
echo "| --- | --- | --- | --- | --- | --- |"
for t in "${THREADS[@]}"; do
  log="$WORK/threads-$t.log"
  /usr/bin/time -v "$ROOT/dyad" code "$CORPUS" --threads "$t" --out "$WORK/events-$t.jsonl" \
    > /dev/null 2> "$log" || true
  summary=$(grep -E '^[0-9]+ articles? coded' "$log" | tail -1)
  articles=$(sed -E 's/^([0-9]+) article.*/\1/' <<< "$summary")
  secs=$(sed -E 's/.*\(([0-9.]+) s, ([0-9.]+) articles\/s\).*/\1/' <<< "$summary")
  rate=$(sed -E 's/.*\(([0-9.]+) s, ([0-9.]+) articles\/s\).*/\2/' <<< "$summary")
  wall=$(grep 'Elapsed (wall clock)' "$log" | sed -E 's/.*: //' \
    | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{ printf "%d", $NF / 1024 }')
  echo "| $t | $articles | $secs | $rate | $wall | $rss |"
done
