#!/bin/sh
# The command line's error matrix: every mistake exits 2 with a message
# that starts with the program's name and ends by pointing to --help.
# getopt_long words the mistakes in options, as in every GNU program.
. "${abs_top_srcdir:-.}/tests/init.sh"

run "$prog" --bogus
expect_usage_error "unrecognized option '--bogus'" "unknown long option"
run "$prog" --bogus=1
expect_usage_error "unrecognized option '--bogus=1'" "unknown long option with a value"
run "$prog" -x
expect_usage_error "invalid option -- 'x'" "unknown short option"
run "$prog" --l
expect_usage_error "option '--l' is ambiguous; possibilities:" "ambiguous option"
for option in "'--list'" "'--lang'" "'--languages'"; do
  expect_in "$tmp/err" "$option" "ambiguous option: $option is named"
done
run "$prog" --titles -xt
expect_usage_error "invalid option -- 'x'" "unknown letter in a cluster after a long option"
run "$prog" --search=x -tx
expect_usage_error "invalid option -- 'x'" "unknown letter at the end of a cluster"
run "$prog" -- --bogus
expect_usage_error "unknown section '--bogus'" "after --, an option is an operand"
run "$prog" --list=yes
expect_usage_error "option '--list' doesn't allow an argument" "argument to a flag"

for option in --section --width --lang --format --search; do
  run "$prog" $option
  expect_usage_error "option '$option' requires an argument" "$option without its argument"
done
for option in -s -w -L -f -S; do
  run "$prog" $option
  expect_usage_error "option requires an argument -- '${option#-}'" "$option without its argument"
done

# Widths: not numbers, negative, too large, trailing junk, empty.
for width in abc -1 -0 +5 10001 99999999999999999999999 40x 4.5 ' 40' '' 0x10; do
  run "$prog" --width="$width"
  expect_usage_error "invalid width '$width'" "--width='$width'"
  expect_error_line "The width is a number of columns from 1 to 10000, or 0 for no wrapping." "--width='$width' note"
done


# Bytes that are not UTF-8 are escaped, never echoed raw.
bad=$(printf 'dev\377\300x')
run "$prog" -s "$bad"
expect_usage_error "unknown section 'dev\\xff\\xc0x'" "invalid UTF-8 in a section"
run "$prog" "--$bad"
expect_usage_error "unrecognized option '--dev\\xff\\xc0x'" "invalid UTF-8 in an option"
run "$prog" -w "$bad"
expect_usage_error "invalid width 'dev\\xff\\xc0x'" "invalid UTF-8 in a width"
run "$prog" --lang "$bad"
expect_usage_error "unknown language 'dev\\xff\\xc0x'" "invalid UTF-8 in a language"
run "$prog" -s "$(printf 'a\033[31mb\nc')"
expect_usage_error "unknown section 'a\\x1b[31mb\\nc'" "control characters are escaped"
run "$prog" -s "it's"
expect_usage_error "unknown section 'it\\'s'" "an apostrophe is escaped"
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/err" && fail "raw bytes in a message"

# The first mistake is the one reported; --help and --version act when
# they are met, as in coreutils, so a mistake after them is not seen.
run "$prog" --bogus -s 99
expect_usage_error "unrecognized option '--bogus'" "first mistake first"
run "$prog" -w x --bogus
expect_usage_error "invalid width 'x'" "a bad value first"
run "$prog" --help --bogus
expect_status 0 "--help before a mistake"
expect_in "$tmp/out" "Usage:" "--help before a mistake"
run "$prog" --bogus --help
expect_usage_error "unrecognized option '--bogus'" "--help after a mistake"
run "$prog" --version -w x
expect_status 0 "--version before a mistake"
run "$prog" -w x --version
expect_usage_error "invalid width 'x'" "--version after a mistake"

# getopt_long's messages reach the terminal in the locale's character
# set, the user's invalid bytes escaped; a long option is quoted whole.
long=$(head -c 5000 /dev/zero | tr '\0' x)
run "$prog" "--$long"
expect_usage_error "unrecognized option '--xxxx" "a long unknown option"
expect_in "$tmp/err" "${long}'" "a long unknown option is quoted whole"

finish
