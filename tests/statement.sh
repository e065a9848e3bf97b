#!/bin/sh
# The whole statement and each section, in English: exactly the source text,
# unwrapped and at widths 20, 40 and 80.
. "${abs_top_srcdir:-.}/tests/init.sh"

# Whole, unwrapped (standard output is not a terminal): the source itself.
run "$prog"
expect_status 0 "whole statement"
expect_no_errors "whole statement"
expect_output "$golden/statement.en.txt" "whole statement, unwrapped"

# -W and -w 0 give the same.
for option in -W --no-wrap -w0 --width=0; do
  run "$prog" $option
  expect_output "$golden/statement.en.txt" "whole statement with $option"
done

# Each section alone is its paragraph of the source: line 2N+1.
n=1
while [ $n -le 10 ]; do
  sed -n "$((2 * n + 1))p" "$golden/statement.en.txt" >"$tmp/paragraph"
  run "$prog" --section=$n
  expect_status 0 "section $n"
  expect_output "$tmp/paragraph" "section $n"
  n=$((n + 1))
done

# Wrapped, against reviewed golden files.
for width in 20 40 80; do
  run "$prog" --width=$width
  expect_status 0 "width $width"
  expect_output "$golden/en.w$width.txt" "whole statement at width $width"
done

# Every section with its title at width 40.
run "$prog" -t -w 40 -s 1,2,3,4,5,6,7,8,9,10
expect_output "$golden/en.sections.w40.txt" "sections with titles at width 40"

# The en dash of paragraph 5 is there, as UTF-8.
run "$prog" -s universality
expect_in "$tmp/out" "All rights – civil, cultural, economic, political and social – should" "en dashes"

finish
