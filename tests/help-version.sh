#!/bin/sh
# --help and --version, per the GNU Coding Standards, in every language.
. "${abs_top_srcdir:-.}/tests/init.sh"

run "$prog" --help
expect_status 0 "--help"
expect_no_errors "--help"
[ "$(head -n 1 "$tmp/out")" = "Usage: ohchr-mission [OPTION]... [SECTION]..." ] \
  || fail "--help: first line is '$(head -n 1 "$tmp/out")'"
for option in --section= --titles --list --lang= --languages --width= --no-wrap \
              --format= --search= --color --random --help --version \
              " -s," " -t," " -l," " -L," " -w," " -W," " -f," " -S," " -r," " -h," " -V,"; do
  expect_in "$tmp/out" "$option" "--help mentions $option"
done
expect_in "$tmp/out" "Examples:" "--help has examples"
expect_in "$tmp/out" "ohchr-mission --lang es" "--help example"
expect_in "$tmp/out" "Report bugs to: " "--help says where to report bugs"
awk 'length($0) > 79 { exit 1 }' "$tmp/out" || fail "--help has a line over 79 columns"
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

# In each language, --help and --version are translated, and --version says
# that the translation is the program's own, not an official text.
for lang in es fr ar zh ru; do
  run "$prog" --lang $lang --help
  expect_status 0 "--lang $lang --help"
  grep -q '^Usage:' "$tmp/out" && fail "--lang $lang --help is in English"
  expect_in "$tmp/out" "--section=" "--lang $lang --help keeps option names"
  run "$prog" --lang $lang --version
  expect_status 0 "--lang $lang --version"
  grep -q 'not official' "$tmp/out" && fail "--lang $lang --version is in English"
  expect_in "$tmp/out" "GPLv3+" "--lang $lang --version licence"
done
run "$prog" --lang es --version
expect_in "$tmp/out" "oficial" "Spanish disclaimer"
run "$prog" --lang fr --version
expect_in "$tmp/out" "officiel" "French disclaimer"
run "$prog" --lang ru --version
expect_in "$tmp/out" "официальн" "Russian disclaimer"
run "$prog" --lang zh --version
expect_in "$tmp/out" "正式" "Chinese disclaimer"
run "$prog" --lang ar --version
expect_in "$tmp/out" "رسمي" "Arabic disclaimer"

finish
