#!/bin/sh
# --search: the sections whose text or title holds every term, matched as a
# reader of the language expects; nothing and status 1 when none does.
. "${abs_top_srcdir:-.}/tests/init.sh"

# The numbers of the sections the last run listed, on one line.
numbers_listed ()
{
  awk '{ printf "%s ", $1 }' "$tmp/out" | sed 's/ $//'
}

# expect_numbers EXPECTED LANG WORDS...: --lang LANG --search WORDS finds
# the sections EXPECTED ("" for none, then with status 1).
expect_numbers ()
{
  expected=$1 lang=$2
  shift 2
  run env LC_ALL=C.UTF-8 "$prog" --list --lang "$lang" --search "$@"
  got=$(numbers_listed)
  [ "$got" = "$expected" ] \
    || fail "--lang $lang --search $*: found '$got', expected '$expected'"
  if [ -z "$expected" ]; then
    expect_status 1 "--lang $lang --search $*"
  else
    expect_status 0 "--lang $lang --search $*"
  fi
  expect_no_errors "--lang $lang --search $*"
}

esc=$(printf '\033')
match_on="${esc}[1;31m"
match_off="${esc}[0m"

# expect_highlight LANG WORDS TEXT: with colour, TEXT is highlighted whole.
expect_highlight ()
{
  run env LC_ALL=C.UTF-8 "$prog" --lang "$1" --search "$2" --color=always -t
  expect_in "$tmp/out" "$match_on$3$match_off" "--lang $1 --search $2 highlights '$3'"
}

## Words as each language expects them found.

# Spanish: ñ is a letter of its own, and a word is not found inside a longer
# one ("humanos").
expect_numbers "" es "año"
expect_numbers "" es "ano"
expect_numbers "1 2 3 4 5 7 8 9 10" es "humanos"

# Russian: й is a letter of its own, ё is е; a word finds its other forms.
expect_numbers "" ru "й"
expect_numbers "1 2 3 5 6 7 8 9 10" ru "и"
expect_numbers "5 8" ru "какой"
expect_numbers "" ru "какои"
expect_numbers "1 2 3 4 9 10" ru "Объединённых"
expect_numbers "1 2 3 4 9 10" ru "объединенных"
expect_numbers "5" ru "равенство"
expect_highlight ru "равенство" "равенства"

# French: œ is oe; the typographic apostrophe is the apostrophe.
expect_numbers "2 3 7 8" fr "oeuvre"
expect_numbers "2 3 7 8" fr "œuvre"
expect_numbers "1 2 3 4 5 7 8 9 10" fr "l’homme"
expect_numbers "1 2 3 4 5 7 8 9 10" fr "l'homme"
expect_numbers "" fr "ouvre"
expect_highlight fr "oeuvre" "œuvre"

# Arabic: the alef forms, ى and ي, ة and ه, tatweel, the marks and the
# Arabic-Indic digits do not matter.
expect_numbers "5" ar "المساواه"
expect_numbers "" ar "المساوات"
expect_numbers "2 3 4 5 6 7 8" ar "علي"
expect_numbers "1 2 3 4 9 10" ar "الأمــم"
expect_numbers "1 2 3 4 9 10" ar "الامم"
expect_numbers "2" ar "١٩٩٣"
expect_numbers "" ar "١٩٩٤"
expect_numbers "3" ar "عالميا"
# The tanwin is highlighted with its letter: the colour does not break the
# word's joining.
expect_highlight ar "عالميا" "عالمياً"
expect_highlight ar "علي" "على"

# Chinese: full-width and ASCII forms are one; a term is found inside the
# text.
expect_numbers "2" zh "１９９３"
expect_numbers "1" zh "(人权高专办)"
expect_numbers "1 2 3 4 5 6 7 8 10" zh "人权高专办"
expect_highlight zh "(人权高专办)" "（人权高专办）"

# English: whole words, in any of their forms; phrases; titles.
expect_numbers "5" en "equal"
expect_numbers "" en "equ"
expect_numbers "1 2 3 4 5 6 7 8 9 10" en "right"
expect_numbers "6" en "rights-based"
expect_numbers "6" en "rights‐based"           # U+2010 HYPHEN
expect_numbers "" en "based-rights"                # in that order
expect_numbers "2 3 8" en "human rights treaties"
expect_numbers "2 8" en '"human rights treaties"'
expect_numbers "2 8" en '“human rights treaties”'
expect_numbers "6" en '"rights-based approach"'
expect_numbers "" en '"approach rights-based"'
expect_numbers "9" en "empowerment"
expect_numbers "2" en "foundations"
expect_highlight en "equal" "equality"
expect_highlight en '"rights-based approach"' "rights-based approach"

# A title's match is highlighted in the title, in bold around it.
run env LC_ALL=C.UTF-8 "$prog" --lang en --search empowerment -t --color=always
expect_in "$tmp/out" "${esc}[1m$match_on""Empowerment$match_off${esc}[1m$match_off" \
  "the title's match highlighted"
run env LC_ALL=C.UTF-8 "$prog" --lang fr --search autonomisation -t --color=always
expect_in "$tmp/out" "$match_on""Autonomisation$match_off" "a French title's match"

## Plain words and phrases.
expect_numbers "6 7" en "right to development"
expect_numbers "6" en "DEVELOPMENT rights-based"
expect_numbers "5" en "equality"
expect_numbers "2" en "vienna"
expect_numbers "6 7" es "DESARROLLO"
expect_numbers "6 7" fr "developpement"
expect_numbers "6" fr "FONDÉE developpement"
expect_numbers "6" fr "DÉVELOPPEMENT fondée"
expect_numbers "6 7" ru "РАЗВИТИЕ"
expect_numbers "6 7" ru "развитию"
expect_numbers "6" zh "发展权"
expect_numbers "5 10" en "realization all rights" -s universality,prevention
expect_numbers "5" en "realization all rights" -s universality,dialogue

