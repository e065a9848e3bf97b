#!/bin/sh
# --search: sections holding every word, whatever the case and accents, in
# the chosen language; nothing and status 1 when nothing matches.
. "${abs_top_srcdir:-.}/tests/init.sh"

ids_found ()
{
  run "$prog" --list "$@"
  awk '{ printf "%s ", $2 }' "$tmp/out" | sed 's/ $//'
}

expect_ids ()
{
  expected=$1
  shift
  got=$(ids_found "$@")
  [ "$got" = "$expected" ] || fail "$*: found '$got', expected '$expected'"
}

expect_ids "development dialogue" --search "right to development"
expect_ids "development" --search "rights-based approach"
expect_ids "development" --search "DEVELOPMENT rights-based"
expect_ids "universality" --search equality
expect_ids "foundations" --search "vienna"
expect_ids "universality prevention" --search "realization all rights" -s universality,prevention
expect_ids "development dialogue" --search developm --section development,dialogue,mission
expect_ids "development" -L es --search DESARROLLO
expect_ids "development" -L es --search desarrollo
expect_ids "development dialogue" -L fr --search developpement
expect_ids "development" -L fr --search "FONDÉE developpement"
expect_ids "development" -L fr --search "DÉVELOPPEMENT fondée"
expect_ids "development dialogue" -L ru --search "РАЗВИТИ"
expect_ids "development" -L ru --search "развитию"
expect_ids "development" -L zh --search "发展权"

# The text of a match is printed like any section.
run "$prog" --search equality
expect_status 0 "--search equality"
sed -n 11p "$golden/statement.en.txt" >"$tmp/expected"
expect_output "$tmp/expected" "--search equality prints the paragraph"

# No match: nothing printed, status 1; in every format.
for format in text markdown; do
  run "$prog" --search "xylophone" -f $format
  expect_status 1 "no match, $format"
  expect_no_output "no match, $format"
  expect_no_errors "no match, $format"
done
# (JSON is still a document: see formats.sh.)
run "$prog" --search "human xylophone"
expect_status 1 "every word must match"

# With several languages, a section is found when it matches in any of
# them, and the same sections are shown in each.
run "$prog" --lang all --search desarrollo --list
expect_status 0 "--lang all --search desarrollo"
[ "$(grep -c development "$tmp/out")" = 6 ] || fail "--lang all --search: the section in each language"
run "$prog" --lang all --search desarrollo
[ "$(head -n 1 "$tmp/out")" = "English" ] || fail "--lang all --search: the languages in their order"
run "$prog" --lang all --search desarrollo -f json
[ "$(jq -c '[.[] | .sections | length]' "$tmp/out")" = '[1,1,1,1,1,1]' ] \
  || fail "--lang all --search json: $(jq -c '[.[] | .sections | length]' "$tmp/out")"
run "$prog" --lang en,es --search desarrollo --color=always -f text
esc=$(printf '\033')
[ "$(grep -c "$esc\\[1;31m" "$tmp/out")" = 1 ] || fail "--lang en,es --search: the match highlighted in Spanish alone"

# Highlighting, when colour is on: the matches, not the rest.
run "$prog" --search "EQUALITY" --color=always
esc=$(printf '\033')
expect_in "$tmp/out" "${esc}[1;31mequality${esc}[0m" "match highlighted"
run "$prog" --search "equality" --color=never
grep -q "$esc" "$tmp/out" && fail "--color=never has escapes"
run "$prog" -L fr --search "egalite" --color=always
expect_in "$tmp/out" "${esc}[1;31mégalité${esc}[0m" "accented match highlighted whole"

# A search word needs a word.
for words in "" "   "; do
  run "$prog" --search "$words"
  expect_usage_error "option '--search' needs at least one word" "--search '$words'"
done

finish
