#!/bin/sh
# The command line's error matrix: every mistake exits 2 with a message
# that starts with the program's name and ends by pointing to --help.
# The mistakes getopt_long finds are worded as GNU getopt words them, as
# in every GNU program.
. "${abs_top_srcdir:-.}/tests/init.sh"

# expect_option_mistake MESSAGE WHAT: a usage error of two lines, the
# first exactly "ohchr-mission: MESSAGE".
expect_option_mistake ()
{
  expect_usage_error "$1" "$2"
  [ "$(head -n 1 "$tmp/err")" = "ohchr-mission: $1" ] \
    || fail "$2: the message is '$(head -n 1 "$tmp/err")'"
  [ "$(wc -l <"$tmp/err")" -eq 2 ] || fail "$2: $(wc -l <"$tmp/err") lines"
}

# expect_escaped WHAT: standard error is valid UTF-8 with no control
# character but the newlines.
expect_escaped ()
{
  iconv -f UTF-8 -t UTF-8 "$tmp/err" >/dev/null 2>&1 || fail "$1: invalid UTF-8 in the message"
  LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/err" \
    && fail "$1: a control character in the message"
  return 0
}

run "$prog" --bogus
expect_option_mistake "unrecognized option '--bogus'" "unknown long option"
run "$prog" --bogus=1
expect_option_mistake "unrecognized option '--bogus=1'" "unknown long option with a value"
run "$prog" --no-wrapping
expect_option_mistake "unrecognized option '--no-wrapping'" "an option's name and more"
run "$prog" -x
expect_option_mistake "invalid option -- 'x'" "unknown short option"
# Ambiguous: the options it could stand for, in the order of the
# program's table of long options, as getopt_long lists them.
run "$prog" --l
expect_option_mistake "option '--l' is ambiguous; possibilities: '--lang' '--list' '--languages'" "ambiguous option"
run "$prog" --l=en
expect_option_mistake "option '--l=en' is ambiguous; possibilities: '--lang' '--list' '--languages'" "ambiguous option with a value"
run "$prog" --c
expect_option_mistake "option '--c' is ambiguous; possibilities: '--cite' '--color' '--colour'" "ambiguous option, --color among them"
run "$prog" --titles -xt
expect_option_mistake "invalid option -- 'x'" "unknown letter in a cluster after a long option"
run "$prog" --search=x -tx
expect_option_mistake "invalid option -- 'x'" "unknown letter at the end of a cluster"
run "$prog" -- --bogus
expect_usage_error "unknown section '--bogus'" "after --, an option is an operand"
# An argument to an option that takes none; the option named in full.
for word in --list=yes --lis=yes --titles= --help=x --version=1; do
  name=${word%%=*}
  case $name in --lis) name=--list ;; esac
  run "$prog" "$word"
  expect_option_mistake "option '$name' doesn't allow an argument" "argument to a flag: $word"
done

for option in --section --width --lang --format --search --bidi; do
  run "$prog" $option
  expect_option_mistake "option '$option' requires an argument" "$option without its argument"
done
run "$prog" --wid
expect_option_mistake "option '--width' requires an argument" "--wid without its argument"
for option in -s -w -L -f -S; do
  run "$prog" $option
  expect_option_mistake "option requires an argument -- '${option#-}'" "$option without its argument"
done
run "$prog" -tw
expect_option_mistake "option requires an argument -- 'w'" "-tw without its argument"

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
run "$prog" -w "$bad"
expect_usage_error "invalid width 'dev\\xff\\xc0x'" "invalid UTF-8 in a width"
run "$prog" --lang "$bad"
expect_usage_error "unknown language 'dev\\xff\\xc0x'" "invalid UTF-8 in a language"
run "$prog" -s "$(printf 'a\033[31mb\nc')"
expect_usage_error "unknown section 'a\\x1b[31mb\\nc'" "control characters are escaped"
run "$prog" -s "it's"
expect_usage_error "unknown section 'it\\'s'" "an apostrophe is escaped"
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/err" && fail "raw bytes in a message"
# Only where the quotation marks are apostrophes: inside « » it is a
# letter like any other.
run env LANGUAGE=fr "$prog" -s "d'xyz"
expect_in "$tmp/err" "«$(printf '\302\240')d'xyz$(printf '\302\240')»" \
  "an apostrophe between guillemets"

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

