#!/bin/sh
# The locale matrix: the C and POSIX locales print UTF-8 (no character lost),
# the language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG even for
# locales the machine lacks, and a non-UTF-8 locale gets its own charset.
. "${abs_top_srcdir:-.}/tests/init.sh"

dash_line="All rights – civil, cultural, economic, political and social – should"

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

# Each language from the environment, in every spelling of a locale, even
# one this machine does not have.
spanish_title="Declaración de misión"
for setting in LANG=es_ES.UTF-8 LANG=es LC_MESSAGES=es_MX.UTF-8 LC_ALL=es_ES@euro \
               LANGUAGE=es LANGUAGE=es_AR LANGUAGE=de:es LANGUAGE=es:fr; do
  run env $setting "$prog"
  expect_status 0 "$setting"
  [ "$(head -n 1 "$tmp/out")" = "$spanish_title" ] || fail "$setting: not Spanish: $(head -n 1 "$tmp/out")"
done

# gettext's order: LANGUAGE, then LC_ALL, then LC_MESSAGES, then LANG.
expect_title ()
{
  run env $1 "$prog" -s 1 -t
  [ "$(head -n 1 "$tmp/out")" = "$2" ] || fail "$1: title '$(head -n 1 "$tmp/out")', expected '$2'"
}
expect_title "LANGUAGE=fr LC_ALL=es_ES.UTF-8" "Mission"
expect_title "LANGUAGE=ru LC_ALL=C" "Миссия"
expect_title "LANGUAGE=ru LC_ALL=POSIX" "Миссия"
expect_title "LC_ALL=ar_EG.UTF-8 LC_MESSAGES=es_ES.UTF-8 LANG=ru_RU.UTF-8" "المهمة"
expect_title "LC_MESSAGES=es_ES.UTF-8 LANG=ru_RU.UTF-8" "Misión"
expect_title "LANG=zh_CN.UTF-8" "使命"
expect_title "LANG=ru_RU.KOI8-R" "Миссия"
expect_title "LANGUAGE=en:es LANG=es_ES.UTF-8" "Mission"
expect_title "LANGUAGE= LANG=fr_FR.UTF-8" "Mission"

# Languages the program does not offer fall back to English.
for setting in LANG=de_DE.UTF-8 LANGUAGE=de LANGUAGE=de:pt LANG=zh_TW.UTF-8 \
               "LANGUAGE=../../etc" "LANG=/tmp/x" "LANGUAGE=$(printf 'es\377')" \
               LANG=C LANGUAGE=C; do
  run env "$setting" "$prog"
  expect_status 0 "$setting"
  expect_output "$golden/statement.en.txt" "$setting falls back to English"
done

# --lang wins over the environment, even in the C locale.
run env LC_ALL=C "$prog" --lang ru -s 1 -t
[ "$(head -n 1 "$tmp/out")" = "Миссия" ] || fail "LC_ALL=C --lang ru is not Russian"
run env LANGUAGE=fr "$prog" --lang en
expect_output "$golden/statement.en.txt" "LANGUAGE=fr --lang en"

# The interface follows the language too.
run env LANG=es_ES.UTF-8 "$prog" --bogus
expect_status 2 "Spanish usage error"
grep -q "ohchr-mission --help" "$tmp/err" || fail "Spanish usage error: no pointer to --help"
cmp -s "$tmp/err" /dev/null && fail "Spanish usage error: no message"
run env LANG=es_ES.UTF-8 "$prog" --bogus --lang en
expect_error_start "ohchr-mission: unrecognized option '--bogus'" "--lang en: English messages"

# A locale with another charset: the text is converted, transliterated
# where it must be.  Needs localedef and the locale sources (Debian:
# locales); skipped otherwise.
if command -v localedef >/dev/null 2>&1 && [ -d /usr/share/i18n/locales ] \
   && localedef -f ISO-8859-1 -i fr_FR "$tmp/fr_FR.ISO-8859-1" >/dev/null 2>&1; then
  run env LOCPATH="$tmp" LC_ALL=fr_FR.ISO-8859-1 "$prog" -s 5 --lang en
  expect_status 0 "ISO-8859-1 locale"
  printf 'All rights - civil, cultural, economic, political and social - should' \
    | iconv -f UTF-8 -t ISO-8859-1 >"$tmp/latin1-dash"
  grep -Fq -f "$tmp/latin1-dash" "$tmp/out" || fail "ISO-8859-1: en dash not transliterated"
  run env LOCPATH="$tmp" LC_ALL=fr_FR.ISO-8859-1 "$prog" -s 1 --lang fr
  printf 'Haut-Commissariat' >"$tmp/word"
  grep -Fq -f "$tmp/word" "$tmp/out" || fail "ISO-8859-1: French text missing"
  iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" | grep -q 'protéger' || fail "ISO-8859-1: é not converted"
  run env LOCPATH="$tmp" LC_ALL=fr_FR.ISO-8859-1 "$prog" -s 1 -f json
  jq -e . "$tmp/out" >/dev/null || fail "ISO-8859-1: JSON is not UTF-8"
  # Arguments arrive in the locale's charset too.
  run env LOCPATH="$tmp" LC_ALL=fr_FR.ISO-8859-1 "$prog" --list --search "$(printf '\351galit\351')"
  expect_status 0 "ISO-8859-1 search word"
  grep -q '^ 5  universality' "$tmp/out" || fail "ISO-8859-1 search word: not found"
  run env LOCPATH="$tmp" LC_ALL=fr_FR.ISO-8859-1 "$prog" --list -s "$(printf '\311limination')"
  grep -q '^10  prevention' "$tmp/out" || fail "ISO-8859-1 section title: not found"
  run env LOCPATH="$tmp" LC_ALL=C "$prog" --lang "$(printf 'fran\347ais')"
  expect_status 2 "Latin-1 bytes in the C locale are not UTF-8"
else
  echo "note: no localedef or locale sources: the charset conversion is not tested"
fi

finish
