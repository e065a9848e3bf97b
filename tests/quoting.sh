#!/bin/sh
# For those who quote the statement: --number puts each section's number
# before it, --cite ends the text with a citation in its language.
. "${abs_top_srcdir:-.}/tests/init.sh"

address=http://www.ohchr.org/english/about/mission.htm
office="Office of the United Nations High Commissioner for Human Rights"

# --number: "5. " before the paragraph, its lines continuing under its
# first word.
run "$prog" -s 5,6 -n
expect_status 0 "-n"
[ "$(grep -c '^[56]\. OHCHR' "$tmp/out")" -eq 2 ] || fail "-n: the numbers before the paragraphs"
run "$prog" -s 5 -n -w 40
expect_status 0 "-n -w 40"
[ "$(head -c 3 "$tmp/out")" = "5. " ] || fail "-n -w 40: the number first"
[ "$(widest_line <"$tmp/out")" -le 40 ] || fail "-n -w 40: a line is wider"
tail -n +2 "$tmp/out" | grep -v '^   [^ ]' && fail "-n -w 40: a line does not continue under the first"
sed 's/^[0-9]*\. //; s/^   //' "$tmp/out" | tr '\n' ' ' | tr -s ' ' >"$tmp/words"
"$prog" -s 5 | tr -s ' ' | sed 's/ $//' >"$tmp/expected-words"
[ "$(sed 's/ $//' "$tmp/words")" = "$(cat "$tmp/expected-words")" ] || fail "-n -w 40: words lost"
# With --titles, the number goes with the title, as a heading's.
run "$prog" -s 6 -n -t
[ "$(head -n 1 "$tmp/out")" = "6. Right to development" ] || fail "-n -t: the number with the title"
grep -q '^6\. OHCHR' "$tmp/out" && fail "-n -t: the paragraph numbered too"
# In every language, the number is the same.
run "$prog" -s 10 -n --lang ar,zh
[ "$(grep -c '^10\. ' "$tmp/out")" -eq 2 ] || fail "-n --lang ar,zh: the number in each language"

# --cite: the Office, the title, the sections, the source.
run "$prog" -s 5,6 --cite
expect_status 0 "--cite"
[ "$(tail -n 1 "$tmp/out")" = "$office, “Mission Statement”, sections 5, 6. Source: $address" ] \
  || fail "--cite: '$(tail -n 1 "$tmp/out")'"
[ "$(tail -n 2 "$tmp/out" | head -n 1)" = "" ] || fail "--cite: no blank line before the citation"
run "$prog" -s 2 --cite
[ "$(tail -n 1 "$tmp/out")" = "$office, “Mission Statement”, section 2. Source: $address" ] \
  || fail "--cite -s 2: '$(tail -n 1 "$tmp/out")'"
run "$prog" --cite
[ "$(tail -n 1 "$tmp/out")" = "$office, “Mission Statement”. Source: $address" ] \
  || fail "--cite, the whole statement: '$(tail -n 1 "$tmp/out")'"
# A translation is cited in its language, as the program's own.
run "$prog" -s 1 --cite --lang es
[ "$(tail -n 2 "$tmp/out" | head -n 1)" = "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos, «Declaración de misión», sección 1. Fuente: $address" ] \
  || fail "--cite --lang es: '$(tail -n 2 "$tmp/out" | head -n 1)'"
[ "$(tail -n 1 "$tmp/out")" = "Esta traducción es propia de este programa y no es un texto oficial de las Naciones Unidas." ] \
  || fail "--cite --lang es: the notice"
run "$prog" -s 1-5 --cite --lang ru
expect_in "$tmp/out" "разделы 1, 2, 3, 4, 5. Источник: $address" "--cite --lang ru: the plural"
run "$prog" -s 2,3 --cite --lang ar
expect_in "$tmp/out" "القسمان 2، 3" "--cite --lang ar: the dual"
run "$prog" -s 2,3 --cite --lang zh
expect_in "$tmp/out" "《使命宣言》，第2、3节。来源：$address" "--cite --lang zh"
# Each language's text ends with its own citation.
run "$prog" -s 1 --cite --lang en,fr
[ "$(grep -c "$address" "$tmp/out")" -eq 2 ] || fail "--cite --lang en,fr: a citation each"
# Wrapped, the address is never cut: it ends the citation on a line of its
# own.
for width in 20 40 60 80; do
  for lang in en fr zh; do
    run "$prog" -s 5 --cite -w $width --lang $lang
    grep -qx "$address" "$tmp/out" || fail "--cite -w $width --lang $lang: the address is cut"
  done
done
# JSON carries the source always; Markdown makes the address a link.
run "$prog" -s 1 --cite -f markdown
expect_in "$tmp/out" "<$address>" "--cite -f markdown: the address as a link"
expect_in "$tmp/out" "section 1. Source:" "--cite -f markdown: the citation"

finish
