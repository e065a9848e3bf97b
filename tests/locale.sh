#!/bin/sh
# The locale matrix: the C and POSIX locales print UTF-8 (no character lost),
# the language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG even for
# locales the machine lacks, and a non-UTF-8 locale gets its own charset,
# or a refusal when it cannot hold the language's letters.
. "${abs_top_srcdir:-.}/tests/init.sh"

dash_line="All rights – civil, cultural, economic, political and social – should"
# An empty locale path: whatever locales the machine has, those named here
# are not installed (C.UTF-8 is always there).
mkdir "$tmp/no-locales"
nowhere=LOCPATH=$tmp/no-locales

# C, POSIX, C.UTF-8 and no locale at all: the en dash arrives as UTF-8.
for locale in C POSIX C.UTF-8; do
  run env LC_ALL=$locale "$prog" -s 5
  expect_status 0 "LC_ALL=$locale"
  expect_in "$tmp/out" "$dash_line" "LC_ALL=$locale keeps the en dash"
  run env LANG=$locale "$prog"
  expect_output "$golden/statement.en.txt" "LANG=$locale: the whole statement"
done
run "$prog" -s 5
expect_in "$tmp/out" "$dash_line" "no locale set"

# expect_title SETTINGS CODE: with SETTINGS in the environment, the
# statement is in CODE.
expect_title ()
{
  run env $nowhere $1 "$prog"
  expect_status 0 "$1"
  [ "$(head -n 1 "$tmp/out")" = "$(title_of "$2")" ] \
    || fail "$1: title '$(head -n 1 "$tmp/out")', expected '$(title_of "$2")'"
}

# Each language from the environment, in every spelling of a locale, even
# one this machine does not have.
for setting in LANG=es_ES.UTF-8 LANG=es LC_MESSAGES=es_MX.UTF-8 LC_ALL=es_ES@euro \
               LANGUAGE=es LANGUAGE=es_AR LANGUAGE=de:es LANGUAGE=es:fr; do
  expect_title "$setting" es
done

# gettext's order: LANGUAGE, then LC_ALL, then LC_MESSAGES, then LANG.
expect_title "LANGUAGE=fr LC_ALL=es_ES.UTF-8" fr
expect_title "LANGUAGE=ru LC_ALL=C" ru
expect_title "LANGUAGE=ru LC_ALL=POSIX" ru
expect_title "LC_ALL=ar_EG.UTF-8 LC_MESSAGES=es_ES.UTF-8 LANG=ru_RU.UTF-8" ar
expect_title "LC_MESSAGES=es_ES.UTF-8 LANG=ru_RU.UTF-8" es
expect_title "LANG=zh_CN.UTF-8" zh
expect_title "LANG=ru_RU.KOI8-R" ru
expect_title "LANGUAGE=en:es LANG=es_ES.UTF-8" en
expect_title "LANGUAGE= LANG=fr_FR.UTF-8" fr
expect_title "LANGUAGE=de:pt LANG=fr_FR.UTF-8" fr

# Languages the program does not offer fall back to English, silently.
for setting in LANG=de_DE.UTF-8 LANGUAGE=de LANGUAGE=de:pt \
               "LANGUAGE=../../etc" "LANG=/tmp/x" "LANGUAGE=$(printf 'es\377')" \
               LANG=C LANGUAGE=C; do
  run env "$setting" "$prog"
  expect_status 0 "$setting"
  expect_output "$golden/statement.en.txt" "$setting falls back to English"
  expect_no_errors "$setting"
done

# --lang wins over the environment, even in the C locale.
run env LC_ALL=C "$prog" --lang ru
[ "$(head -n 1 "$tmp/out")" = "$(title_of ru)" ] || fail "LC_ALL=C --lang ru is not Russian"
run env LANGUAGE=fr "$prog" --lang en
expect_output "$golden/statement.en.txt" "LANGUAGE=fr --lang en"

