#!/usr/bin/env bash
# `./dyad bench`: Dyad's throughput, the share of each stage, peak memory, the CoreNLP-only
# baseline, Spark local[1] vs local[2] and the JMH stage benchmarks, on a generated corpus;
# prints the tables and writes them between the "dyad bench" markers of docs/BENCHMARKS.md.
#
#   ./dyad bench [--copies N] [--no-doc]     default: 32 copies (512 articles)
#
# The corpus is generated, not downloaded: the team-written articles of samples/news and of
# ../shared/corpus/dev (when present), each repeated N times under its own id, as one JSON-lines
# file per copy in dyad-out/bench/corpus/. Needs jq and GNU time (/usr/bin/time; Debian:
# apt-get install -y jq time). Takes about 14 minutes on two cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES=32
DOC=1
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES="$2"; shift 2 ;;
    --no-doc) DOC=0; shift ;;
    *) echo "usage: ./dyad bench [--copies N] [--no-doc]" >&2; exit 2 ;;
  esac
done
for tool in jq /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "dyad bench: '$tool' is needed (Debian: apt-get install -y jq time)" >&2; exit 2; }
done
WORK="${BENCH_DIR:-$ROOT/dyad-out/bench}"
CORPUS="$WORK/corpus"
JAVA_OPTS="${DYAD_JAVA_OPTS:--Xmx4g}"
# CoreNLP's standard NER loads three models and the KBP tables: about 5 GB of heap.
CORENLP_JAVA_OPTS="${DYAD_CORENLP_JAVA_OPTS:--Xmx8g}"
JMH_OPTS="${DYAD_BENCH_JMH:--f 1 -wi 2 -i 3 -w 3s -r 3s}"
START=$(date +%s)
LOADS=()
load() { LOADS+=("$(cut -d' ' -f1-3 /proc/loadavg)"); }

echo "dyad bench: building (not timed)..." >&2
(cd "$ROOT" && mvn -B -q -DskipTests package) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2

