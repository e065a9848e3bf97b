#!/bin/sh
# The program run from the build tree finds the build tree's catalogs on its
# own; a copy elsewhere does not, and says so.
. "${abs_top_srcdir:-.}/tests/init.sh"

for lang in es fr ar zh ru; do
  run "$prog" --lang $lang
  expect_status 0 "build tree catalog for $lang"
  expect_no_errors "build tree catalog for $lang"
  [ "$(head -n 1 "$tmp/out")" = "$(title_of $lang)" ] \
    || fail "$lang: the build tree's catalog not used: $(head -n 1 "$tmp/out")"
done
for lang in es fr ar zh_CN ru; do
  [ -f "$abs_top_builddir/po/locale/$lang/LC_MESSAGES/ohchr-mission.mo" ] \
    || fail "po/locale has no $lang catalog"
done

# A copy of the program outside the tree looks in the installed place,
# and names it when the catalog is not there.  (The copies are of the
# program itself: $prog may be a wrapper that runs it where it is.)
binary=$abs_top_builddir/src/ohchr-mission
mkdir "$tmp/bin"
cp "$binary" "$tmp/bin/ohchr-mission"
run "$tmp/bin/ohchr-mission" --lang es
installed=$localedir/es/LC_MESSAGES/ohchr-mission.mo
if [ -f "$installed" ]; then
  expect_status 0 "copy outside the tree, with catalogs installed"
else
  expect_status 1 "copy outside the tree"
  expect_error_start "ohchr-mission: the español (es) catalog is not installed: no '$installed'" "copy outside the tree"
fi

# Beside a po/locale that is not marked as this build tree's, a copy does
# not take it for its own; beside a marked one, it does.  (That catalog's
# title is its own, to tell it from any other.)
mkdir -p "$tmp/tree/src"
edited_catalog "$tmp/tree/po/locale" es '/^msgid "Mission Statement"$/{n;s/.*/msgstr "Declaración del árbol"/}'
cp "$binary" "$tmp/tree/src/ohchr-mission"
run "$tmp/tree/src/ohchr-mission" --lang es
[ "$(head -n 1 "$tmp/out")" = "Declaración del árbol" ] && fail "an unmarked po/locale beside a copy was used"
touch "$tmp/tree/po/locale/ohchr-mission-build-tree"
run "$tmp/tree/src/ohchr-mission" --lang es
expect_status 0 "a marked po/locale beside a copy"
[ "$(head -n 1 "$tmp/out")" = "Declaración del árbol" ] || fail "a marked po/locale beside a copy was not used"

finish
