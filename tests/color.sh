#!/bin/sh
# --color: auto colours only on a terminal, without NO_COLOR, with a TERM
# other than dumb; escape sequences never count toward the width.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

esc=$(printf '\033')
has_colour () { grep -q "$esc\\[" "$tmp/out"; }

run "$pty_run" 60 "$prog" -t -s 1
has_colour || fail "auto on a terminal: no colour"
expect_in "$tmp/out" "${esc}[1mMission${esc}[0m" "auto: title in bold"
for when in "" =auto =tty =if-tty; do
  run "$pty_run" 60 "$prog" -t -s 1 --color$when
  has_colour || fail "--color$when on a terminal: no colour"
done
run "$pty_run" 60 env NO_COLOR=1 "$prog" -t -s 1
has_colour && fail "NO_COLOR=1: colour"
run "$pty_run" 60 env NO_COLOR= "$prog" -t -s 1
has_colour || fail "empty NO_COLOR: no colour"
run "$pty_run" 60 env TERM=dumb "$prog" -t -s 1
has_colour && fail "TERM=dumb: colour"
run "$pty_run" 60 env -u TERM "$prog" -t -s 1
has_colour && fail "TERM unset: colour"
run "$pty_run" 60 "$prog" -t -s 1 --color=never
has_colour && fail "--color=never on a terminal: colour"
run "$prog" -t -s 1
has_colour && fail "auto into a pipe: colour"
for when in always yes force; do
  run env NO_COLOR=1 TERM=dumb "$prog" -t -s 1 --color=$when
  has_colour || fail "--color=$when: no colour"
done
run "$prog" -t -s 1 --colour=always
has_colour || fail "--colour=always: no colour"
for when in never no none; do
  run "$prog" -t -s 1 --color=$when
  has_colour && fail "--color=$when: colour"
done
run "$prog" --color=sometimes
expect_usage_error "invalid argument 'sometimes' for '--color'" "bad WHEN"
expect_error_line "Valid arguments are: 'always', 'never', 'auto'." "bad WHEN lists them"

# JSON and Markdown are never coloured.
run "$prog" -f json --color=always --search rights
has_colour && fail "json coloured"
run "$prog" -f markdown --color=always -t
has_colour && fail "markdown coloured"

# Escapes take no columns: every line, without them, fits the width, and
# the lines are those of the uncoloured output, but for the blank line
# that sets a title apart when it is not in bold.
for width in 20 33 40 57; do
  run "$prog" --color=always -t -w $width --search "human rights"
  without_sequences <"$tmp/out" >"$tmp/plain"
  [ "$(widest_line <"$tmp/plain")" -le $width ] || fail "--color at width $width: a line is wider"
  "$prog" --color=never -t -w $width --search "human rights" >"$tmp/uncoloured"
  [ "$(grep -c . "$tmp/uncoloured")" -eq "$(grep -c . "$tmp/plain")" ] \
    || fail "--color at width $width: not as many lines as without colour"
  grep . "$tmp/plain" >"$tmp/plain.text"
  grep . "$tmp/uncoloured" | cmp -s - "$tmp/plain.text" \
    || fail "--color at width $width: other lines than without colour"
done

# Without colour, a title is followed by a blank line, so that one that
# wraps is not read as the start of its paragraph; in bold, it needs none.
run "$prog" --color=never -t -s 10 -w 30
[ "$(sed -n 3p "$tmp/out")" = "" ] || fail "--color=never: no blank line after a wrapped title"
run "$prog" --color=always -t -s 10 -w 30
without_sequences <"$tmp/out" | grep -q '^$' && fail "--color=always: a blank line after the title"


finish
