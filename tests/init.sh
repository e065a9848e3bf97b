# Common set-up for the command-line tests: sourced by each tests/*.sh.
# Copyright (C) 2026 The ohchr-mission authors.
# License: GPL-3.0-or-later (see COPYING).

set -u
: "${abs_top_builddir:?run the tests with make check}"
: "${abs_top_srcdir:?run the tests with make check}"

prog=$abs_top_builddir/src/ohchr-mission
pty_run=$abs_top_builddir/tests/pty-run
golden=$abs_top_srcdir/tests/golden
languages='en es fr ar zh ru'

# Every test starts from the same environment whatever the caller's: no
# locale (the C locale, so English), no width or height, no colour
# preference, no pager (the pager's own test chooses one), no sign of the
# terminal emulator or multiplexer the suite runs in (which --bidi=auto
# reads), and only the locales the machine has installed.
for variable in $(env | sed -n 's/^\(LC_[A-Z_]*\)=.*/\1/p'); do
  unset "$variable"
done
unset LANGUAGE LANG COLUMNS LINES NO_COLOR OHCHR_MISSION_LOCALEDIR \
      OHCHR_MISSION_PAGER LESS LOCPATH POSIXLY_CORRECT \
      TMUX STY INSIDE_EMACS KONSOLE_VERSION MLTERM TERM_PROGRAM \
      VTE_VERSION WT_SESSION
PAGER=
TERM=xterm
export PAGER TERM

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ohchr-mission-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# 'make check-valgrind' runs every use of the program under a wrapper
# (valgrind); the tests then sample the widest loops instead of running
# them whole.
if [ -n "${OHCHR_MISSION_TEST_WRAPPER-}" ]; then
  printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$OHCHR_MISSION_TEST_WRAPPER" "$prog" >"$tmp/ohchr-mission"
  chmod +x "$tmp/ohchr-mission"
  prog=$tmp/ohchr-mission
  sample_step=9
  # The wrapper opens files of its own before the program starts, and one
  # of them takes the place of a closed standard output.
  closed_stdout_testable=false
else
  sample_step=1
  closed_stdout_testable=true
fi

failures=0
checks=0

# need_pty: the test runs the program on a pseudo-terminal (tests/pty-run);
# where the system has none, it is skipped.
need_pty ()
{
  "$pty_run" 80 true >/dev/null 2>&1
  if [ $? -eq 77 ]; then
    echo "no pseudo-terminal: skipped"
    exit 77
  fi
}

have_command ()
{
  command -v "$1" >/dev/null 2>&1
}

# need_command COMMAND PACKAGE: skip the test, saying why, unless COMMAND
# (Debian's PACKAGE) is installed.
need_command ()
{
  have_command "$1" && return
  echo "$1 ($2) is missing: skipped"
  exit 77
}

# need_python MODULE PACKAGE: set $python to a python3 that has MODULE
# (Debian's PACKAGE), or skip the test.
need_python ()
{
  python=
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c "import $1" >/dev/null 2>&1; then
      python=$candidate
      return
    fi
  done
  echo "python3 with $1 ($2) is missing: skipped"
  exit 77
}

# The statement's title in each language, the first line of the whole
# text: a check that a translation was used compares against it, and no
# two languages share it.
title_of ()
{
  case $1 in
    en) echo "Mission Statement" ;;
    es) echo "Declaración de misión" ;;
    fr) echo "Énoncé de mission" ;;
    ar) echo "بيان المهمة" ;;
    zh) echo "使命宣言" ;;
    ru) echo "Заявление о миссии" ;;
  esac
}

# The catalog name of a language code.
catalog_of ()
{
  case $1 in zh) echo zh_CN ;; *) echo "$1" ;; esac
}

# catalogs DIR CODE...: a catalog directory holding the build tree's
# catalogs of the languages CODE.
catalogs ()
{
  directory=$1
  shift
  mkdir -p "$directory"
  for code in "$@"; do
    name=$(catalog_of "$code")
    mkdir -p "$directory/$name/LC_MESSAGES"
    cp "$abs_top_builddir/po/locale/$name/LC_MESSAGES/ohchr-mission.mo" \
       "$directory/$name/LC_MESSAGES/"
  done
}

# edited_catalog DIR CODE SED-SCRIPT: the build tree's catalog of CODE,
# edited by SED-SCRIPT in its PO form (one line a string), in DIR.
edited_catalog ()
{
  name=$(catalog_of "$2")
  mkdir -p "$1/$name/LC_MESSAGES"
  msgunfmt --no-wrap "$abs_top_builddir/po/locale/$name/LC_MESSAGES/ohchr-mission.mo" \
    | sed -e "$3" >"$tmp/edited.po" \
    && msgfmt -o "$1/$name/LC_MESSAGES/ohchr-mission.mo" "$tmp/edited.po" 2>/dev/null \
    || fail "could not make an edited $2 catalog"
}

fail ()
{
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}

# Run a command; its output goes to $tmp/out and $tmp/err, its exit status
# to $status.
run ()
{
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  checks=$((checks + 1))
}

