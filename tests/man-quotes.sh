#!/bin/sh
# Every manual page, in every language, quotes the program as the program
# speaks: the notice that closes --version, and each section's id with its
# title as --list prints them (the titles that --section takes).
. "${abs_top_srcdir:-.}/tests/init.sh"

nbsp=$(printf '\302\240')

# The text of a page, or of the program's output, without what formatting
# changes: no roff comment, escape or line break, no space.
flatten_page ()
{
  sed -e '/^\.\\"/d' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\[%&:]//g' \
      -e 's/\\[ ~]//g' -e "s/\\\\(aq/'/g" "$1" | flatten_text
}
flatten_text ()
{
  sed "s/$nbsp//g" | tr -d ' \n'
}

for lang in $man_languages; do
  page=$(man_page "$lang")
  [ -f "$page" ] || { fail "$lang: there is no page $page"; continue; }
  flatten_page "$page" >"$tmp/page"

  man_speak "$lang" "$prog" --version
  expect_status 0 "--version in $lang"
  awk 'BEGIN { RS = "" } { last = $0 } END { print last }' "$tmp/out" \
    | flatten_text >"$tmp/notice"
  [ -s "$tmp/notice" ] || fail "$lang: --version has no notice"
  grep -qF -f "$tmp/notice" "$tmp/page" \
    || fail "$lang: the page does not quote the notice of --version: $(cat "$tmp/notice")"

  man_speak "$lang" "$prog" --list
  expect_status 0 "--list in $lang"
  while read -r number id title; do
    item=$(printf '%s\n' "$title" | flatten_text)
    grep -qF -e "$id:$item" -e "$id：$item" "$tmp/page" \
      || fail "$lang: section $number is not '$id: $title' in the page"
  done <"$tmp/out"
done

finish
