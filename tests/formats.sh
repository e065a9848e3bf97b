#!/bin/sh
# --format json and markdown.  The JSON is read back with jq.
. "${abs_top_srcdir:-.}/tests/init.sh"

command -v jq >/dev/null 2>&1 || { echo "jq is missing"; exit 77; }

# JSON: one object holding the ten sections, never wrapped, text exact.
run "$prog" --format json
expect_status 0 "json"
jq -e . "$tmp/out" >/dev/null || fail "json: not valid JSON"
[ "$(jq -r '.language' "$tmp/out")" = en ] || fail "json: language"
[ "$(jq -r '.original' "$tmp/out")" = true ] || fail "json: English is the original"
[ "$(jq -r '.title' "$tmp/out")" = "Mission Statement" ] || fail "json: title"
[ "$(jq '.sections | length' "$tmp/out")" = 10 ] || fail "json: ten sections"
[ "$(jq -r '[.sections[].number] | join(",")' "$tmp/out")" = "1,2,3,4,5,6,7,8,9,10" ] || fail "json: numbers"
jq -r '.title, (.sections[] | "", .text)' "$tmp/out" >"$tmp/text"
cmp -s "$tmp/text" "$golden/statement.en.txt" || fail "json: the text differs from the statement"
[ "$(jq -r '.sections[5].id' "$tmp/out")" = development ] || fail "json: ids"
[ "$(jq -r '.sections[5].title' "$tmp/out")" = "Right to development" ] || fail "json: titles"

# Never wrapped, whatever the width or the terminal.
run "$prog" -f json -w 20
jq -r '.title, (.sections[] | "", .text)' "$tmp/out" | cmp -s - "$golden/statement.en.txt" \
  || fail "json -w 20 is wrapped"
run "$pty_run" 30 "$prog" -f json
jq -e . "$tmp/out" >/dev/null || fail "json on a terminal: not valid JSON"
grep -q "$(printf '\033')" "$tmp/out" && fail "json on a terminal has escapes"

# The selected sections, in the chosen language, which says it is a translation.
run "$prog" -f json -L es -s 6,1
[ "$(jq -c '[.language, .original, [.sections[].id]]' "$tmp/out")" = '["es",false,["development","mission"]]' ] \
  || fail "json -L es -s 6,1: $(jq -c . "$tmp/out")"
[ "$(jq -r '.sections[0].title' "$tmp/out")" = "Derecho al desarrollo" ] || fail "json Spanish title"

# --lang all: an array of six objects.
run "$prog" -f json --lang all -s development
[ "$(jq -c '[.[].language]' "$tmp/out")" = '["en","es","fr","ar","zh","ru"]' ] \
  || fail "json --lang all: $(jq -c '[.[].language]' "$tmp/out")"
[ "$(jq -c '[.[].original]' "$tmp/out")" = '[true,false,false,false,false,false]' ] || fail "json --lang all: original"

# Valid UTF-8 and RFC 8259 in every language, whatever the locale.
for lang in $languages; do
  run env LC_ALL=C "$prog" -f json -L $lang
  jq -e . "$tmp/out" >/dev/null || fail "json -L $lang: not valid"
  iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "json -L $lang: not UTF-8"
done

# --list and --languages in JSON.
run "$prog" -f json --list
[ "$(jq -r '.sections[9].id' "$tmp/out")" = prevention ] || fail "json --list"
[ "$(jq '.sections[0] | has("text")' "$tmp/out")" = false ] || fail "json --list has no text"
run "$prog" -f json --languages
[ "$(jq -r '[.[].code] | join(" ")' "$tmp/out")" = "$languages" ] || fail "json --languages"
[ "$(jq -r '.[3].name' "$tmp/out")" = "العربية" ] || fail "json --languages names"

# Markdown: "# title", then the paragraphs; with --titles, "## n. title".
run "$prog" --format markdown
expect_status 0 "markdown"
expect_output "$golden/en.md" "markdown"
run "$prog" --format=markdown --titles -s 6
printf '## 6. Right to development\n\n' >"$tmp/expected"
sed -n 13p "$golden/statement.en.txt" >>"$tmp/expected"
expect_output "$tmp/expected" "markdown --titles -s 6"
run "$prog" -f markdown -t
[ "$(grep -c '^## [0-9]*\. ' "$tmp/out")" = 10 ] || fail "markdown -t: ten section headings"
[ "$(head -n 1 "$tmp/out")" = "# Mission Statement" ] || fail "markdown -t: title heading"

# Wrapped only when a width is given, not to the terminal.
run "$pty_run" 30 "$prog" -f markdown
expect_output "$golden/en.md" "markdown on a terminal is not wrapped"
run "$prog" -f markdown -w 40
[ "$(widest_line <"$tmp/out")" -le 40 ] || fail "markdown -w 40: a line is wider"
run "$prog" -f markdown --lang all -s 1
[ "$(grep -c '^# ' "$tmp/out")" = 6 ] || fail "markdown --lang all: a heading per language"

# Format names: any case; anything else exits 2 with the list.
run "$prog" -f JSON -s 1
jq -e . "$tmp/out" >/dev/null || fail "-f JSON"
for format in xml "" txt jsonl; do
  run "$prog" --format="$format"
  expect_usage_error "unknown format '$format'" "--format='$format'"
  expect_error_line "The formats are: text, json, markdown." "--format='$format' lists them"
done

finish