# expect_status N WHAT: the last command exited with N.
expect_status ()
{
  [ "$status" -eq "$1" ] || fail "$2: exit status $status, expected $1"
}

# expect_output FILE WHAT: standard output was exactly FILE.
expect_output ()
{
  if ! cmp -s "$1" "$tmp/out"; then
    fail "$2: output differs from $1"
    diff -u "$1" "$tmp/out" | head -n 20 >&2
  fi
}

# expect_output_text TEXT WHAT: standard output was exactly TEXT and a newline.
expect_output_text ()
{
  printf '%s\n' "$1" >"$tmp/expected"
  expect_output "$tmp/expected" "$2"
}

# expect_no_output WHAT / expect_no_errors WHAT
expect_no_output ()
{
  [ -s "$tmp/out" ] && fail "$1: unexpected output: $(head -c 200 "$tmp/out")"
  return 0
}
expect_no_errors ()
{
  [ -s "$tmp/err" ] && fail "$1: unexpected message: $(head -c 300 "$tmp/err")"
  return 0
}

# expect_error_start TEXT WHAT: the first line on standard error starts
# with TEXT.
expect_error_start ()
{
  first=$(head -n 1 "$tmp/err")
  case $first in
    "$1"*) ;;
    *) fail "$2: message '$first' does not start with '$1'" ;;
  esac
}

# expect_error_line TEXT WHAT: some line on standard error is exactly TEXT.
expect_error_line ()
{
  grep -Fqx -e "$1" "$tmp/err" || fail "$2: no line '$1' in: $(cat "$tmp/err")"
}

# expect_in FILE TEXT WHAT: FILE holds TEXT.
expect_in ()
{
  grep -Fq -e "$2" "$1" || fail "$3: '$2' not found"
}

# A usage error: exit 2, a message that starts with the program's name,
# and the pointer to --help as its last line.
expect_usage_error ()
{
  expect_status 2 "$2"
  expect_no_output "$2"
  expect_error_start "ohchr-mission: $1" "$2"
  last=$(tail -n 1 "$tmp/err")
  [ "$last" = "Try 'ohchr-mission --help' for more information." ] \
    || fail "$2: last line of the message is '$last'"
}

# The display width of the widest line of standard input, measured by
# wc -L in a UTF-8 locale: independent of the program's own measure.
# Control sequences (colours, the terminal's bidi modes) take no columns.
widest_line ()
{
  without_sequences | LC_ALL=C.UTF-8 wc -L | tr -d ' '
}

# make_locale SOURCE CHARSET: the locale SOURCE.CHARSET made by localedef
# in $tmp/locales (for LOCPATH), or status 1 where it cannot be made (no
# localedef, no locale sources: Debian's locales package).
make_locale ()
{
  mkdir -p "$tmp/locales"
  localedef -f "$2" -i "$1" "$tmp/locales/$1.$2" >/dev/null 2>&1 \
    || [ -d "$tmp/locales/$1.$2" ]
}

# have_c_utf8: whether the C.UTF-8 locale is there (glibc 2.35 has it
# built in; older Debian releases ship it).
have_c_utf8 ()
{
  locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$'
}

# Standard input without the terminal's control sequences (CSI ... final).
without_sequences ()
{
  LC_ALL=C sed 's/\x1b\[[0-9;?]*[ -\/]*[@-~]//g'
}

# The manual pages: the English source, and the translations that po4a
# makes in the source tree (where the distribution carries them).
man_translations=$(sed -n 's/^\[po4a_langs\] *//p' "$abs_top_srcdir/man/po4a.cfg")
man_languages="en $man_translations"
man_page ()
{
  case $1 in
    en) printf '%s\n' "$abs_top_srcdir/man/ohchr-mission.1" ;;
    *) printf '%s\n' "$abs_top_srcdir/man/$1/ohchr-mission.1" ;;
  esac
}

# The code that --lang takes for a manual's language.
man_lang_code ()
{
  case $1 in
    zh_CN) echo zh ;;
    *) echo "$1" ;;
  esac
}

# man_speak LANG COMMAND...: COMMAND with the program's interface and text
# in the manual's language LANG: its catalog named by LANGUAGE, its code
# given to --lang.
man_speak ()
{
  speak_language=$1
  shift
  run env LANGUAGE="$speak_language" "$@" --lang "$(man_lang_code "$speak_language")"
}

# Standard input without nroff's bold and underline (a character, a
# backspace, a character).
strip_overstrike ()
{
  LC_ALL=C.UTF-8 sed "s/.$(printf '\b')//g"
}

# Whether man is man-db's (mandoc has a man of its own).
have_man_db ()
{
  man --version 2>/dev/null | grep -q '^man [0-9]'
}

finish ()
{
  if [ "$failures" -ne 0 ]; then
    printf '%d of %d checks failed\n' "$failures" "$checks" >&2
    exit 1
  fi
  [ "$checks" -gt 0 ] || { echo 'no check was run' >&2; exit 99; }
  printf '%d checks passed\n' "$checks"
  exit 0
}
