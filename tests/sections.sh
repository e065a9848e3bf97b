#!/bin/sh
# Choosing sections: numbers, ids, prefixes, case, comma lists, repeats,
# operands, order; unknown, ambiguous and out-of-range sections.
. "${abs_top_srcdir:-.}/tests/init.sh"

paragraph ()
{
  sed -n "$((2 * $1 + 1))p" "$golden/statement.en.txt"
}

# Each way of naming section 6 gives the same paragraph.
paragraph 6 >"$tmp/six"
for word in 6 06 development dev DEVELOPMENT Development devel "Right to development" right; do
  run "$prog" --section "$word"
  expect_status 0 "--section '$word'"
  expect_output "$tmp/six" "--section '$word'"
done
run "$prog" -s dev
expect_output "$tmp/six" "-s dev"
run "$prog" development
expect_output "$tmp/six" "operand development"

# Lists, repeats and operands: the sections in the statement's order, each
# once, separated by a blank line (as cut prints fields).
{ paragraph 1; echo; paragraph 6; } >"$tmp/one-six"
{ paragraph 1; echo; paragraph 10; } >"$tmp/one-ten"
for args in "-s 1,6" "-s 6,1" "-s 1,6," "-s ,6,,1" "-s 6 -s 1" "6 1" "-s 1,6,1,6,6" \
            "development -s mission" "-s 6 -- 1" "-s development,1"; do
  run "$prog" $args
  expect_status 0 "$args"
  expect_output "$tmp/one-six" "$args"
done
run "$prog" -s " 1 , 6 "
expect_output "$tmp/one-six" "spaces around the words of a list"
run "$prog" -s mission -s prevention
expect_output "$tmp/one-ten" "-s mission -s prevention"
run "$prog" mission prevention
expect_output "$tmp/one-ten" "operands mission prevention"
run "$prog" -s high-commissioner
paragraph 4 >"$tmp/four"
expect_output "$tmp/four" "a hyphenated id"
run "$prog" -s field
paragraph 8 >"$tmp/eight"
expect_output "$tmp/eight" "prefix of a hyphenated id"

# Ranges of numbers: closed, open at either end, with spaces.
numbers_of ()
{
  run "$prog" --list "$@"
  expect_status 0 "--list $*"
  awk '{ printf "%s%s", sep, $1; sep = "," } END { print "" }' "$tmp/out"
}
for case in "2-4 2,3,4" "8- 8,9,10" "-3 1,2,3" "1-10 1,2,3,4,5,6,7,8,9,10" \
            "5-5 5" "2-3,3-4 2,3,4" "9-,1 1,9,10" "-3,8- 1,2,3,8,9,10"; do
  set -- $case
  spec=${case% *}
  got=$(numbers_of -s "$spec")
  [ "$got" = "$2" ] || fail "-s '$spec' gives $got, expected $2"
done
got=$(numbers_of -s-3)
[ "$got" = "1,2,3" ] || fail "-s-3 gives $got"
got=$(numbers_of -s " 2 - 3 ")
[ "$got" = "2,3" ] || fail "-s ' 2 - 3 ' gives $got"

# Unknown: the near match is named, and --list is pointed to.
run "$prog" -s devlopment
expect_usage_error "unknown section 'devlopment'; did you mean 'development'" "near match"
expect_error_line "'ohchr-mission --list' lists the sections by number, id and title." "pointer to --list"
run "$prog" -s xyzzy
expect_usage_error "unknown section 'xyzzy'" "unknown section"
run "$prog" quux
expect_usage_error "unknown section 'quux'" "unknown operand"

# Ambiguous: the candidates are named.
run "$prog" -s d
expect_usage_error "section 'd' is ambiguous; it could be: 'development' (Right to development), 'dialogue' (Dialogue with governments)" "ambiguous prefix"
# Ten candidates, each quoted: the word is still quoted right.
run "$prog" --lang all -s "ا"
expect_usage_error "section 'ا' is ambiguous; it could be: 'mission' (Mission), " "ten candidates"
expect_in "$tmp/err" "'prevention' (Removing obstacles and preventing abuses)" "ten candidates: the last"
# Nothing named: an empty argument, or commas alone.
for spec in "" "," ", ,"; do
  run "$prog" -s "$spec"
  expect_usage_error "no section named in '$spec'" "-s '$spec'"
done

# Out of range, and ranges that go backwards or past the end.
for number in 0 11 99999999999999999999 2-11 0-3 11- -0; do
  run "$prog" -s $number
  expect_usage_error "there is no section '$number': the sections are numbered 1 to 10" "section $number"
done
run "$prog" -s 4-2
expect_usage_error "the range '4-2' goes backwards: write the smaller number first" "backwards range"
for spec in "-" "--" "2--4" "2-4-6" "=-3" "1-x"; do
  run "$prog" -s "$spec"
  expect_usage_error "unknown section '$spec'" "-s '$spec'"
done

finish