# The text of a match is printed like any section.
run env LC_ALL=C.UTF-8 "$prog" --lang en --search equality
expect_status 0 "--search equality"
sed -n 11p "$golden/statement.en.txt" >"$tmp/expected"
expect_output "$tmp/expected" "--search equality prints the paragraph"

# No match: nothing printed, status 1 (JSON is still a document: see
# formats.sh).
for format in text markdown; do
  run env LC_ALL=C.UTF-8 "$prog" --lang en --search "xylophone" -f $format
  expect_status 1 "no match, $format"
  expect_no_output "no match, $format"
  expect_no_errors "no match, $format"
done
run env LC_ALL=C.UTF-8 "$prog" --lang en --search "human xylophone"
expect_status 1 "every word must match"

# With several languages, a section is found when it matches in any of
# them, and the same sections are shown in each; each language is searched
# in its own text ("desarrollo" is Spanish: sections 6 and 7).
run env LC_ALL=C.UTF-8 "$prog" --lang all --search desarrollo --list
expect_status 0 "--lang all --search desarrollo"
[ "$(grep -c '^ *[67] ' "$tmp/out")" = 12 ] || fail "--lang all --search: the sections in each language"
run env LC_ALL=C.UTF-8 "$prog" --lang all --search desarrollo
[ "$(head -n 1 "$tmp/out")" = "English" ] || fail "--lang all --search: the languages in their order"
run env LC_ALL=C.UTF-8 "$prog" --lang all --search desarrollo -f json
if have_command jq; then
  [ "$(jq -c '[.[] | .sections | length]' "$tmp/out")" = '[2,2,2,2,2,2]' ] \
    || fail "--lang all --search json: $(jq -c '[.[] | .sections | length]' "$tmp/out")"
fi
run env LC_ALL=C.UTF-8 "$prog" --lang en,es --search desarrollo --color=always -s 6
[ "$(grep -cF "$match_on" "$tmp/out")" = 1 ] || fail "--lang en,es --search: the match highlighted in Spanish alone"

# Highlighting, when colour is on: the matches, not the rest.
run env LC_ALL=C.UTF-8 "$prog" --lang en --search "EQUALITY" --color=always
expect_in "$tmp/out" "${match_on}equality$match_off" "match highlighted"
run env LC_ALL=C.UTF-8 "$prog" --lang en --search "equality" --color=never
grep -q "$esc" "$tmp/out" && fail "--color=never has escapes"
run env LC_ALL=C.UTF-8 "$prog" --lang fr --search "egalite" --color=always
expect_in "$tmp/out" "${match_on}égalité$match_off" "accented match highlighted whole"

# A search needs a word.
for words in "" "   " "- , ." '""'; do
  run env LC_ALL=C.UTF-8 "$prog" --lang en --search "$words"
  expect_usage_error "option '--search' needs at least one word" "--search '$words'"
done

# A phrase must be closed.
for words in '"rights-based approach' 'human "rights' '«droits'; do
  run env LC_ALL=C.UTF-8 "$prog" --lang en --search "$words"
  expect_usage_error "the search '$words' opens a phrase with a double quote and does not close it" \
    "--search '$words'"
  expect_error_line "A phrase goes between two double quotes: --search '\"rights-based approach\"'" \
    "--search '$words': the way out"
done
# In each language of the messages, the note's phrase is one of the text
# in that language, and is found.
for locale in es_ES.UTF-8 fr_FR.UTF-8 ar_EG.UTF-8 zh_CN.UTF-8 ru_RU.UTF-8; do
  run env LANG=$locale "$prog" --search '"a'
  example=$(sed -n "s/.*--search '\(\"[^']*\"\)'.*/\1/p" "$tmp/err")
  run env LANG=$locale "$prog" --search "$example"
  expect_status 0 "LANG=$locale: the note's example --search '$example'"
done
# A phrase with an apostrophe is written for the shell all the same.
edited_catalog "$tmp/apostrophe" fr \
  '/^msgid "rights-based approach"$/{n;s/.*/msgstr "'"droits de l'homme"'"/;}'
run env OHCHR_MISSION_LOCALEDIR="$tmp/apostrophe" LANGUAGE=fr "$prog" --search '"a'
example=$(sed -n 's/.*\(--search .*\)$/\1/p' "$tmp/err")
case $example in
  *"l'\\''homme"*) ;;
  *) fail "an apostrophe in the note's example: '$example'" ;;
esac
eval "run env LANGUAGE=fr \"\$prog\" $example"
expect_status 0 "an apostrophe in the note's example: $example"

# Snowball's stemmers are loaded by a search, not by every run; without
# them, a search finds the words as written, and says so.
soname=$(sed -n 's/^#define STEMMER_SONAME "\(.*\)"$/\1/p' "$abs_top_builddir/config.h")
if command -v ldd >/dev/null 2>&1; then
  ldd "$prog" | grep -q libstemmer && fail "the program is linked with libstemmer: every run loads it"
fi
mkdir "$tmp/lib"
: >"$tmp/lib/$soname"
run env LC_ALL=C.UTF-8 LD_LIBRARY_PATH="$tmp/lib" "$prog" --lang ru --list --search равенство
expect_status 1 "without libstemmer: равенство is not равенства"
expect_error_start "ohchr-mission: Snowball's stemmers ($soname) cannot be loaded" "without libstemmer"
run env LC_ALL=C.UTF-8 LD_LIBRARY_PATH="$tmp/lib" "$prog" --lang ru --list --search равенства
expect_status 0 "without libstemmer: the word as written"

finish
