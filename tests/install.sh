#!/bin/sh
# 'make install' honours DESTDIR and installs the program, the man page, the
# catalogs and the completions; the installed program finds its catalogs.
. "${abs_top_srcdir:-.}/tests/init.sh"

stage=$tmp/stage
run ${MAKE:-make} -s -C "$abs_top_builddir" install DESTDIR="$stage"
expect_status 0 "make install DESTDIR=..."
for file in bin/ohchr-mission share/man/man1/ohchr-mission.1 \
            share/locale/es/LC_MESSAGES/ohchr-mission.mo \
            share/locale/zh_CN/LC_MESSAGES/ohchr-mission.mo \
            share/locale/ru/LC_MESSAGES/ohchr-mission.mo \
            share/bash-completion/completions/ohchr-mission \
            share/zsh/*/_ohchr-mission \
            share/fish/vendor_completions.d/ohchr-mission.fish; do
  found=$(find "$stage" -path "*/$file" | head -n 1)
  [ -n "$found" ] || fail "make install did not install $file"
done
program=$(find "$stage" -path '*/bin/ohchr-mission' | head -n 1)
localedir=$(find "$stage" -type d -path '*/share/locale' | head -n 1)
if [ -n "$program" ] && [ -n "$localedir" ]; then
  run env OHCHR_MISSION_LOCALEDIR="$localedir" "$program" --lang es -s 1 -t
  expect_status 0 "the installed program"
  [ "$(head -n 1 "$tmp/out")" = "Misión" ] || fail "the installed program is not in Spanish"
fi
finish
