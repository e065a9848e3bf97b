#!/bin/sh
# The bad-input matrix: each case with its exact exit status and the start
# of its message.  Values empty, huge, negative, not numbers or not UTF-8;
# options that contradict each other; hostile environments and catalogs;
# the narrowest widths in every language; standard error closed.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

huge=$(head -c 50000 /dev/zero | tr '\0' 7)
bad=$(printf '\377\376')

# case STATUS MESSAGE-START COMMAND...: one row of the matrix; MESSAGE-START
# empty means no message at all.
row ()
{
  expected_status=$1
  expected_message=$2
  shift 2
  run "$@"
  what="$*"
  what="row '$(printf '%.70s' "$what")'"
  expect_status "$expected_status" "$what"
  if [ -z "$expected_message" ]; then
    expect_no_errors "$what"
  else
    expect_error_start "$expected_message" "$what"
  fi
  # Whatever happens, no raw invalid byte reaches the terminal.
  LC_ALL=C grep -q "$(printf '\377')" "$tmp/err" && fail "$what: raw byte in the message"
  return 0
}

# Options with an empty, huge, negative, non-numeric or invalid value (a
# missing one, and the mistakes getopt finds, are in errors.sh; sections
# out of range in sections.sh).
row 2 "ohchr-mission: invalid width '7777"                    "$prog" --width="$huge"
row 2 "ohchr-mission: invalid width '18446744073709551617'"   "$prog" --width=18446744073709551617
row 2 "ohchr-mission: invalid width '\\xff\\xfe'"             "$prog" --width="$bad"
row 2 "ohchr-mission: no section named in ''"                 "$prog" --section=
row 2 "ohchr-mission: there is no section '7777"              "$prog" --section="$huge"
row 2 "ohchr-mission: unknown section 'x7777"                 "$prog" --section="x$huge"
row 2 "ohchr-mission: there is no section '0001$huge'"        "$prog" --section="0001$huge"
row 2 "ohchr-mission: unknown section '--1'"                  "$prog" --section=--1
row 2 "ohchr-mission: unknown section '\\xff\\xfe'"           "$prog" --section="$bad"
row 2 "ohchr-mission: unknown language ''"                    "$prog" --lang=
row 2 "ohchr-mission: unknown language '7777"                 "$prog" --lang="$huge"
row 2 "ohchr-mission: unknown language '-1'"                  "$prog" --lang=-1
row 2 "ohchr-mission: unknown language '\\xff\\xfe'"          "$prog" --lang="$bad"
row 2 "ohchr-mission: unknown language '../../etc/passwd'"    "$prog" --lang=../../etc/passwd
row 2 "ohchr-mission: invalid argument '' for '--format'"     "$prog" --format=
row 2 "ohchr-mission: invalid argument '7777"                 "$prog" --format="$huge"
row 2 "ohchr-mission: invalid argument '\\xff\\xfe' for '--format'" "$prog" --format="$bad"
row 2 "ohchr-mission: option '--search' needs at least one word" "$prog" --search=
row 2 "ohchr-mission: the search words '\\xff\\xfe' are not valid UTF-8" "$prog" --search="$bad"
row 1 ""                                                      "$prog" --search="$huge"
row 2 "ohchr-mission: invalid argument '' for '--color'"      "$prog" --color=
row 2 "ohchr-mission: invalid argument '\\xff\\xfe' for '--color'" "$prog" --color="$bad"

# Options that contradict each other.
row 2 "ohchr-mission: options '--languages' and '--list' cannot be used together" "$prog" --languages --list
row 2 "ohchr-mission: options '--languages' and '--section' cannot be used together" "$prog" --languages -s 1
row 2 "ohchr-mission: options '--languages' and '--section' cannot be used together" "$prog" --languages development
row 2 "ohchr-mission: options '--languages' and '--search' cannot be used together" "$prog" --languages --search rights
row 2 "ohchr-mission: options '--languages' and '--random' cannot be used together" "$prog" --languages --random
row 2 "ohchr-mission: options '--languages' and '--titles' cannot be used together" "$prog" --languages -t
row 2 "ohchr-mission: options '--languages' and '--number' cannot be used together" "$prog" -n --languages
row 2 "ohchr-mission: options '--languages' and '--cite' cannot be used together" "$prog" --languages --cite
row 0 ""                                                      "$prog" --width=40 --no-wrap
row 0 ""                                                      "$prog" --format=json --width=40
row 0 ""                                                      "$prog" --width=40 --no-wrap --width=0
row 0 ""                                                      "$prog" --version --lang=all

# Hostile environments.
for columns in 0 -1 1 2 1099511627776 abc "$bad" "$huge"; do
  row 0 "" env COLUMNS="$columns" "$pty_run" 40 "$prog" -s 1