rm -rf "$CORPUS" && mkdir -p "$CORPUS"
SOURCES=("$ROOT"/samples/news/*.txt)
[ -d "$ROOT/../shared/corpus/dev" ] && SOURCES+=("$ROOT"/../shared/corpus/dev/*.txt)
for k in $(seq -w 1 "$COPIES"); do
  for f in "${SOURCES[@]}"; do
    jq -Rsc --arg id "$(basename "$f" .txt)-c$k" '{id: $id, text: .}' "$f"
  done > "$CORPUS/copy-$k.jsonl"
done
ARTICLES=$(cat "$CORPUS"/*.jsonl | wc -l)
echo "dyad bench: corpus $CORPUS: $ARTICLES articles (${#SOURCES[@]} texts x $COPIES)," \
  "$(du -sh "$CORPUS" | cut -f1)" >&2

CP="$ROOT/bench/target/dyad-bench.jar:$ROOT/bench/target/lib/*"
# key=value of a RESULT line
get() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< "$1"; }
rss() { grep 'Maximum resident set size' "$1" | awk '{ printf "%d", $NF / 1024 }'; }
wall() { grep 'Elapsed (wall clock)' "$1" | sed -E 's/.*: //' \
  | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }

declare -A R RSS
for t in 1 2; do
  for mode in corenlp annotate pipeline; do
    echo "dyad bench: $mode, $t thread(s)..." >&2
    load
    log="$WORK/$mode-$t.log"
    opts=$([ "$mode" = corenlp ] && echo "$CORENLP_JAVA_OPTS" || echo "$JAVA_OPTS")
    /usr/bin/time -v java $opts -cp "$CP" org.dyad.bench.EndToEnd "$mode" "$t" "$CORPUS" \
      > "$WORK/$mode-$t.out" 2> "$log"
    R[$mode-$t]=$(grep '^RESULT' "$WORK/$mode-$t.out")
    RSS[$mode-$t]=$(rss "$log")
  done
done

declare -A SPARK_WALL SPARK_RSS SPARK_LINE
for t in 1 2; do
  echo "dyad bench: ./dyad spark --master local[$t]..." >&2
  load
  out="$WORK/spark-$t.out"
  rm -rf "$out"
  log="$WORK/spark-$t.log"
  /usr/bin/time -v "$ROOT/dyad" spark "$CORPUS" "$out" --master "local[$t]" \
    > /dev/null 2> "$log"
  SPARK_WALL[$t]=$(wall "$log")
  SPARK_RSS[$t]=$(rss "$log")
  SPARK_LINE[$t]=$(grep '^dyad spark: ' "$log" | tail -1 | sed -E 's/^dyad spark: //; s/; written.*//')
done

echo "dyad bench: JMH (StagesBench)..." >&2
load
# The same texts as the corpus, each once an operation.
TEXTS=$(IFS=:; echo "${SOURCES[*]}")
(cd "$ROOT" && java $JAVA_OPTS -cp "$CP" org.openjdk.jmh.Main StagesBench $JMH_OPTS \
  -jvmArgs "$JAVA_OPTS -Ddyad.bench.corpus=$TEXTS" -rf csv -rff "$WORK/jmh.csv") \
  > "$WORK/jmh.log" 2>&1
load
ELAPSED=$(( $(date +%s) - START ))

p1=${R[pipeline-1]}; b1=${R[annotate-1]}; p2=${R[pipeline-2]}; b2=${R[annotate-2]}
c1=${R[corenlp-1]}; c2=${R[corenlp-2]}
f() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
ingest=$(get "$p1" ingest_s); annot=$(get "$p1" annotate_s); plan=$(get "$p1" plan_s)
ment=$(get "$p1" mentions_s); evts=$(get "$p1" events_s); coding=$(get "$p1" seconds)
corenlp=$(awk -v a="$annot" -v p="$plan" 'BEGIN { printf "%.3f", a-p }')
other=$(awk -v c="$coding" -v a="$annot" -v m="$ment" -v e="$evts" 'BEGIN { printf "%.3f", c-a-m-e }')
total=$(awk -v c="$coding" -v i="$ingest" 'BEGIN { printf "%.3f", c+i }')
own=$(awk -v t="$total" -v c="$corenlp" 'BEGIN { printf "%.3f", t-c }')
tagged=$(get "$p1" tagged); parsed=$(get "$p1" parsed); dated=$(get "$p1" dated)
# By (b): Dyad's stages alone (JMH codeAnnotated: one pass over the texts, CoreNLP replayed)
# against one pass of the whole pipeline over the same texts (EndToEnd, 1 thread).
replayed=$(tail -n +2 "$WORK/jmh.csv" | tr -d '"' | awk -F, '$1 ~ /codeAnnotated/ { print $5 }')
pass=$(awk -v s="$coding" -v a="$(get "$p1" articles)" -v n="${#SOURCES[@]}" 'BEGIN { printf "%.1f", 1000 * s / (a / n) }')

{
echo "<!-- dyad bench: begin (written by ./dyad bench; edit bench/bench.sh, not this section) -->"
echo "## \`./dyad bench\`"
echo
echo "Run $(date -u +%Y-%m-%d) (the machine clock's date) at commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?'),"
echo "on $(nproc) cores, $(awk '/MemTotal/ { printf "%d GiB", $2/1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1),"
echo "\`$JAVA_OPTS\` (\`$CORENLP_JAVA_OPTS\` for CoreNLP's standard configuration), in $ELAPSED s. Load average (1, 5, 15 min) before each run: $(IFS=';'; echo "${LOADS[*]}" | sed 's/;/; /g')."
echo
echo "Corpus: $ARTICLES articles, $(get "$p1" sentences) sentences: the ${#SOURCES[@]} texts"
echo "of \`samples/news\` and \`../shared/corpus/dev\`, each repeated $COPIES times under its own id"
echo "(one JSON-lines file per copy). Repeated texts cost what they cost the first time (nothing"
echo "is cached between articles), but the rate is that of these texts, not of a varied corpus."
echo
echo "### Throughput: the pipeline and the parse-every-sentence baselines"
echo
echo "| run | threads | articles/s | sentences/s | coding time (s) | peak RSS (MiB) | peak heap (MiB) |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for t in 1 2; do
  for mode in pipeline annotate corenlp; do
    r=${R[$mode-$t]}
    case $mode in
      pipeline) name="whole pipeline (\`Pipeline.code\`)" ;;
      annotate) name="baseline: CoreNLP alone, Dyad's configuration, every sentence" ;;
      corenlp) name="baseline: CoreNLP alone, standard configuration, every sentence" ;;
    esac
    echo "| $name | $t | $(get "$r" articles_per_s) | $(get "$r" sentences_per_s) | $(get "$r" seconds) | ${RSS[$mode-$t]} | $(get "$r" heap_peak_mib) |"
  done
