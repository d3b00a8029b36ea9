#!/usr/bin/env bash
# Replays every defect found when Dyad was attacked (issue 17) against the built jar and fails
# on any regression. Builds nothing: it expects app/target/dyad.jar and app/target/lib (run
# `mvn -B -DskipTests package` first; `./dyad test` runs it after packaging, from AttackScriptIT).
#
# Each part scripts/attack/*.sh runs in order, in its own bash, with:
#   ROOT   the checkout            DYAD_JAR  app/target/dyad.jar
#   DYAD   the command that runs dyad (java -jar ...), to use unquoted: $DYAD code ...
#   WORK   an empty folder of its own, removed afterwards
#   pass NAME / fail NAME WHY / skip NAME WHY   print the check's line; a part ends with
#   `finish`, which exits 1 when any of its checks failed.
# attack.sh prints PASS, FAIL and SKIP per check and exits 1 when any check failed or a part
# ended badly.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DYAD_JAR="$ROOT/app/target/dyad.jar"
if [ ! -f "$DYAD_JAR" ] || [ ! -d "$ROOT/app/target/lib" ]; then
  echo "attack: $DYAD_JAR or app/target/lib is missing: build first (mvn -B -DskipTests package)" >&2
  exit 2
fi
command -v java >/dev/null 2>&1 || { echo "attack: java is needed on PATH" >&2; exit 2; }
export ROOT DYAD_JAR
export DYAD="java ${DYAD_ATTACK_JAVA_OPTS:--Xmx2g} -jar $DYAD_JAR"

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; echo "$1" >>"$WORK/.failed"; }
skip() { echo "SKIP $1: $2"; }
finish() { [ ! -s "$WORK/.failed" ]; exit $?; }
export -f pass fail skip finish

failed=0
parts=0
for part in "$ROOT"/scripts/attack/*.sh; do
  [ -f "$part" ] || continue
  parts=$((parts + 1))
  name="${part#"$ROOT"/}"
  echo "== $name"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/dyad-attack.XXXXXX")"
  chmod 755 "$WORK" # a part may run a check as an unprivileged user
  export WORK
  out="$(bash "$part" 2>&1)"
  rc=$?
  echo "$out"
  chmod -R u+rwx "$WORK" 2>/dev/null
  rm -rf "$WORK"
  if [ "$rc" -ne 0 ] || grep -q '^FAIL ' <<<"$out"; then
    echo "== $name: FAILED (exit $rc)"
    failed=$((failed + 1))
  fi
done
if [ "$parts" -eq 0 ]; then
  echo "attack: no parts under scripts/attack/" >&2
  exit 2
fi
if [ "$failed" -gt 0 ]; then
  echo "attack: $failed of $parts parts FAILED"
  exit 1
fi
echo "attack: all $parts parts passed"
