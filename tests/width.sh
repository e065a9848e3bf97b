#!/bin/sh
# Where the width comes from: --width, -W, COLUMNS and the terminal's own
# width on a terminal, nothing when standard output is not a terminal.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

# Colour is another test's business.
NO_COLOR=1
export NO_COLOR

# Not a terminal, no --width: one paragraph per line, whatever COLUMNS says.
COLUMNS=30 run env COLUMNS=30 "$prog"
expect_output "$golden/statement.en.txt" "COLUMNS is ignored off a terminal"

# A terminal 40 columns wide.
run "$pty_run" 40 "$prog"
expect_status 0 "terminal of 40 columns"
expect_output "$golden/en.w40.txt" "wrapped to the terminal's 40 columns"

# COLUMNS, when it holds a positive number, wins over the terminal.
run env COLUMNS=20 "$pty_run" 40 "$prog"
expect_output "$golden/en.w20.txt" "COLUMNS=20 on a 40-column terminal"

# A COLUMNS that is not a sensible width is ignored.
for columns in 0 -1 abc 20x '' 1099511627776 99999; do
  run env COLUMNS="$columns" "$pty_run" 40 "$prog"
  expect_output "$golden/en.w40.txt" "COLUMNS='$columns' is ignored"
done

# --width wins over both; -W turns wrapping off even on a terminal.
run env COLUMNS=20 "$pty_run" 40 "$prog" --width 80
expect_output "$golden/en.w80.txt" "--width 80 on a terminal"
run "$pty_run" 40 "$prog" -W
expect_output "$golden/statement.en.txt" "-W on a terminal"
run "$prog" -w 40 -W
expect_output "$golden/statement.en.txt" "-W wins over --width"
run "$pty_run" 40 "$prog" -w 0
expect_output "$golden/statement.en.txt" "-w 0 on a terminal"

# A terminal that reports no width: 80.
run "$pty_run" 0 "$prog"
expect_output "$golden/en.w80.txt" "terminal of unknown width"

# Off a terminal, --width wraps.
run "$prog" -w 20
expect_output "$golden/en.w20.txt" "--width 20 into a pipe"
run "$prog" -w 10000
expect_output "$golden/statement.en.txt" "--width 10000 (the largest)"

# Every language at two widths, as laid out when these files were made:
# the engine may grow faster, but never lay out differently.
for lang in es fr ar zh ru; do
  for width in 80 31; do
    run "$prog" --lang "$lang" --width "$width"
    expect_output "$golden/$lang.w$width.txt" "--lang $lang --width $width"
  done
done

finish
