#!/usr/bin/env bash
# `./dyad bench`: Dyad's throughput in sentences a second on real news, beside the
# parse-every-sentence baselines, on 1 and 2 threads; the share of each stage, peak memory,
# the same on the team-written samples, Spark local[1] vs local[2] and the JMH stage
# benchmarks; prints the tables and writes them between the "dyad bench" markers of
# docs/BENCHMARKS.md.
#
#   ./dyad bench [--real-copies N] [--copies N] [--rounds N] [--no-doc]
#
# Two corpora, generated, not downloaded, one JSON-lines file per copy under
# dyad-out/bench/: "real", the real articles of ../shared/corpus/voa and usgov (text files whose
# first line is `date YYYY-MM-DD`, which becomes the record's date), repeated N times under
# their own ids (default 11: 517 articles); and "samples", the team-written articles of
# samples/news and ../shared/corpus/dev, each repeated N times (default 32: 512 articles).
# Without ../shared the real corpus is left out (said, not hidden). One JVM a mode codes its
# corpus once on two threads (the first pass, the JIT compiler still busy), again on two until
# the compiler is nearly done (warm-up), then N rounds (default 2; 1 for CoreNLP's standard
# configuration) of a pass on one thread and a pass on two, every other round in reverse order
# (1, 2, 2, 1), each timed (see EndToEnd). Needs jq and GNU time (/usr/bin/time; Debian:
# apt-get install -y jq time). Takes about 35 minutes on two cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES=32
REAL_COPIES=11
ROUNDS=2
DOC=1
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES="$2"; shift 2 ;;
    --real-copies) REAL_COPIES="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --no-doc) DOC=0; shift ;;
    *) echo "usage: ./dyad bench [--real-copies N] [--copies N] [--rounds N] [--no-doc]" >&2; exit 2 ;;
  esac
done
for tool in jq /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "dyad bench: '$tool' is needed (Debian: apt-get install -y jq time)" >&2; exit 2; }
done
WORK="${BENCH_DIR:-$ROOT/dyad-out/bench}"
SHARED="$ROOT/../shared/corpus"
JAVA_OPTS="${DYAD_JAVA_OPTS:--Xmx4g}"
# CoreNLP's standard NER loads three models and the KBP tables: about 5 GB of heap.
CORENLP_JAVA_OPTS="${DYAD_CORENLP_JAVA_OPTS:--Xmx8g}"
JMH_OPTS="${DYAD_BENCH_JMH:--f 1 -wi 2 -i 3 -w 3s -r 3s}"
START=$(date +%s)
LOADS=()
load() { LOADS+=("$(cut -d' ' -f1-3 /proc/loadavg)"); }

# Outputs of earlier runs (whose names may differ from this version's) are not this run's.
mkdir -p "$WORK"
find "$WORK" -maxdepth 1 -type f \( -name '*.out' -o -name '*.log' -o -name jmh.csv \
  -o -name section.md \) -delete
echo "dyad bench: building (not timed)..." >&2
(cd "$ROOT" && mvn -B -q -DskipTests package) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2