done
row 0 "" env LANG="$bad" "$prog" -s 1
row 0 "" env LANGUAGE="$bad:$bad" LC_ALL="$bad" "$prog" -s 1
row 0 "" env LANG=/etc/passwd "$prog" -s 1
row 0 "" env LANGUAGE=../../../../tmp:/etc "$prog" -s 1
row 0 "" env LANG=xx_YY.UTF-8 LC_ALL=tlh "$prog" -s 1
row 0 "" env LANG="$huge" LANGUAGE="$huge" "$prog" -s 1
row 0 "" env TERM="$bad" NO_COLOR="$bad" "$pty_run" 40 "$prog" -s 1

# Catalogs that cannot be read, or are not this program's (languages.sh
# has each kind), with the language from the command line or from the
# environment.
mkdir -p "$tmp/cat/garbage/es/LC_MESSAGES"
head -c 4096 /dev/urandom >"$tmp/cat/garbage/es/LC_MESSAGES/ohchr-mission.mo"
row 1 "ohchr-mission: the español (es) catalog '$tmp/cat/garbage/es/LC_MESSAGES/ohchr-mission.mo'" \
  env OHCHR_MISSION_LOCALEDIR="$tmp/cat/garbage" "$prog" --lang es
row 0 "ohchr-mission: the español (es) catalog is" \
  env OHCHR_MISSION_LOCALEDIR="$tmp/cat/garbage" LANG=es_ES.UTF-8 "$prog"

# A catalog whose interface messages carry printf directives other than the
# original's, or bytes that are not UTF-8: the original format is used, the
# bytes repaired; the statement, whole and valid, is printed.
edited_catalog "$tmp/cat/hostile" es '
/^msgid "unknown section %s"$/{n;s/.*/msgstr "%s%s%s%n%s"/}
/^msgid "Try .%s. for more information."$/{n;s/.*/msgstr "Pruebe %d %s"/}
/lists the sections by number, id and title."$/{n;s/.*/msgstr "XXXX%s lista las secciones"/}'
LC_ALL=C sed -i "s/XXXX%s lista/$(printf '\377')XXX%s lista/" "$tmp/cat/hostile/es/LC_MESSAGES/ohchr-mission.mo"
row 2 "ohchr-mission: unknown section «qqqq»" env OHCHR_MISSION_LOCALEDIR="$tmp/cat/hostile" LANG=es_ES.UTF-8 "$prog" qqqq
expect_error_line "Try 'ohchr-mission --help' for more information." "hostile catalog: the original format"
grep -q "^$(printf '\357\277\275')XXX.*ohchr-mission --list.* lista las secciones\$" "$tmp/err" \
  || fail "hostile catalog: invalid bytes not repaired: $(cat "$tmp/err")"
row 0 "" env OHCHR_MISSION_LOCALEDIR="$tmp/cat/hostile" "$prog" --lang es
[ "$(head -n 1 "$tmp/out")" = "$(title_of es)" ] || fail "hostile catalog: the statement"

# Soft hyphens in a translation: a break opportunity, shown as '-' at a
# break and never shown themselves.
edited_catalog "$tmp/cat/hyphens" es "/^msgid \"Mission Statement\"\$/{n;s/.*/msgstr \"Co$(printf '\302\255')ope$(printf '\302\255')ra$(printf '\302\255')ci\\xc3\\xb3n\"/}"
row 0 "" env OHCHR_MISSION_LOCALEDIR="$tmp/cat/hyphens" "$prog" --lang es --width 6
[ "$(sed -n 1,2p "$tmp/out" | tr '\n' ' ')" = "Coope- ración " ] \
  || fail "soft hyphens: '$(sed -n 1,2p "$tmp/out" | tr '\n' ' ')'"
LC_ALL=C grep -q "$(printf '\302\255')" "$tmp/out" && fail "a soft hyphen was printed"
row 0 "" env OHCHR_MISSION_LOCALEDIR="$tmp/cat/hyphens" "$prog" --lang es --width 0
[ "$(sed -n 1p "$tmp/out")" = "Cooperación" ] \
  || fail "soft hyphens, unwrapped: '$(sed -n 1p "$tmp/out")'"

# The narrowest widths in every language.
for lang in $languages; do
  for width in 1 2; do
    row 0 "" "$prog" --lang $lang --width $width
  done
done

# Standard error closed with standard output (output-errors.sh has the
# rest of the streams).
if $closed_stdout_testable; then
  row 1 "" sh -c 'exec "$0" 2>&-  >&-' "$prog"
fi

[ "$checks" -ge 40 ] || fail "the matrix has only $checks rows"
finish
