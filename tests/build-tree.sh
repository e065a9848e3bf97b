#!/bin/sh
# The program run from the build tree finds the build tree's catalogs on its
# own; a copy elsewhere does not, and says so.
. "${abs_top_srcdir:-.}/tests/init.sh"

for lang in es fr ar zh ru; do
  run "$prog" --lang $lang -s 1
  expect_status 0 "build tree catalog for $lang"
  expect_no_errors "build tree catalog for $lang"
  grep -q 'OHCHR' "$tmp/out" && [ $lang != zh ] && [ $lang != ru ] && fail "$lang: English printed"
done
for lang in es fr ar zh_CN ru; do
  [ -f "$abs_top_builddir/po/locale/$lang/LC_MESSAGES/ohchr-mission.mo" ] \
    || fail "po/locale has no $lang catalog"
done

# A copy of the program outside the tree looks in the installed place.
mkdir "$tmp/bin"
cp "$prog" "$tmp/bin/ohchr-mission"
run "$tmp/bin/ohchr-mission" --lang es
if [ "$status" -eq 1 ]; then
  expect_error_start "ohchr-mission: the español (es) catalog cannot be found or read in" "copy outside the tree"
else
  # Installed already: then it is found where make install put it.
  expect_status 0 "copy outside the tree, with catalogs installed"
fi

finish
