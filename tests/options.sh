#!/bin/sh
# How options combine and how their values are spelled: the last of two
# that contradict each other wins, a repeated --search adds words, and a
# natural guess gets a hint.
. "${abs_top_srcdir:-.}/tests/init.sh"

# The last of -w and -W wins, as in GNU tools.
"$prog" -s 5 >"$tmp/unwrapped"
"$prog" -s 5 -w 40 >"$tmp/w40"
for case in "-w 40 -W|unwrapped" "-W -w 40|w40" "-w 40 -w 0|unwrapped" \
            "-w 0 -w 40|w40" "--no-wrap --width=40|w40" "-w 20 -w 40|w40"; do
  args=${case%|*}
  run "$prog" -s 5 $args
  expect_status 0 "$args"
  expect_output "$tmp/${case#*|}" "$args"
done

# --color: the last wins; its values in any case or an unambiguous start,
# as --format's are.
esc=$(printf '\033')
for case in "--color=always --color=never|no" "--color=never --color=always|yes" \
            "--color=never --color|yes" "--color=ALWAYS|yes" "--color=Never|no" \
            "--color=al|yes" "--color=n|no" "--colour=fo|yes" "--color=YES|yes"; do
  args=${case%|*}
  run "$prog" -s 1 -t $args
  expect_status 0 "$args"
  if grep -q "$esc" "$tmp/out"; then got=yes; else got=no; fi
  [ "$got" = "${case#*|}" ] || fail "$args: colour $got"
done
run "$prog" --color=a
expect_usage_error "ambiguous argument 'a' for '--color'" "--color=a"
expect_error_line "Valid arguments are: 'always', 'never', 'auto'." "--color=a lists them"
run "$prog" --color=sometimes
expect_usage_error "invalid argument 'sometimes' for '--color'" "--color=sometimes"

# Abbreviations getopt_long accepts still work: the start of one name,
# or of two names of one option (--color, --colour).  --color's argument
# is optional: alone, even last, it is no mistake.
"$prog" --titles --section 5 >"$tmp/titled"
for args in "--ti --sec 5" "--tit --sec=5" "--section=5 --t"; do
  run "$prog" $args
  expect_status 0 "$args"
  expect_output "$tmp/titled" "$args"
done
for case in "--col -t|yes" "--colo=never -t|no" "-t --colou|yes" "-t --color|yes" "-t --colour=al|yes"; do
  args=${case%|*}
  run "$prog" $args
  expect_status 0 "$args"
  expect_no_errors "$args"
  if grep -q "$esc" "$tmp/out"; then got=yes; else got=no; fi
  [ "$got" = "${case#*|}" ] || fail "$args: colour $got"
done

# A repeated --search adds its words to the same search: every word must
# occur.
run "$prog" --list -S equality -S dialogue
expect_status 1 "-S equality -S dialogue: no section has both"
run "$prog" --list -S rights -S development
expect_status 0 "-S rights -S development"
[ "$(awk '{ print $2 }' "$tmp/out" | tr '\n' ' ')" = "development dialogue " ] \
  || fail "-S rights -S development: $(awk '{ print $2 }' "$tmp/out" | tr '\n' ' ')"
run "$prog" --list -S "rights development"
[ "$(awk '{ print $2 }' "$tmp/out" | tr '\n' ' ')" = "development dialogue " ] \
  || fail "-S 'rights development'"

# Hints for natural guesses.  A language's name or code as an operand:
for word in es ES español French ru_RU.UTF-8; do
  run "$prog" "$word"
  expect_usage_error "unknown section '$word'" "operand '$word'"
  expect_in "$tmp/err" "To print the text in " "operand '$word' suggests --lang"
  expect_in "$tmp/err" "'--lang=" "operand '$word' names --lang"
done
run "$prog" es
expect_error_line "To print the text in español, use '--lang=es'." "operand es: the hint"
# Traditional Chinese has no catalog: no hint offers it.
run "$prog" zh-TW
expect_usage_error "unknown section 'zh-TW'" "operand zh-TW"
grep -q "To print the text in" "$tmp/err" && fail "operand zh-TW: a hint offers a text there is not"
# A word of the statement, in the text's language:
run "$prog" equality
expect_usage_error "unknown section 'equality'" "operand equality"
expect_error_line "To print the sections that hold this word, use '--search=equality'." "operand equality: the hint"
run "$prog" --lang fr égalité
expect_error_line "To print the sections that hold this word, use '--search=égalité'." "operand égalité in French"
run "$prog" "human rights"
expect_error_line "To print the sections that hold this word, use '--search=human rights'." "operand 'human rights'"
# A value of --color written apart from it:
for word in never always auto nev NO; do
  run "$prog" --color "$word"
  expect_usage_error "unknown section '$word'" "--color $word"
  expect_error_line "'--color' takes its value after an equals sign: '--color=$word'." "--color $word: the hint"
done
# Nothing to suggest: only the pointer to --list.
run "$prog" xyzzy
expect_usage_error "unknown section 'xyzzy'" "xyzzy"
grep -q 'To print' "$tmp/err" && fail "xyzzy: a hint that does not fit"
grep -q "takes its value" "$tmp/err" && fail "xyzzy: a --color hint"
run "$prog" never
grep -q "takes its value" "$tmp/err" && fail "never, not after --color: a --color hint"

finish
