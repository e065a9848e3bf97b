#!/bin/sh
# The English manual page, the source of the translated ones, covers what
# it must and is clean for mandoc (to its style warnings: no input line over
# 80 bytes) and for groff, on a terminal and a typesetter.
. "${abs_top_srcdir:-.}/tests/init.sh"

page=$abs_top_srcdir/man/ohchr-mission.1
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS SECTIONS EXAMPLES ENVIRONMENT \
               "EXIT STATUS" TRANSLATIONS "SEE ALSO"; do
  checks=$((checks + 1))
  grep -q "^\\.SH \"*$heading\"*\$" "$page" || fail "man page has no $heading"
done
for variable in LANGUAGE LC_ALL LC_MESSAGES LANG COLUMNS NO_COLOR TERM; do
  checks=$((checks + 1))
  grep -q "^\\.B $variable\$" "$page" || fail "ENVIRONMENT does not list $variable"
done
# Every section id is in the SECTIONS table.
for id in $(awk '{ print $2 }' "$golden/en.list.txt"); do
  checks=$((checks + 1))
  grep -q "$(printf '%s' "$id" | sed 's/-/\\\\-/g')" "$page" || fail "man page lacks section $id"
done

if command -v lexgrog >/dev/null 2>&1; then
  run lexgrog "$page"
  expect_status 0 "lexgrog (whatis) reads the NAME section"
fi
if command -v mandoc >/dev/null 2>&1; then
  run mandoc -T lint -W style "$page"
  expect_status 0 "mandoc -T lint"
  [ -s "$tmp/out" ] && fail "mandoc: $(cat "$tmp/out")"
else
  echo "note: mandoc is missing: lint not run"
fi
if command -v groff >/dev/null 2>&1; then
  for device in ps utf8; do
    run groff -man -ww -z -T $device "$page"
    expect_status 0 "groff -man -ww -z -T $device"
    expect_no_errors "groff -man -ww -z -T $device"
  done
else
  echo "note: groff is missing: not checked"
fi

finish
