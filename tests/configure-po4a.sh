#!/bin/sh
# configure without po4a: from a git checkout, where no translated manual
# page is made yet, it stops and names the package to install; from the
# distribution, which carries the pages (and man/po4a.stamp), it says that
# they are installed as they are, and goes on.  Run on a copy of what
# configure reads up to that point, with a po4a that does not run (false)
# and a compiler that does not exist, so that configure stops right after.
. "${abs_top_srcdir:-.}/tests/init.sh"

tree=$tmp/tree
mkdir -p "$tree/src" "$tree/man" || exit 99
cp "$abs_top_srcdir/configure" "$tree/" && cp -R "$abs_top_srcdir/build-aux" "$tree/" \
  && cp "$abs_top_srcdir/src/main.c" "$tree/src/" || exit 99

# A git checkout: no page made.
run sh -c "cd '$tree' && ./configure PO4A=false CC=/nonexistent/cc"
expect_status 1 "configure from a checkout, without po4a"
expect_in "$tmp/err" "po4a was not found" "configure from a checkout, without po4a"
expect_in "$tmp/err" "apt-get install po4a" "configure from a checkout, without po4a"

# The distribution: the pages are made.
echo timestamp >"$tree/man/po4a.stamp"
run sh -c "cd '$tree' && ./configure PO4A=false CC=/nonexistent/cc"
expect_in "$tmp/err" "WARNING: po4a was not found" "configure from the distribution, without po4a"
grep 'error:' "$tmp/err" | grep -q po4a \
  && fail "configure from the distribution stops for po4a: $(grep error: "$tmp/err")"
expect_in "$tmp/out" "checking for a po4a that runs... no" "configure tries the po4a it is given"

finish
