#!/bin/sh
# After 'make install' ('make installcheck', which 'make distcheck' runs):
# the program, its catalogs, its manual in six languages and the shell
# completions are where they belong; the installed program finds its
# catalogs; and man finds each translated page with -L, the English one
# without.  Run by installcheck-local with the installation's directories.
. "${abs_top_srcdir:-.}/tests/init.sh"
: "${bindir:?}" "${mandir:?}" "${localedir:?}"
: "${bashcompletiondir:?}" "${zshcompletiondir:?}" "${fishcompletiondir:?}"
root=${DESTDIR-}

for file in "$bindir/ohchr-mission" "$mandir/man1/ohchr-mission.1" \
            "$bashcompletiondir/ohchr-mission" "$zshcompletiondir/_ohchr-mission" \
            "$fishcompletiondir/ohchr-mission.fish"; do
  [ -f "$root$file" ] || fail "not installed: $root$file"
done
for lang in es fr ar zh_CN ru; do
  [ -f "$root$localedir/$lang/LC_MESSAGES/ohchr-mission.mo" ] \
    || fail "not installed: the $lang catalog"
  installed=$root$mandir/$lang/man1/ohchr-mission.1
  if [ -f "$installed" ]; then
    cmp -s "$installed" "$(man_page "$lang")" \
      || fail "$installed is not the page that was made"
  else
    fail "not installed: $installed"
  fi
done

# The installed program, in Spanish, from the installed catalogs (where the
# installation is staged, OHCHR_MISSION_LOCALEDIR points at them).
program=$root$bindir/ohchr-mission
if [ -x "$program" ]; then
  if [ -n "$root" ]; then
    run env OHCHR_MISSION_LOCALEDIR="$root$localedir" "$program" --lang es -s 1 -t
  else
    run "$program" --lang es -s 1 -t
  fi
  expect_status 0 "the installed program"
  [ "$(head -n 1 "$tmp/out")" = "Misión" ] \
    || fail "the installed program is not in Spanish: $(head -n 1 "$tmp/out")"
fi

# man -L LL shows the translated page; man alone, the English one.
unset MANOPT MANROFFOPT MANSECT MAN_KEEP_FORMATTING PAGER
if ! have_man_db; then
  echo "note: man-db's man is missing: man -L not checked"
elif ! locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$'; then
  echo "note: the C.UTF-8 locale is missing: man -L not checked"
else
  show ()
  {
    env LC_ALL=C.UTF-8 MANPATH="$root$mandir" MANPAGER=cat MANWIDTH=80 man "$@"
  }
  run show ohchr-mission
  expect_status 0 "man ohchr-mission"
  show -l "$root$mandir/man1/ohchr-mission.1" >"$tmp/english" 2>/dev/null
  expect_output "$tmp/english" "man ohchr-mission, in English"
  for lang in es fr ar zh_CN ru; do
    run show -L "$lang" ohchr-mission
    expect_status 0 "man -L $lang ohchr-mission"
    show -l "$root$mandir/$lang/man1/ohchr-mission.1" >"$tmp/page" 2>/dev/null
    expect_output "$tmp/page" "man -L $lang ohchr-mission"
    cmp -s "$tmp/page" "$tmp/english" && fail "the $lang page is the English one"
  done
fi

finish
