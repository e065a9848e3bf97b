#!/bin/sh
# --random prints one section, and combines with --lang, --titles, --format.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_command jq jq

# The ten paragraphs, one per line.
sed -n '3~2p' "$golden/statement.en.txt" >"$tmp/paragraphs"

seen=
i=0
while [ $i -lt $((40 / sample_step + 10)) ]; do
  run "$prog" --random
  expect_status 0 "--random"
  [ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "--random: not one paragraph"
  grep -Fxq -f "$tmp/out" "$tmp/paragraphs" || fail "--random: not a paragraph of the statement"
  line=$(cat "$tmp/out")
  case $seen in *"|$line|"*) ;; *) seen="$seen|$line|" ;; esac
  i=$((i + 1))
done
# Every draw the same section, in at least 14 draws of ten: one chance in
# 10^13 at most.
[ "$(printf '%s' "$seen" | grep -o '||' | wc -l)" -ge 1 ] || fail "--random: always the same section"

run "$prog" --random --titles --lang fr
expect_status 0 "--random --titles --lang fr"
[ "$(wc -l <"$tmp/out")" -eq 3 ] || fail "--random --titles: a title, a blank line and a paragraph"
title=$(head -n 1 "$tmp/out")
"$prog" --lang fr --list | grep -Fq -- "$title" || fail "--random --titles: '$title' is not a French title"

run "$prog" --random -f json --lang ru
[ "$(jq '.sections | length' "$tmp/out")" = 1 ] || fail "--random -f json: one section"
[ "$(jq -r .language "$tmp/out")" = ru ] || fail "--random -f json: language"

run "$prog" --random -s mission,development
grep -Fxq -f "$tmp/out" "$tmp/paragraphs" || fail "--random -s: not a paragraph"
[ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "--random -s: not one paragraph"

run "$prog" --random --search xylophone
expect_status 1 "--random with a search that finds nothing"

# One section for all the languages asked for, drawn again and again.
i=0
while [ $i -lt $((20 / sample_step + 3)) ]; do
  run "$prog" --random --lang all -f json
  expect_status 0 "--random --lang all"
  [ "$(jq -c '[.[].sections | length] | unique' "$tmp/out")" = '[1]' ] \
    || fail "--random --lang all: not one section in each language"
  [ "$(jq -c '[.[].sections[0].number] | unique | length' "$tmp/out")" = 1 ] \
    || fail "--random --lang all: not the same section: $(jq -c '[.[].sections[0].number]' "$tmp/out")"
  i=$((i + 1))
done
# With a search, among the sections it finds in any of the languages; the
# same one in each.  "des" is a French and a Spanish word, not an English
# or a Russian one.
i=0
while [ $i -lt $((20 / sample_step + 3)) ]; do
  run "$prog" --random --lang all --search des -f json
  expect_status 0 "--random --lang all --search des"
  [ "$(jq -c '[.[].sections[0].number] | unique | length' "$tmp/out")" = 1 ] \
    || fail "--random --lang all --search des: not the same section"
  i=$((i + 1))
done

finish