# The interface follows the environment, whatever --lang says.
run env LANG=es_ES.UTF-8 "$prog" --bogus
expect_status 2 "Spanish usage error"
expect_in "$tmp/err" "ohchr-mission --help" "Spanish usage error: pointer to --help"
grep -q "Try 'ohchr-mission --help'" "$tmp/err" && fail "Spanish usage error: in English"
run env LANG=es_ES.UTF-8 "$prog" --bogus --lang en
grep -q "Try 'ohchr-mission --help'" "$tmp/err" && fail "--lang en changed the interface's language"

# Locales with other charsets.  Needs localedef and the locale sources
# (Debian: locales); skipped otherwise.
if ! command -v localedef >/dev/null 2>&1 || [ ! -d /usr/share/i18n/locales ] \
   || ! make_locale fr_FR ISO-8859-1 || ! make_locale ru_RU KOI8-R \
   || ! make_locale zh_CN GB18030; then
  echo "note: no localedef or locale sources: the charsets are not tested"
  finish
fi
here=LOCPATH=$tmp/locales
# (LANGUAGE=en: the messages in English, to be compared; the text's
# language is named by --lang.)
latin1="$here LC_ALL=fr_FR.ISO-8859-1 LANGUAGE=en"
koi8="$here LC_ALL=ru_RU.KOI8-R LANGUAGE=en"
gb="$here LC_ALL=zh_CN.GB18030 LANGUAGE=en"

# The text is converted, transliterated where it must be.
run env $latin1 "$prog" -s 5 --lang en
expect_status 0 "ISO-8859-1 locale"
printf 'All rights - civil, cultural, economic, political and social - should' \
  | iconv -f UTF-8 -t ISO-8859-1 >"$tmp/latin1-dash"
grep -Fq -f "$tmp/latin1-dash" "$tmp/out" || fail "ISO-8859-1: en dash not transliterated"
run env $latin1 "$prog" -s 1 --lang fr
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" | grep -q 'protéger' || fail "ISO-8859-1: é not converted"
# French keeps its letters but œ, whose plain form is accepted.
run env $latin1 "$prog" -s 2 --lang fr
expect_status 0 "ISO-8859-1: French with œ"
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" | grep -q 'mise en oeuvre' || fail "ISO-8859-1: œ not written oe"
run env $latin1 "$prog" -s 1 -f json --lang ru
expect_status 0 "ISO-8859-1: JSON in Russian"
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "ISO-8859-1: JSON is not UTF-8"
! have_command jq || jq -e . "$tmp/out" >/dev/null || fail "ISO-8859-1: JSON is not JSON"
grep -q 'Миссия' "$tmp/out" || fail "ISO-8859-1: JSON lost the Russian text"
run env $koi8 "$prog" --lang ru
expect_status 0 "KOI8-R: Russian"
[ "$(head -n 1 "$tmp/out" | iconv -f KOI8-R -t UTF-8)" = "$(title_of ru)" ] \
  || fail "KOI8-R: the Russian title is not in KOI8-R"
run env $gb "$prog" --lang zh
expect_status 0 "GB18030: Chinese"
[ "$(head -n 1 "$tmp/out" | iconv -f GB18030 -t UTF-8)" = "$(title_of zh)" ] \
  || fail "GB18030: the Chinese title is not in GB18030"

# Arguments arrive in the locale's charset too.
run env $latin1 "$prog" --list --search "$(printf '\351galit\351')" --lang fr
expect_status 0 "ISO-8859-1 search word"
grep -q '^ 5  universality' "$tmp/out" || fail "ISO-8859-1 search word: not found"
run env $latin1 "$prog" --list -s "$(printf '\311limination')" --lang fr
grep -q '^10  prevention' "$tmp/out" || fail "ISO-8859-1 section title: not found"
run env LC_ALL=C "$prog" --lang "$(printf 'fran\347ais')"
expect_status 2 "Latin-1 bytes in the C locale are not UTF-8"
# An option letter that is not ASCII is shown as the character typed.
run env $latin1 "$prog" "$(printf -- '-\351')"
expect_usage_error "invalid option -- '$(printf '\351')'" "ISO-8859-1 option letter"

