#!/bin/sh
# --format json and markdown.  The JSON is read back with jq.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

need_command jq jq

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
[ "$(jq -c '[.language, .tag, .direction, .original, [.sections[].id]]' "$tmp/out")" = '["es","es","ltr",false,["mission","development"]]' ] \
  || fail "json -L es -s 6,1: $(jq -c . "$tmp/out")"
[ "$(jq -r '.sections[1].title' "$tmp/out")" = "Derecho al desarrollo" ] || fail "json Spanish title"
[ "$(jq -r '.notice' "$tmp/out")" = "Esta traducción es propia de este programa y no es un texto oficial de las Naciones Unidas." ] \
  || fail "json: the translation's notice"
run "$prog" -f json -L zh,ar -s 1
[ "$(jq -c '[.[] | [.tag, .direction]]' "$tmp/out")" = '[["zh-Hans","ltr"],["ar","rtl"]]' ] \
  || fail "json: tags and directions: $(jq -c '[.[] | [.tag, .direction]]' "$tmp/out")"

# The source, in every language the same, as the Office published it.
run "$prog" -f json -L ru -s 1
[ "$(jq -r '.source.url' "$tmp/out")" = "http://www.ohchr.org/english/about/mission.htm" ] || fail "json: source address"
[ "$(jq -r '.source.author' "$tmp/out")" = "Office of the United Nations High Commissioner for Human Rights" ] \
  || fail "json: source author"
[ "$(jq -r '.source.title' "$tmp/out")" = "Mission Statement" ] || fail "json: source title"
run "$prog" -f json -s 1
[ "$(jq -c '[.original, .notice]' "$tmp/out")" = '[true,null]' ] || fail "json: the original has no notice"

# No match: still a document, with an empty list, and status 1.
run "$prog" -f json --search xylophone
expect_status 1 "json, no match"
[ "$(jq -c '.sections' "$tmp/out")" = '[]' ] || fail "json, no match: not an empty list: $(cat "$tmp/out")"
run "$prog" -f json --search xylophone --lang en,fr
expect_status 1 "json, no match, two languages"
[ "$(jq -c '[.[].sections]' "$tmp/out")" = '[[],[]]' ] || fail "json, no match, two languages"
run "$prog" -f json --list --search xylophone
[ "$(jq -c '.sections' "$tmp/out")" = '[]' ] || fail "json --list, no match"

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

# Markdown: "# title", then the paragraphs; with --titles, "## title", and
# with --number, "## 6. title".  Heading levels never skip one.
run "$prog" --format markdown
expect_status 0 "markdown"
expect_output "$golden/en.md" "markdown"
run "$prog" --format=markdown --titles -s 6
printf '# Right to development\n\n' >"$tmp/expected"
sed -n 13p "$golden/statement.en.txt" >>"$tmp/expected"
expect_output "$tmp/expected" "markdown --titles -s 6"
run "$prog" --format=markdown --titles --number -s 6
[ "$(head -n 1 "$tmp/out")" = "# 6. Right to development" ] || fail "markdown -t -n: numbered heading"
run "$prog" -f markdown -t
[ "$(grep -c '^## ' "$tmp/out")" = 10 ] || fail "markdown -t: ten section headings"
[ "$(head -n 1 "$tmp/out")" = "# Mission Statement" ] || fail "markdown -t: title heading"
run "$prog" -f markdown --number -s 5,6
[ "$(grep -c '^[56]\. ' "$tmp/out")" = 2 ] || fail "markdown -n: an ordered list item per section"
# levels_never_skip: each heading is at most one level below the one
# before it, and the first is level 1.
levels_never_skip ()
{
  awk '/^#+ / { n = index($0, " ") - 1; if (n > last + 1) exit 1; last = n }' "$tmp/out"
}
for args in "-t" "-t -s 1" "--lang all -t" "--lang all -t -s 1" "--lang en,fr -t --search rights" \
            "--lang all" "--lang all -s 2"; do
  run "$prog" -f markdown $args
  expect_status 0 "markdown $args"
  levels_never_skip || fail "markdown $args: a heading level is skipped: $(grep '^#' "$tmp/out" | head -n 4 | tr '\n' '|')"
done
run "$prog" -f markdown --lang all -t -s 1
[ "$(grep -c '^## ' "$tmp/out")" = 6 ] || fail "markdown --lang all -t -s 1: section headings at level 2"

# Wrapped only when a width is given, not to the terminal.
run "$pty_run" 30 "$prog" -f markdown
expect_output "$golden/en.md" "markdown on a terminal is not wrapped"
run "$prog" -f markdown -w 40
[ "$(widest_line <"$tmp/out")" -le 40 ] || fail "markdown -w 40: a line is wider"
run "$prog" -f markdown --lang all -s 1
[ "$(grep -c '^# ' "$tmp/out")" = 6 ] || fail "markdown --lang all: a heading per language"

# Format names: any case, or an unambiguous start; anything else exits 2
# with the list, as --color's values do.
for spelling in JSON Json j js jso; do
  run "$prog" -f $spelling -s 1
  jq -e . "$tmp/out" >/dev/null || fail "-f $spelling: not JSON"
done
run "$prog" -f M -s 1
expect_status 0 "-f M"
expect_in "$tmp/out" "The mission of the Office" "-f M is Markdown"
for format in xml "" txt jsonl textual; do
  run "$prog" --format="$format"
  expect_usage_error "invalid argument '$format' for '--format'" "--format='$format'"
  expect_error_line "Valid arguments are: 'text', 'json', 'markdown', 'html'." "--format='$format' lists them"
done

finish
