#!/bin/sh
# --list and --titles.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

run "$prog" --list
expect_status 0 "--list"
expect_no_errors "--list"
expect_output "$golden/en.list.txt" "--list"
# Columns are aligned: every id starts in column 5 and every title in the
# same column.
run "$prog" --list
awk '{ if (index($0, $2) != 5) exit 1 }' "$tmp/out" || fail "ids not in column 5"
awk '{ t = index($0, $3); if (NR > 1 && t != first) exit 1; first = t }' "$tmp/out" \
  || fail "titles not aligned"

# Too narrow for the titles beside the ids (which are never cut): each
# title goes under its id, and every line fits.
run "$prog" -l -w 22
expect_status 0 "--list -w 22"
[ "$(widest_line <"$tmp/out")" -le 22 ] || fail "--list -w 22: a line is wider than 22"
[ "$(sed -n 2p "$tmp/out")" = "        Mission" ] || fail "--list -w 22: the title is not under its id"

# A selection lists just those sections, in the statement's order.
run "$prog" --list -s 6,1
printf ' 1  mission            Mission\n 6  development        Right to development\n' >"$tmp/expected"
expect_output "$tmp/expected" "--list -s 6,1"

# Titles in other languages are aligned by display width too.
for lang in es fr ar zh ru; do
  run "$prog" --list --lang $lang
  expect_status 0 "--list --lang $lang"
  [ "$(wc -l <"$tmp/out")" -eq 10 ] || fail "--list --lang $lang: not ten lines"
  grep -q ' mission  ' "$tmp/out" || fail "--list --lang $lang: ids missing"
done
run "$prog" --list --lang es
expect_in "$tmp/out" " 6  development        Derecho al desarrollo" "--list in Spanish"

# --titles puts each section's title above its paragraph, with a blank
# line between them when there is no bold to tell them apart.
run "$prog" --titles -s 6
printf 'Right to development\n\n' >"$tmp/expected"
sed -n 13p "$golden/statement.en.txt" >>"$tmp/expected"
expect_output "$tmp/expected" "--titles -s 6"
run "$prog" -t
[ "$(grep -c -x -e 'Mission' -e 'Empowerment' "$tmp/out")" -eq 2 ] || fail "-t: titles missing"
[ "$(head -n 1 "$tmp/out")" = "Mission Statement" ] || fail "-t: the statement's title first"
run "$prog"
grep -qx 'Empowerment' "$tmp/out" && fail "titles shown without --titles"

# On a terminal, the lists fit it: the titles and the states wrap in their
# own column, in every language.
for lang in $languages; do
  for width in 80 50 40; do
    run "$pty_run" $width "$prog" --list --lang $lang --color=never
    expect_status 0 "--list --lang $lang on $width columns"
    [ "$(widest_line <"$tmp/out")" -le $width ] \
      || fail "--list --lang $lang on $width columns: a line of $(widest_line <"$tmp/out")"
  done
done
run "$pty_run" 80 "$prog" --list --lang fr --color=never
grep -q '^10  prevention         Élimination des obstacles et prévention des atteintes aux$' "$tmp/out" \
  && grep -q '^                       droits de l.homme$' "$tmp/out" \
  || fail "--list --lang fr on 80 columns: the long title does not wrap under its column"
for width in 60 40 30; do
  run env LANG=fr_FR.UTF-8 "$pty_run" $width "$prog" --languages
  [ "$(widest_line <"$tmp/out")" -le $width ] || fail "--languages on $width columns: a line is wider"
done
# Into a pipe, one line a section, whatever the length of its title.
run "$prog" --list --lang fr
[ "$(wc -l <"$tmp/out")" -eq 10 ] || fail "--list --lang fr into a pipe: not ten lines"

finish