# The samples: each text whole as the record's text, as before real news was measured.
SAMPLES_DIR="$WORK/samples"
rm -rf "$SAMPLES_DIR" && mkdir -p "$SAMPLES_DIR"
SOURCES=("$ROOT"/samples/news/*.txt)
[ -d "$SHARED/dev" ] && SOURCES+=("$SHARED"/dev/*.txt)
for k in $(seq -w 1 "$COPIES"); do
  for f in "${SOURCES[@]}"; do
    jq -Rsc --arg id "$(basename "$f" .txt)-c$k" '{id: $id, text: .}' "$f"
  done > "$SAMPLES_DIR/copy-$k.jsonl"
done
# Real news: the first line `date YYYY-MM-DD` becomes the record's date.
REAL_DIR="$WORK/real"
rm -rf "$REAL_DIR"
REAL=()
if [ -d "$SHARED/voa/articles" ] && [ -d "$SHARED/usgov/articles" ]; then
  mkdir -p "$REAL_DIR"
  REAL=("$SHARED"/voa/articles/*.txt "$SHARED"/usgov/articles/*.txt)
  for k in $(seq -w 1 "$REAL_COPIES"); do
    for f in "${REAL[@]}"; do
      tail -n +2 "$f" | jq -Rsc --arg id "$(basename "$f" .txt)-c$k" \
        --arg date "$(head -1 "$f" | sed -n 's/^date //p')" '{id: $id, date: $date, text: .}'
    done > "$REAL_DIR/copy-$k.jsonl"
  done
  echo "dyad bench: real news $REAL_DIR: $(cat "$REAL_DIR"/*.jsonl | wc -l) articles" \
    "(${#REAL[@]} texts x $REAL_COPIES)" >&2
else
  echo "dyad bench: $SHARED/voa and usgov not found: the real-news runs are left out" >&2
fi
echo "dyad bench: samples $SAMPLES_DIR: $(cat "$SAMPLES_DIR"/*.jsonl | wc -l) articles" \
  "(${#SOURCES[@]} texts x $COPIES)" >&2

CP="$ROOT/bench/target/dyad-bench.jar:$ROOT/bench/target/lib/*"
# key=value of a RESULT line
get() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< "$1"; }
rss() { grep 'Maximum resident set size' "$1" | awk '{ printf "%d", $NF / 1024 }'; }
wall() { grep 'Elapsed (wall clock)' "$1" | sed -E 's/.*: //' \
  | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }

declare -A R RSS
# run CORPUS_NAME DIR MODE ROUNDS: one EndToEnd JVM, 1 and 2 threads by turns; its RESULT line
# for each thread count and the JVM's peak RSS kept.
run() {
  local name=$1 dir=$2 mode=$3 rounds=$4
  echo "dyad bench: $name, $mode, 1 and 2 threads, $rounds round(s)..." >&2
  load
  local log="$WORK/$name-$mode.log" times="$WORK/$name-$mode.time.log" opts="$JAVA_OPTS"
  [ "$mode" = corenlp ] && opts="$CORENLP_JAVA_OPTS"
  # Each pass's line shown as it ends; the whole standard error kept in the log.
  { /usr/bin/time -v -o "$times" java $opts -cp "$CP" org.dyad.bench.EndToEnd "$mode" 1,2 \
    "$dir" --rounds "$rounds" > "$WORK/$name-$mode.out"; } 2>&1 | tee "$log" \
    | sed -un 's/^EndToEnd: /dyad bench:   /p' >&2
  for t in 1 2; do
    R[$name-$mode-$t]=$(grep "^RESULT .* threads=$t " "$WORK/$name-$mode.out")
    RSS[$name-$mode-$t]=$(rss "$times")
  done
}
if [ ${#REAL[@]} -gt 0 ]; then
  for mode in pipeline annotator annotate; do run real "$REAL_DIR" "$mode" "$ROUNDS"; done
  run real "$REAL_DIR" corenlp 1
fi
for mode in pipeline annotate; do run samples "$SAMPLES_DIR" "$mode" "$ROUNDS"; done
# Spark and the stage shares read the real corpus when there is one.
MAIN=samples; MAIN_DIR="$SAMPLES_DIR"
[ ${#REAL[@]} -gt 0 ] && { MAIN=real; MAIN_DIR="$REAL_DIR"; }

declare -A SPARK_WALL SPARK_RSS SPARK_LINE
for t in 1 2; do
  echo "dyad bench: ./dyad spark --master local[$t]..." >&2
  load
  out="$WORK/spark-$t.out"
  rm -rf "$out"
  log="$WORK/spark-$t.log"
  /usr/bin/time -v "$ROOT/dyad" spark "$MAIN_DIR" "$out" --master "local[$t]" \
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

f() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
# The stage shares: the pipeline on one thread over the main corpus.
p1=${R[$MAIN-pipeline-1]}
ingest=$(get "$p1" ingest_s); annot=$(get "$p1" annotate_s); plan=$(get "$p1" plan_s)
# The stage times are the last one-thread pass's: so is the coding time they are shares of.
ment=$(get "$p1" mentions_s); evts=$(get "$p1" events_s); coding=$(get "$p1" last_seconds)
corenlp=$(awk -v a="$annot" -v p="$plan" 'BEGIN { printf "%.3f", a-p }')
other=$(awk -v c="$coding" -v a="$annot" -v m="$ment" -v e="$evts" 'BEGIN { printf "%.3f", c-a-m-e }')
total=$(awk -v c="$coding" -v i="$ingest" 'BEGIN { printf "%.3f", c+i }')
own=$(awk -v t="$total" -v c="$corenlp" 'BEGIN { printf "%.3f", t-c }')
# By (b): Dyad's stages alone (JMH codeAnnotated: one pass over the sample texts, CoreNLP
# replayed) against one pass of the whole pipeline over the same texts (EndToEnd, 1 thread).
s1=${R[samples-pipeline-1]}
replayed=$(tail -n +2 "$WORK/jmh.csv" | tr -d '"' | awk -F, '$1 ~ /codeAnnotated/ { print $5 }')
pass=$(awk -v s="$(get "$s1" seconds)" -v a="$(get "$s1" articles)" -v n="${#SOURCES[@]}" 'BEGIN { printf "%.1f", 1000 * s / (a / n) }')

name() {
  case $1 in
    pipeline) echo "whole pipeline (\`Pipeline.code\`)" ;;
    annotator) echo "Dyad's annotator alone, every sentence (its parse, no plan)" ;;
    annotate) echo "baseline: CoreNLP alone, Dyad's configuration, every sentence" ;;
    corenlp) echo "baseline: CoreNLP alone, standard configuration, every sentence" ;;
  esac
}
# table CORPUS_NAME MODES...: the throughput table of one corpus.
table() {
  local c=$1; shift
  echo "| run | threads | sentences/s | slowest – fastest pass | articles/s | a pass (s) | JIT compiling (s) | coding threads busy | peak RSS (MiB) | peak heap (MiB) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for t in 1 2; do
    for mode in "$@"; do
      r=${R[$c-$mode-$t]}
      echo "| $(name "$mode") | $t | **$(get "$r" sentences_per_s)** | $(get "$r" slowest) – $(get "$r" fastest) | $(get "$r" articles_per_s) | $(get "$r" seconds) | $(get "$r" jit_s) | $(pct "$(get "$r" busy)" 1) | ${RSS[$c-$mode-$t]} | $(get "$r" heap_peak_mib) |"
    done
  done
  echo
  echo "First pass and warm-up (2 threads, the JIT compiler still compiling; not in the rates above):"
  echo
  echo "| run | first pass: sentences/s | its JIT compiling (s) | coding threads busy | warm-up passes | their JIT compiling (s) | the last one's (s) |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  for mode in "$@"; do
    r=${R[$c-$mode-2]}
    echo "| $(name "$mode") | $(get "$r" cold_sentences_per_s) | $(get "$r" cold_jit_s) | $(pct "$(get "$r" cold_busy)" 1) | $(get "$r" warm_passes) | $(get "$r" warm_jit_s) | $(get "$r" warm_last_jit_s) |"
  done
}
# ratios CORPUS_NAME: the acceptance ratios of one corpus, as list items.
ratios() {
  local c=$1 sp=sentences_per_s
  local q1=${R[$c-pipeline-1]} q2=${R[$c-pipeline-2]} a1=${R[$c-annotate-1]} a2=${R[$c-annotate-2]}
  echo "- Pipeline ÷ CoreNLP alone in Dyad's configuration on every sentence:"
  echo "  **$(ratio "$(get "$q1" $sp)" "$(get "$a1" $sp)")×** on one thread, $(ratio "$(get "$q2" $sp)" "$(get "$a2" $sp)")× on two."
  echo "- Two threads ÷ one: pipeline **$(ratio "$(get "$q2" $sp)" "$(get "$q1" $sp)")×**, CoreNLP alone in Dyad's configuration"
  echo "  $(ratio "$(get "$a2" $sp)" "$(get "$a1" $sp)")×."
  echo "- First pass (2 threads) ÷ the later passes' two-thread rate: pipeline"
  echo "  $(ratio "$(get "$q2" cold_sentences_per_s)" "$(get "$q2" $sp)")×, CoreNLP alone in Dyad's configuration $(ratio "$(get "$a2" cold_sentences_per_s)" "$(get "$a2" $sp)")×."
  echo "- The plan: of $(get "$q1" tagged) sentences tagged, $(get "$q1" parsed) parsed ($(pct "$(get "$q1" parsed)" "$(get "$q1" tagged)")) and"
  echo "  $(get "$q1" dated) dated ($(pct "$(get "$q1" dated)" "$(get "$q1" tagged)")) (1 thread)."
}

{
echo "<!-- dyad bench: begin (written by ./dyad bench; edit bench/bench.sh, not this section) -->"
echo "## \`./dyad bench\`"
echo
echo "Run $(date -u +%Y-%m-%d) (the machine clock's date) at commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?'),"
echo "on $(nproc) cores, $(awk '/MemTotal/ { printf "%d GiB", $2/1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1),"
echo "\`$JAVA_OPTS\` (\`$CORENLP_JAVA_OPTS\` for CoreNLP's standard configuration), in $ELAPSED s. Load average (1, 5, 15 min) before each run: $(IFS=';'; echo "${LOADS[*]}" | sed 's/;/; /g')."
echo
if [ ${#REAL[@]} -gt 0 ]; then
  r1=${R[real-pipeline-1]}
  echo "### Real news: sentences a second"
  echo
  echo "Corpus: $(get "$r1" articles) articles, $(get "$r1" sentences) sentences: the ${#REAL[@]} real articles of"
  echo "\`../shared/corpus/voa\` and \`usgov\` (web pages as their readers meet them: captions, boilerplate,"
  echo "long sentences), each repeated $REAL_COPIES times under its own id. Repeated texts cost what"
  echo "they cost the first time (nothing is cached between articles)."
  echo
  table real pipeline annotator annotate corenlp
  echo
  ratios real
  echo "- Dyad's annotator on every sentence ÷ CoreNLP alone in Dyad's configuration, one thread:"
  echo "  $(ratio "$(get "${R[real-annotator-1]}" sentences_per_s)" "$(get "${R[real-annotate-1]}" sentences_per_s)")× (the faster parse alone, no"
  echo "  sentence left out); pipeline ÷ CoreNLP's standard configuration:"
  echo "  $(ratio "$(get "$r1" sentences_per_s)" "$(get "${R[real-corenlp-1]}" sentences_per_s)")× on one thread."
  echo
fi
t1=${R[samples-pipeline-1]}
echo "### Team-written samples"
echo
echo "Corpus: $(get "$t1" articles) articles, $(get "$t1" sentences) sentences: the ${#SOURCES[@]} texts"
echo "of \`samples/news\` and \`../shared/corpus/dev\`, each repeated $COPIES times under its own id."
echo
table samples pipeline annotate
echo
ratios samples
echo
echo "- *Dyad's configuration*: \`CoreNlpAnnotator.reference()\`: CoreNLP's own annotators, NER with"
echo "  the three-class model only and SUTime on its own, depparse as CoreNLP runs it; *Dyad's"
echo "  annotator*: \`CoreNlpAnnotator\`, the same with Dyad's parse (\`SharedScores\`, the enhanced++"
echo "  graph alone: the same dependencies, \`ParserParityIT\`); *standard configuration*: the same"
echo "  annotators (tokenize, ssplit, pos, lemma, ner, depparse) as \`new StanfordCoreNLP\` builds"
echo "  them with no other property (NER: three CRF models, numeric classifiers, SUTime, the KBP tables)."
echo "- *sentences/s*: one JVM a run, models loaded (load: $(get "$p1" load_s) s) and corpus read once untimed"
echo "  (then timed: ingest), 20 articles coded to start, a first pass on two threads, warm-up passes"
echo "  on two threads until one compiles for under 5% of its coding threads' time (at most 4), then"
echo "  $ROUNDS round(s) (1 for the standard configuration) of a pass on one thread and one on two, every"
echo "  other round in reverse order (1, 2, 2, 1: what drifts over a run falls on both alike); a"
echo "  thread count's rate is its timed passes' sentences ÷ their time; *a pass*: from the first"
echo "  article to the last. *JIT compiling*: the JVM's compilation time during those passes (compiler"
echo "  threads, summed): on two cores, time the coding threads do not get. *coding threads busy*:"
echo "  their processor time ÷ (threads × the passes' time). A long run (an archive, a day of news:"
echo "  hours) codes at the warm rate, the headline: on real news the compiler does most of its work"
echo "  in the first 1,000 articles and nearly all in the first 2,500. A short run (tens of articles)"
echo "  codes nearer the first pass's rate."
echo "  *peak RSS*: GNU time's maximum resident set size of the whole JVM; *peak heap*: the sum"
echo "  of the heap pools' peaks (an upper bound). Both are mostly CoreNLP's models."
echo
echo "### Where the time goes (whole pipeline, 1 thread, $MAIN corpus)"
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
echo "(JMH \`codeAnnotated\` below, every sentence coded) take $(f "$replayed") ms a pass over the ${#SOURCES[@]} sample texts,"
echo "$(pct "$replayed" "$pass") of the $pass ms the whole pipeline takes a pass (1 thread). Issue 8 asks for under 20%."
echo
echo "### Spark: \`./dyad spark\` on the $MAIN corpus"
echo
echo "| master | wall time incl. start-up (s) | articles/s (wall) | peak RSS (MiB) | summary |"
echo "| --- | --- | --- | --- | --- |"
for t in 1 2; do
  echo "| local[$t] | ${SPARK_WALL[$t]} | $(ratio "$(get "$p1" articles)" "${SPARK_WALL[$t]}") | ${SPARK_RSS[$t]} | ${SPARK_LINE[$t]} |"
done
echo
echo "The wall time includes the JVM and Spark start, loading CoreNLP in the executor, the"
echo "deduplication and the Parquet output; the job keeps each repeated text once (same content,"
echo "no URL), so its event counts are those of one copy, but it codes every copy first."
echo
echo "### JMH: the stages one by one (\`StagesBench\`, one operation = the ${#SOURCES[@]} sample texts once)"
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
