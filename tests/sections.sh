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

# Lists, repeats and operands keep the order given, separated by a blank line.
{ paragraph 1; echo; paragraph 6; } >"$tmp/one-six"
{ paragraph 6; echo; paragraph 1; } >"$tmp/six-one"
{ paragraph 1; echo; paragraph 10; } >"$tmp/one-ten"
run "$prog" -s 1,6
expect_output "$tmp/one-six" "-s 1,6"
run "$prog" -s 6,1
expect_output "$tmp/six-one" "-s 6,1"
run "$prog" -s "1, 6"
expect_output "$tmp/one-six" "-s '1, 6'"
run "$prog" -s mission -s prevention
expect_output "$tmp/one-ten" "-s mission -s prevention"
run "$prog" mission prevention
expect_output "$tmp/one-ten" "operands mission prevention"
run "$prog" development -s mission
expect_output "$tmp/six-one" "operand, then option: the order given"
run "$prog" -s 6 -- 1
expect_output "$tmp/six-one" "operands after --"
run "$prog" -s " 1 , 6 "
expect_output "$tmp/one-six" "spaces around the words of a list"
run "$prog" -s high-commissioner
paragraph 4 >"$tmp/four"
expect_output "$tmp/four" "a hyphenated id"
run "$prog" -s field
paragraph 8 >"$tmp/eight"
expect_output "$tmp/eight" "prefix of a hyphenated id"

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
run "$prog" -s "" 
expect_usage_error "unknown section ''" "empty section"
run "$prog" -s "1,,6"
expect_usage_error "unknown section ''" "empty item in a list"

# Out of range.
for number in 0 11 99999999999999999999; do
  run "$prog" -s $number
  expect_usage_error "there is no section '$number': the sections are numbered 1 to 10" "section $number"
done
run "$prog" -s -3
expect_usage_error "unknown section '-3'" "negative section number"
run "$prog" -s=-3
expect_usage_error "unknown section '=-3'" "section '=-3'"

finish
