#!/bin/sh
# --help and --version, per the GNU Coding Standards, in every language.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

run "$prog" --help
expect_status 0 "--help"
expect_no_errors "--help"
[ "$(head -n 1 "$tmp/out")" = "Usage: ohchr-mission [OPTION]... [SECTION]..." ] \
  || fail "--help: first line is '$(head -n 1 "$tmp/out")'"
for option in --section= --titles --list --lang= --languages --width= --no-wrap \
              --format= --search= --color --random --number --cite --no-pager \
              --help --version \
              " -s," " -t," " -l," " -L," " -w," " -W," " -f," " -S," " -r," " -n," \
              " -h," " -V,"; do
  expect_in "$tmp/out" "$option" "--help mentions $option"
done
expect_in "$tmp/out" "Examples:" "--help has examples"
expect_in "$tmp/out" "ohchr-mission --lang es" "--help example"
expect_in "$tmp/out" "Report bugs to: " "--help says where to report bugs"
[ "$(widest_line <"$tmp/out")" -le 79 ] || fail "--help has a line over 79 columns"
run "$prog" -h
cp "$tmp/out" "$tmp/short"
run "$prog" --help
cmp -s "$tmp/short" "$tmp/out" || fail "-h and --help differ"

# --help wins over everything but a usage error that comes first.
run "$prog" --help -s 3 --width 20
expect_status 0 "--help with other options"
expect_in "$tmp/out" "Usage:" "--help with other options"

run "$prog" --version
expect_status 0 "--version"
expect_no_errors "--version"
[ "$(head -n 1 "$tmp/out")" = "ohchr-mission $(sed -n 's/^AC_INIT(\[ohchr-mission\], \[\([^]]*\)\].*/\1/p' "$abs_top_srcdir/configure.ac")" ] \
  || fail "--version: first line is '$(head -n 1 "$tmp/out")'"
expect_in "$tmp/out" "Copyright (C)" "--version copyright"
expect_in "$tmp/out" "License GPLv3+" "--version licence"
expect_in "$tmp/out" "NO WARRANTY" "--version warranty"
expect_in "$tmp/out" "Mission Statement of the Office of the United Nations" "--version names the text"
expect_in "$tmp/out" "not official United Nations" "--version: translations are not official"
run "$prog" -V
expect_status 0 "-V"

# In each language of the environment, --help and --version are
# translated, and --version says that the translation is the program's
# own, not an official text; --lang changes neither.
for case in "es_ES.UTF-8|oficial" "fr_FR.UTF-8|officiel" "ar_EG.UTF-8|رسمي" \
            "zh_CN.UTF-8|正式" "ru_RU.UTF-8|официальн"; do
  locale=${case%|*}
  run env LANG=$locale "$prog" --help
  expect_status 0 "LANG=$locale --help"
  grep -q '^Usage:' "$tmp/out" && fail "LANG=$locale --help is in English"
  expect_in "$tmp/out" "--section=" "LANG=$locale --help keeps option names"
  # The examples search for a word of the statement in this language.
  word=$(sed -n 's/^ *ohchr-mission --search \([^ ]*\).*/\1/p' "$tmp/out")
  run env LANG=$locale "$prog" --search "$word"
  expect_status 0 "LANG=$locale: the help's example --search '$word'"
  run env LANG=$locale "$prog"
  expect_in "$tmp/out" "$word" "LANG=$locale: the help's example grep -n '$word'"
  run env LANG=$locale "$prog" --version
  expect_status 0 "LANG=$locale --version"
  grep -q 'not official' "$tmp/out" && fail "LANG=$locale --version is in English"
  expect_in "$tmp/out" "${case#*|}" "LANG=$locale --version: the disclaimer"
  expect_in "$tmp/out" "GPLv3+" "LANG=$locale --version licence"
  run env LANG=$locale "$prog" --help --lang en
  grep -q '^Usage:' "$tmp/out" && fail "LANG=$locale --help --lang en: --lang changed the help's language"
done
run env LANG=es_ES.UTF-8 "$prog" --lang en --help
grep -q '^Usage:' "$tmp/out" && fail "--lang en before --help changed the help's language"

# On a terminal, the help is laid out for its width: two columns while they
# fit, each description wrapped under its own column; below that, each
# description under its option.  Every line fits.
description_column ()
{
  # The column where "display this help" starts.
  grep 'display this help' "$tmp/out" | awk '{ print index($0, "display") }'
}
run "$pty_run" 80 "$prog" --help
cp "$tmp/out" "$tmp/help80"
column80=$(description_column)
for width in 100 80 60 50; do
  run "$pty_run" $width "$prog" --help
  expect_status 0 "--help at $width columns"
  [ "$(widest_line <"$tmp/out")" -le $width ] || fail "--help at $width columns: a line is wider"
  [ "$(description_column)" = "$column80" ] \
    || fail "--help at $width columns: descriptions moved to column $(description_column)"
  # Each continuation of a description starts in the description column.
  awk -v c="$column80" '/^  -s, --section=/ { on = 1; next }
       on && /^ *-/ { exit }
       on { if (match($0, /[^ ]/) != c) exit 1 }' "$tmp/out" \
    || fail "--help at $width columns: a description's lines do not line up"
done
# (Option names are never cut: the widest, "-s, --section=SECTION", needs
# 23 columns.)
for width in 40 23 30; do
  run "$pty_run" $width "$prog" --help
  [ "$(widest_line <"$tmp/out")" -le $width ] \
    || fail "--help at $width columns: a line of $(widest_line <"$tmp/out")"
done
grep -q '^  -s, --section=SECTION$' "$tmp/out" || fail "--help at 30 columns: the option is not alone on its line"
grep -q '^        print only SECTION' "$tmp/out" || fail "--help at 30 columns: the description is not under its option"
# Into a pipe, lines stay under 80 columns.
run "$prog" --help
[ "$(widest_line <"$tmp/out")" -le 79 ] || fail "--help into a pipe: a line of 80 columns or more"
run env LANG=zh_CN.UTF-8 "$pty_run" 50 "$prog" --help
[ "$(widest_line <"$tmp/out")" -le 50 ] || fail "Chinese --help at 50 columns: a line is wider"

finish
