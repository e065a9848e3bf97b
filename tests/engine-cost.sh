#!/bin/sh
# The wrapping engine's cost grows linearly with the text: its instruction
# count per byte (callgrind, not time: nothing here is timed) is the same
# for 10 and 100 copies of a text, in every language and for a word far
# longer than the line.  Needs valgrind and a build without the
# sanitizers; skipped otherwise.
. "${abs_top_srcdir:-.}/tests/init.sh"

wrap_bench=$abs_top_builddir/bench/wrap-bench

# The engine's benchmark works: COPIES copies of a text, as one paragraph.
"$prog" --lang ru --no-wrap >"$tmp/ru.txt"
bytes=$(wc -c <"$tmp/ru.txt")
run "$wrap_bench" "$tmp/ru.txt" 10 80
expect_status 0 "wrap-bench"
lines=$(sed -n 's/^\([0-9]*\) bytes, \([0-9]*\) lines$/\2/p' "$tmp/out")
[ "$(sed -n 's/ bytes.*//p' "$tmp/out")" = $((10 * bytes)) ] \
  || fail "wrap-bench: $(cat "$tmp/out"), expected $((10 * bytes)) bytes"
[ -n "$lines" ] && [ "$lines" -gt $((10 * bytes / 2 / 80)) ] \
  || fail "wrap-bench: too few lines: $(cat "$tmp/out")"
run "$wrap_bench" "$tmp/ru.txt" 0 80
expect_status 1 "wrap-bench with no copies"

if ! command -v valgrind >/dev/null 2>&1 \
   || grep -q __asan_init "$wrap_bench" 2>/dev/null; then
  echo "SKIP: valgrind is missing or the build is sanitized"
  exit 77
fi

# per_byte FILE COPIES: the engine's instructions per byte, in thousandths.
per_byte ()
{
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    --toggle-collect=wrap_layout_compute "$wrap_bench" "$1" "$2" 80 \
    2>"$tmp/callgrind" >/dev/null
  instructions=$(sed -n 's/.*Collected : *//p' "$tmp/callgrind")
  echo $((instructions * 1000 / ($2 * $(wc -c <"$1"))))
}

# expect_linear FILE WHAT: 10 and 100 copies cost the same per byte, 5%
# either way.
expect_linear ()
{
  small=$(per_byte "$1" 10)
  large=$(per_byte "$1" 100)
  checks=$((checks + 1))
  if [ -z "$small" ] || [ -z "$large" ] || [ "$small" -eq 0 ] \
     || [ $((large * 100 / small)) -gt 105 ] \
     || [ $((large * 100 / small)) -lt 95 ]; then
    fail "$2: cost per byte $small (10 copies), $large (100 copies), in thousandths"
  fi
}

# valgrind finds no function in a build whose debugging information it
# cannot read (clang's DWARF 5 for valgrind 3.19): then nothing is counted.
"$prog" --no-wrap >"$tmp/probe.txt"
if [ "$(per_byte "$tmp/probe.txt" 1)" -eq 0 ]; then
  echo "SKIP: callgrind counts nothing in wrap_layout_compute: valgrind" \
    "cannot read this build's debugging information (try CFLAGS=-gdwarf-4)"
  exit 77
fi

for lang in $languages; do
  "$prog" --lang $lang --no-wrap >"$tmp/$lang.txt"
  expect_linear "$tmp/$lang.txt" "--lang $lang"
done
# One word far longer than the line: each line is cut.
awk 'BEGIN { for (i = 0; i < 800; i++) printf "1" }' >"$tmp/digits.txt"
expect_linear "$tmp/digits.txt" "a word of digits"
# An Arabic word longer than the line, taken whole with its punctuation.
awk 'BEGIN { for (i = 0; i < 400; i++) printf "\331\205" }' >"$tmp/arabic.txt"
expect_linear "$tmp/arabic.txt" "an Arabic word"

finish
