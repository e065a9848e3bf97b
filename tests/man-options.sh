#!/bin/sh
# --help and the manual stay in step: in every language, the options that
# --help lists, short and long, with their arguments as --help names them,
# are those that the OPTIONS section of the manual page documents, and no
# others.
. "${abs_top_srcdir:-.}/tests/init.sh"

# The options of --help: each line of an option list ("  -s, --section=X
# text"), up to the spaces before its description, without its spaces.
help_options ()
{
  sed -n 's/^  \{1,\}\(-[^ ].*\)$/\1/p' "$1" | sed 's/   *.*//' | tr -d ' ' \
    | LC_ALL=C sort
}

# The options of the page: the tags of its paragraphs (the line after .TP
# or .TQ, past any comment) that start with a dash, without roff's escapes,
# quotes and spaces.
page_options ()
{
  awk '
    /^\.\\"/ { next }
    tag { print; tag = 0; next }
    /^\.T[PQ]/ { tag = 1 }' "$1" \
  | sed -e 's/^\.[A-Z]* //' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' \
        -e 's/\\[%&:]//g' -e 's/"//g' \
  | tr -d ' ' | grep '^-' | LC_ALL=C sort
}

# The option names alone: -s, --section.
names ()
{
  tr ',' '\n' <"$1" | sed -e 's/=.*//' -e 's/\[.*//' | LC_ALL=C sort -u
}

for lang in $man_languages; do
  page=$(man_page "$lang")
  [ -f "$page" ] || { fail "$lang: there is no page $page"; continue; }
  man_speak "$lang" "$prog" --help
  expect_status 0 "--help in $lang"
  help_options "$tmp/out" >"$tmp/help"
  page_options "$page" >"$tmp/page"
  [ -s "$tmp/help" ] || fail "$lang: no option found in --help"
  [ -s "$tmp/page" ] || fail "$lang: no option found in the page"

  names "$tmp/help" >"$tmp/help-names"
  names "$tmp/page" >"$tmp/page-names"
  for option in $(LC_ALL=C comm -23 "$tmp/help-names" "$tmp/page-names"); do
    fail "$lang: --help lists $option, the manual page does not"
  done
  for option in $(LC_ALL=C comm -13 "$tmp/help-names" "$tmp/page-names"); do
    fail "$lang: the manual page documents $option, --help does not"
  done
  # The same options, with the same arguments, spelled the same way.
  if ! cmp -s "$tmp/help" "$tmp/page"; then
    fail "$lang: --help and the manual page write the options differently"
    diff "$tmp/help" "$tmp/page" | sed 's/^/  /' >&2
  fi
done

finish