# The user's bytes in the mistakes getopt_long finds: escaped, never
# echoed raw; the option itself is quoted whole, however long.
run "$prog" "--$bad"
expect_option_mistake "unrecognized option '--dev\\xff\\xc0x'" "invalid UTF-8 in an option"
expect_escaped "invalid UTF-8 in an option"
run "$prog" "$(printf -- '--dev\377x\033[31m\ty')"
expect_option_mistake "unrecognized option '--dev\\xffx\\x1b[31m\\ty'" "invalid UTF-8 and control characters in an option"
expect_escaped "invalid UTF-8 and control characters in an option"
run "$prog" "--it's"
expect_option_mistake "unrecognized option '--it\\'s'" "an apostrophe in an option"
expect_escaped "an apostrophe in an option"
run "$prog" "$(printf -- '--l=\033\377')"
expect_option_mistake "option '--l=\\x1b\\xff' is ambiguous; possibilities: '--lang' '--list' '--languages'" "control characters in an ambiguous option"
expect_escaped "control characters in an ambiguous option"
run "$prog" "$(printf -- '--list=\033\377')"
expect_option_mistake "option '--list' doesn't allow an argument" "control characters in a flag's argument"
expect_escaped "control characters in a flag's argument"
run "$prog" "$(printf -- '-\377\376')"
expect_option_mistake "invalid option -- '\\xff'" "invalid UTF-8 as an option letter"
expect_escaped "invalid UTF-8 as an option letter"
run "$prog" "$(printf -- '-t\033')"
expect_option_mistake "invalid option -- '\\x1b'" "a control character as an option letter"
expect_escaped "a control character as an option letter"
# getopt_long reads bytes, but a letter that is not ASCII is shown whole.
run "$prog" -té
expect_option_mistake "invalid option -- 'é'" "a letter that is not ASCII"
run "$prog" "$(printf -- '-\303')"
expect_option_mistake "invalid option -- '\\xc3'" "a letter cut short"
long=$(head -c 100000 /dev/zero | tr '\0' x)
run "$prog" "--$long"
expect_status 2 "a long unknown option"
printf "ohchr-mission: unrecognized option '--%s'\nTry 'ohchr-mission --help' for more information.\n" \
  "$long" >"$tmp/expected"
cmp -s "$tmp/expected" "$tmp/err" \
  || fail "a long unknown option: not quoted whole ($(wc -c <"$tmp/err") bytes, $(wc -l <"$tmp/err") lines)"

# The message does not need spare file descriptors (where the program
# runs at all with four).
if sh -c 'ulimit -n 4 && exec "$0" --version' "$prog" >/dev/null 2>&1; then
  run sh -c 'ulimit -n 4 && exec "$0" --bogus' "$prog"
  expect_option_mistake "unrecognized option '--bogus'" "with four file descriptors"
fi

# In the program's own catalog, whether or not the C library has one for
# the language (many systems have none in Arabic): a message in each
# language, and none of them left in English.
nbsp=$(printf '\302\240')
for case in "es|opción no reconocida «--bogus»" \
            "fr|option «$nbsp--bogus$nbsp» non reconnue" \
            "ar|الخيار «--bogus» غير معروف" \
            "ru|нераспознанный параметр «--bogus»"; do
  run env LANGUAGE="${case%%|*}" "$prog" --bogus
  expect_status 2 "--bogus in ${case%%|*}"
  expect_error_start "ohchr-mission: ${case#*|}" "--bogus in ${case%%|*}"
done
for lang in es fr ar ru; do
  for args in --bogus --l --list=x --width -x -w; do
    run env LANGUAGE=$lang "$prog" $args
    expect_status 2 "$args in $lang"
    grep -q -e 'unrecognized option' -e 'is ambiguous' -e possibilities \
         -e 'allow an argument' -e 'requires an argument' \
         -e 'invalid option' "$tmp/err" \
      && fail "$args in $lang: in English: $(head -n 1 "$tmp/err")"
  done
done

finish