done
echo
echo "- Pipeline / baseline, articles per second, 1 and 2 threads:"
echo "  - against CoreNLP's standard configuration of the same annotators:"
echo "    $(ratio "$(get "$p1" articles_per_s)" "$(get "$c1" articles_per_s)")x and $(ratio "$(get "$p2" articles_per_s)" "$(get "$c2" articles_per_s)")x;"
echo "  - against Dyad's own configuration of them on every sentence:"
echo "    $(ratio "$(get "$p1" articles_per_s)" "$(get "$b1" articles_per_s)")x and $(ratio "$(get "$p2" articles_per_s)" "$(get "$b2" articles_per_s)")x."
echo "- The pipeline's plan: of $tagged sentences tagged, $parsed parsed ($(pct "$parsed" "$tagged")) and"
echo "  $dated dated ($(pct "$dated" "$tagged")) (1 thread)."
echo "- *Dyad's configuration*: \`CoreNlpAnnotator.annotate(text, date)\`, NER with the three-class"
echo "  model only and SUTime on its own; *standard configuration*: the same annotators (tokenize,"
echo "  ssplit, pos, lemma, ner, depparse) as \`new StanfordCoreNLP\` builds them with no other"
echo "  property (NER: three CRF models, numeric classifiers, SUTime, the KBP tables)."
echo "- *coding time*: from the first article to the last, corpus already read and models loaded"
echo "  (load: $(get "$p1" load_s) s), after the same 20 articles coded once to warm the JIT in all runs (the"
echo "  corpus is read twice, the second time timed, for the same reason)."
echo "  *peak RSS*: GNU time's maximum resident set size of the whole JVM; *peak heap*: the sum"
echo "  of the heap pools' peaks (an upper bound). Both are mostly CoreNLP's models."
echo
echo "### Where the time goes (whole pipeline, 1 thread)"
echo
echo "| stage | seconds | share |"
echo "| --- | --- | --- |"
echo "| ingest: read JSON lines, clean, language check | $ingest | $(pct "$ingest" "$total") |"
echo "| CoreNLP: tagging every sentence, parsing and dating the planned ones | $corenlp | $(pct "$corenlp" "$total") |"
echo "| plan: which sentences to parse and date (\`Pipeline\`, between CoreNLP's steps) | $plan | $(pct "$plan" "$total") |"
echo "| mentions and actors: \`MentionFinder\`, antecedents, quotation speakers | $ment | $(pct "$ment" "$total") |"
echo "| event coding: \`EventCoder\`, unknown names, speakers of quoted events | $evts | $(pct "$evts" "$total") |"
echo "| the rest of \`Pipeline.code\` (dates of the lead, quotation marks) | $other | $(pct "$other" "$total") |"
echo "| total | $total | 100% |"
echo
echo "Dyad's own stages (all but CoreNLP) take $(pct "$own" "$total") of the time by these timings"
echo "(\`Pipeline.Timings\`, (c)); by (b), Dyad's stages alone on annotations replayed from memory"
echo "(JMH \`codeAnnotated\` below, every sentence coded) take $(f "$replayed") ms a pass over the ${#SOURCES[@]} texts,"
echo "$(pct "$replayed" "$pass") of the $pass ms the whole pipeline takes a pass (1 thread). Issue 8 asks for under 20%."
echo
echo "### Spark: \`./dyad spark\` on the same corpus"
echo
echo "| master | wall time incl. start-up (s) | articles/s (wall) | peak RSS (MiB) | summary |"
echo "| --- | --- | --- | --- | --- |"
for t in 1 2; do
  echo "| local[$t] | ${SPARK_WALL[$t]} | $(ratio "$ARTICLES" "${SPARK_WALL[$t]}") | ${SPARK_RSS[$t]} | ${SPARK_LINE[$t]} |"
done
echo
echo "The wall time includes the JVM and Spark start, loading CoreNLP in the executor, the"
echo "deduplication and the Parquet output; the job keeps each repeated text once (same content,"
echo "no URL), so its event counts are those of one copy, but it codes every copy first."
echo
echo "### JMH: the stages one by one (\`StagesBench\`, one operation = the ${#SOURCES[@]} texts once)"
echo
echo "| benchmark | ms/op | ± (99.9%) |"
echo "| --- | --- | --- |"
tail -n +2 "$WORK/jmh.csv" | tr -d '"' | awk -F, '{ sub(/.*\./, "", $1); printf "| %s | %.3f | %.3f |\n", $1, $5, $6 }'
echo
echo "\`annotate\`: CoreNLP on each text; \`findMentions\`: \`MentionFinder\` on each pre-annotated"
echo "sentence; \`codeAnnotated\`: \`Pipeline.code\` with the annotation replayed (everything but"
echo "CoreNLP); \`dedup\`: \`Dedup.cluster\` on the texts' events repeated 20 times (20 articles each)."
echo "JMH options: \`$JMH_OPTS\` (forks, warm-up and measured iterations and their length)."
echo "<!-- dyad bench: end -->"
} > "$WORK/section.md"

cat "$WORK/section.md"
if [ "$DOC" = 1 ]; then
  doc="$ROOT/docs/BENCHMARKS.md"
  if grep -q '<!-- dyad bench: begin' "$doc"; then
    awk -v section="$WORK/section.md" '
      /<!-- dyad bench: begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
      /<!-- dyad bench: end/ { skip = 0; next }
      !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
  else
    { echo; cat "$WORK/section.md"; } >> "$doc"
  fi
  echo "dyad bench: written to docs/BENCHMARKS.md" >&2
fi
