#!/usr/bin/env bash
# The command line's defects of issue 17: standard output errors swallowed, one unreadable
# folder dropping a whole tree, symbolic link loops, out-of-range days. Run by
# scripts/attack.sh, which provides DYAD, WORK and pass/fail/skip/finish.
set -uo pipefail

NEWS="$ROOT/samples/news"
one="$NEWS/0a5be7c3219f4d80.txt"
two="$NEWS/1c6d80e4b5a3972f.txt"
three="$NEWS/2a9e64b1d07c5f38.txt"

# A tree with a folder no one may list, a loop and two good articles.
tree="$WORK/tree"
mkdir -p "$tree/a" "$tree/b-locked" "$tree/c"
cp "$one" "$tree/a/"; cp "$two" "$tree/c/"; cp "$three" "$tree/b-locked/"
ln -s "$tree" "$tree/c/loop"
chmod -R a+rX "$WORK"
chmod 000 "$tree/b-locked"

# Who runs the tree's check: as root every folder is readable, so drop to 'nobody' when the
# system allows it (setpriv, a jar nobody can read), else the unreadable folder is skipped.
as=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null 2>&1 && setpriv --reuid=65534 --regid=65534 --clear-groups \
      env HOME="$WORK" $DYAD --version >/dev/null 2>&1; then
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$WORK")
  fi
fi

# The three slow runs (each loads the language models) go side by side.
("${as[@]}" $DYAD code "$tree" --threads 1 >"$WORK/tree.jsonl" 2>"$WORK/tree.err";
  echo $? >"$WORK/tree.rc") &
($DYAD code "$one" --threads 1 >/dev/full 2>"$WORK/full.err"; echo $? >"$WORK/full.rc") &
($DYAD code "$one" "$two" --threads 1 2>"$WORK/pipe.err" | head -1 >"$WORK/pipe.out";
  echo "${PIPESTATUS[0]}" >"$WORK/pipe.rc") &

# Meanwhile the quick ones.
$DYAD --help >/dev/full 2>"$WORK/help.err"; rc=$?
if [ "$rc" -eq 3 ] && grep -q "dyad: standard output: No space left on device" "$WORK/help.err"; then
  pass "help to a full disk exits 3 with the reason"
else
  fail "help to a full disk exits 3 with the reason" "exit $rc: $(head -3 "$WORK/help.err")"
fi
for opt in "--to +99999-01-01" "--from -0001-01-01"; do
  set -- $opt
  $DYAD events "$1" "$2" --db "$WORK/none.duckdb" >/dev/null 2>"$WORK/day.err"; rc=$?
  if [ "$rc" -eq 2 ] && grep -q -- "'$1'" "$WORK/day.err" && ! grep -q "Exception" "$WORK/day.err"; then
    pass "events $opt exits 2 naming $1"
  else
    fail "events $opt exits 2 naming $1" "exit $rc: $(head -3 "$WORK/day.err")"
  fi
done
wait
chmod 755 "$tree/b-locked"

rc=$(cat "$WORK/full.rc")
if [ "$rc" -eq 3 ] && grep -q "dyad code: standard output: No space left on device" "$WORK/full.err" \
    && ! grep -q "nothing skipped" "$WORK/full.err"; then
  pass "code to a full disk exits 3 with the reason"
else
  fail "code to a full disk exits 3 with the reason" "exit $rc: $(tail -3 "$WORK/full.err")"
fi

rc=$(cat "$WORK/pipe.rc")
if [ "$rc" -eq 0 ] && [ -s "$WORK/pipe.out" ] && ! grep -qi "standard output\|exception\|broken pipe" "$WORK/pipe.err"; then
  pass "code | head -1 is quiet"
else
  fail "code | head -1 is quiet" "exit $rc: $(grep -i "standard output\|exception\|pipe" "$WORK/pipe.err" | head -3)"
fi

rc=$(cat "$WORK/tree.rc")
err="$WORK/tree.err"
if grep -q "^$tree/c/loop: a symbolic link back to the folder $tree above it (a loop); skipped" "$err"; then
  pass "a symbolic link loop is named"
else
  fail "a symbolic link loop is named" "$(grep -v '^coding' "$err" | head -5)"
fi
if [ ${#as[@]} -eq 0 ] && [ "$(id -u)" -eq 0 ]; then
  skip "an unreadable folder is named and the rest coded" "running as root, which reads every folder, and cannot run as nobody here"
  if grep -q "^2 articles coded" "$err" || grep -q "^3 articles coded" "$err"; then
    pass "the tree around the loop is coded"
  else
    fail "the tree around the loop is coded" "exit $rc: $(tail -3 "$err")"
  fi
elif [ "$rc" -eq 1 ] && grep -q "^$tree/b-locked: cannot list or read it: permission denied; skipped" "$err" \
    && grep -q "^2 articles coded.*2 skipped" "$err" && [ -s "$WORK/tree.jsonl" ]; then
  pass "an unreadable folder is named and the rest coded${as:+ (run as nobody)}"
else
  fail "an unreadable folder is named and the rest coded" "exit $rc: $(grep -v '^coding' "$err" | head -5)"
fi
finish
