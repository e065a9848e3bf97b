#!/bin/sh
# 'make install' honours DESTDIR and installs the program, the man pages in
# six languages, the catalogs and the completions; the installed program
# finds its catalogs; man finds each translated page with -L, and the
# English one without.
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

# Each translated page in mandir/LL/man1, as po4a made it.
mandir=$(find "$stage" -type d -path '*/share/man' | head -n 1)
[ -n "$mandir" ] || fail "no man page installed"
for lang in $man_translations; do
  page=${mandir:-$stage}/$lang/man1/ohchr-mission.1
  if [ -f "$page" ]; then
    cmp -s "$page" "$(man_page "$lang")" || fail "$page is not the page that was made"
  else
    fail "make install did not install $lang/man1/ohchr-mission.1"
  fi
done

# man -L LL shows the translated page, man alone the English one.
unset MANOPT MANROFFOPT MANSECT MAN_KEEP_FORMATTING PAGER
if ! have_man_db; then
  echo "note: man-db's man is missing: man -L is not tried"
elif ! have_c_utf8; then
  echo "note: the C.UTF-8 locale is missing: man -L is not tried"
elif [ -n "$mandir" ]; then
  show ()
  {
    env LC_ALL=C.UTF-8 MANPATH="$mandir" MANPAGER=cat MANWIDTH=80 man "$@"
  }
  run show ohchr-mission
  expect_status 0 "man ohchr-mission"
  show -l "$mandir/man1/ohchr-mission.1" >"$tmp/english" 2>/dev/null
  expect_output "$tmp/english" "man ohchr-mission, in English"
  for lang in $man_translations; do
    run show -L "$lang" ohchr-mission
    expect_status 0 "man -L $lang ohchr-mission"
    show -l "$mandir/$lang/man1/ohchr-mission.1" >"$tmp/page" 2>/dev/null
    expect_output "$tmp/page" "man -L $lang ohchr-mission"
    cmp -s "$tmp/page" "$tmp/english" && fail "man -L $lang shows the English page"
  done
fi
finish