# A script the charset cannot hold is not printed as question marks: the
# program says which language and charset, and the ways out.
for case in "latin1 ru Russian ISO-8859-1" "latin1 ar Arabic ISO-8859-1" \
            "latin1 zh Chinese ISO-8859-1" "koi8 ar Arabic KOI8-R" \
            "koi8 fr French KOI8-R" "koi8 es Spanish KOI8-R"; do
  set -- $case
  eval "settings=\$$1"
  run env $settings "$prog" --lang "$2"
  expect_status 1 "$4: --lang $2"
  expect_no_output "$4: --lang $2"
  expect_error_start "ohchr-mission: the $3 ($2) text cannot be shown in the character set $4" "$4: --lang $2"
  expect_error_line "Use a UTF-8 locale (LC_ALL=C.UTF-8, for one), or --format=json, which is always UTF-8." "$4: --lang $2: the ways out"
done
# Several languages: those the charset holds are printed, the others
# reported, and the exit status is 1.
run env $latin1 "$prog" --lang all -s 1
expect_status 1 "ISO-8859-1: --lang all"
[ "$(grep -c 'cannot be shown in the character set ISO-8859-1' "$tmp/err")" -eq 3 ] \
  || fail "ISO-8859-1: --lang all: not three languages refused"
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" >"$tmp/utf8"
for heading in English español français; do
  grep -qx "$heading" "$tmp/utf8" || fail "ISO-8859-1: --lang all: $heading missing"
done
# From the environment: English, with the reason on one line.
run env $latin1 LANGUAGE=ru "$prog"
expect_status 0 "ISO-8859-1 with LANGUAGE=ru"
[ "$(head -n 1 "$tmp/out")" = "$(title_of en)" ] || fail "ISO-8859-1 with LANGUAGE=ru: not English"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "ISO-8859-1 with LANGUAGE=ru: not one line"
# English named after it is the reader's next choice: English, as asked.
run env $latin1 LANGUAGE=ru:en "$prog" -s 1
expect_status 0 "ISO-8859-1 with LANGUAGE=ru:en"
expect_no_errors "ISO-8859-1 with LANGUAGE=ru:en"
grep -q '^The mission of the Office' "$tmp/out" || fail "ISO-8859-1 with LANGUAGE=ru:en: not English: $(head -c 80 "$tmp/out")"

# The messages, too, speak a language the charset can show: in French,
# converted, where the locale is French; in English where Russian was
# asked for.
run env $here LC_ALL=fr_FR.ISO-8859-1 "$prog" -s 99
iconv -f ISO-8859-1 -t UTF-8 "$tmp/err" | grep -q "^ohchr-mission: il n'y a pas de section «.*99.*»" \
  || fail "ISO-8859-1: the messages are not in French: $(iconv -f ISO-8859-1 -t UTF-8 "$tmp/err")"
run env $here LC_ALL=fr_FR.ISO-8859-1 "$prog" "$(printf -- '--\351')"
iconv -f ISO-8859-1 -t UTF-8 "$tmp/err" | grep -q "^ohchr-mission: option «.*--é.*» non reconnue\$" \
  || fail "ISO-8859-1: a mistake in an option is not in French: $(iconv -f ISO-8859-1 -t UTF-8 "$tmp/err")"
run env $here LC_ALL=fr_FR.ISO-8859-1 LANGUAGE=ru "$prog" --lang en -s 99
expect_error_start "ohchr-mission: there is no section '99'" "ISO-8859-1 with LANGUAGE=ru: messages"
run env $here LC_ALL=ru_RU.KOI8-R "$prog" -s 99
expect_status 2 "KOI8-R: a mistake"
# (KOI8-R has no « »: they are written << >>, their accepted plain form.)
iconv -f KOI8-R -t UTF-8 "$tmp/err" | grep -q "раздела <<99>>" \
  || fail "KOI8-R: the message is not in Russian, in KOI8-R"

finish
