#!/bin/sh
# The benchmark tools work: bench/run says what is missing and installs
# nothing, bench/wrap-bench lays out copies of a text, and the engine's
# instruction count grows linearly with the text (instructions, counted by
# callgrind, not time: nothing here is timed).
. "${abs_top_srcdir:-.}/tests/init.sh"

bench_run=$abs_top_srcdir/bench/run
wrap_bench=$abs_top_builddir/bench/wrap-bench

# Without hello and valgrind on PATH: status 1, and the missing tools
# named.  Only dirname is left on PATH.
mkdir "$tmp/bin"
ln -s "$(command -v dirname)" "$tmp/bin/dirname"
run env PATH="$tmp/bin" "$(command -v bash)" "$bench_run" "$prog"
expect_status 1 "bench/run without its tools"
expect_error_start "bench/run: missing:" "bench/run without its tools"
for tool in valgrind hello fmt; do
  grep -q " $tool\\b" "$tmp/err" || fail "bench/run does not name $tool as missing"
done
expect_no_output "bench/run without its tools"

# The engine's benchmark: COPIES copies of a text, as one paragraph.
"$prog" --lang ru --no-wrap >"$tmp/ru.txt"
bytes=$(wc -c <"$tmp/ru.txt")
run "$wrap_bench" "$tmp/ru.txt" 10 80
expect_status 0 "wrap-bench"
one=$(sed -n 's/^\([0-9]*\) bytes, \([0-9]*\) lines$/\2/p' "$tmp/out")
[ "$(sed -n 's/ bytes.*//p' "$tmp/out")" = $((10 * bytes)) ] \
  || fail "wrap-bench: $(cat "$tmp/out"), expected $((10 * bytes)) bytes"
[ -n "$one" ] && [ "$one" -gt $((10 * bytes / 2 / 80)) ] \
  || fail "wrap-bench: too few lines: $(cat "$tmp/out")"
run "$wrap_bench" "$tmp/ru.txt" 0 80
expect_status 1 "wrap-bench with no copies"

# Linear cost: instructions per byte for 10 and 100 copies agree within
# 5%.  Needs valgrind, and a build without the sanitizers.
if command -v valgrind >/dev/null 2>&1 \
   && ! grep -q __asan_init "$wrap_bench" 2>/dev/null; then
  # per_byte FILE COPIES: the engine's instructions per byte, in
  # thousandths.
  per_byte ()
  {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      --toggle-collect=wrap_layout_compute "$wrap_bench" "$1" "$2" 80 \
      2>"$tmp/callgrind" >/dev/null
    instructions=$(sed -n 's/.*Collected : *//p' "$tmp/callgrind")
    echo $((instructions * 1000 / ($2 * $(wc -c <"$1"))))
  }
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
  expect_linear "$tmp/ru.txt" "Russian text"
  # One word far longer than the line, with no letter to anchor a window.
  awk 'BEGIN { for (i = 0; i < 800; i++) printf "1" }' >"$tmp/digits.txt"
  expect_linear "$tmp/digits.txt" "a word of digits"
else
  echo "valgrind is missing or the build is sanitized: linear cost not checked"
fi

finish
