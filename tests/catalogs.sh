#!/bin/sh
# Every catalog is complete, with no fuzzy entry, passes msgfmt --check, and
# has a correct header; LINGUAS and POTFILES.in are complete.
. "${abs_top_srcdir:-.}/tests/init.sh"

need_command msgfmt gettext
po=$abs_top_srcdir/po

linguas=$(sed -e 's/#.*//' "$po/LINGUAS" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//')
# LINGUAS names the catalog of each language the program knows but
# English, and the manual has the same languages.
known=$("$prog" --languages | awk '$1 != "en" { print $1 }' \
        | sed 's/^zh$/zh_CN/' | tr '\n' ' ' | sed 's/ $//')
[ -n "$known" ] && [ "$linguas" = "$known" ] \
  || fail "LINGUAS is '$linguas', the languages '$known'"
[ "$man_translations" = "$linguas" ] \
  || fail "man/po4a.cfg has '$man_translations', LINGUAS '$linguas'"

for lang in $linguas; do
  file=$po/$lang.po
  run env LC_ALL=C msgfmt --check --statistics -o /dev/null "$file"
  expect_status 0 "msgfmt --check $lang.po"
  stats=$(tail -n 1 "$tmp/err")
  case $stats in
    *untranslated*|*fuzzy*|*warning*) fail "$lang.po: $stats" ;;
    *" translated message"*) ;;
    *) fail "$lang.po: unexpected statistics '$stats'" ;;
  esac
  grep -q '^#, .*fuzzy' "$file" && fail "$lang.po has a fuzzy flag"
  expect_in "$file" "\"Language: $lang\\n\"" "$lang.po Language header"
  expect_in "$file" '"Content-Type: text/plain; charset=UTF-8\n"' "$lang.po charset"
  expect_in "$file" '"Plural-Forms: nplurals=' "$lang.po Plural-Forms"
  grep -q 'FULL NAME\|YEAR-MO-DA\|LANGUAGE <LL@li.org>' "$file" && fail "$lang.po header not filled in"
done

# Every catalog has every message of the template, when the template is there.
pot=$po/ohchr-mission.pot
if [ -f "$pot" ] && command -v msgcmp >/dev/null 2>&1; then
  for lang in $linguas; do
    run msgcmp "$po/$lang.po" "$pot"
    expect_status 0 "msgcmp $lang.po against the template"
  done
fi

# README quotes each translation's notice as the program prints it.
if have_command jq; then
  for lang in es fr ar zh ru; do
    notice=$("$prog" --lang $lang -s 1 -f json | jq -r .notice)
    expect_in "$abs_top_srcdir/README" "$notice" "README quotes the $lang notice"
  done
fi

# Every source file that marks strings for translation is in POTFILES.in,
# headers too; a file that only defines the marks (system.h: "_(msgid)")
# marks no string.
for file in "$abs_top_srcdir"/src/*.c "$abs_top_srcdir"/src/*.h; do
  name=src/${file##*/}
  if grep -q '\b\(_\|N_\|N_PLURAL\) *( *"' "$file" \
     || grep -q '\b\(_\|N_\|N_PLURAL\) *( *$' "$file"; then
    grep -qx "$name" "$po/POTFILES.in" || fail "$name is not in po/POTFILES.in"
  fi
done
# And every file POTFILES.in names marks some.
for name in $(sed -e 's/#.*//' "$po/POTFILES.in"); do
  grep -q '\b\(_\|N_\|N_PLURAL\) *( *\("\|$\)' "$abs_top_srcdir/$name" \
    || fail "$name is in po/POTFILES.in but marks no string"
done

finish
