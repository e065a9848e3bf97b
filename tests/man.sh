#!/bin/sh
# The man page is clean for mandoc and groff, and covers what it must.
. "${abs_top_srcdir:-.}/tests/init.sh"

page=$abs_top_srcdir/man/ohchr-mission.1
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS SECTIONS EXAMPLES ENVIRONMENT \
               "EXIT STATUS" TRANSLATIONS "SEE ALSO"; do
  grep -q "^\\.SH \"*$heading\"*\$" "$page" || fail "man page has no $heading"
done
for variable in LANGUAGE LC_ALL LC_MESSAGES LANG COLUMNS NO_COLOR TERM; do
  grep -q "^\\.B $variable\$" "$page" || fail "ENVIRONMENT does not list $variable"
done
# Every long option of --help is in the man page.
run "$prog" --help
for option in $(grep -o -- '--[a-z-]*' "$tmp/out" | sort -u); do
  grep -q -- "$(printf '%s' "$option" | sed 's/-/\\\\-/g')" "$page" \
    || fail "man page does not mention $option"
done
# Every section id is in the SECTIONS table.
for id in $(awk '{ print $2 }' "$golden/en.list.txt"); do
  grep -q "$(printf '%s' "$id" | sed 's/-/\\\\-/g')" "$page" || fail "man page lacks section $id"
done

if command -v mandoc >/dev/null 2>&1; then
  run mandoc -T lint -W warning "$page"
  expect_status 0 "mandoc -T lint"
  [ -s "$tmp/out" ] && fail "mandoc: $(cat "$tmp/out")"
else
  echo "note: mandoc is missing: lint not run"
fi
if command -v groff >/dev/null 2>&1; then
  run groff -man -ww -z "$page"
  expect_status 0 "groff -man -ww -z"
  expect_no_errors "groff -man -ww -z"
else
  echo "note: groff is missing: not checked"
fi

finish
