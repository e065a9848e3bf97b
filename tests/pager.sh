#!/bin/sh
# Paging, as man and git page: on a terminal, a text taller than the window
# goes through OHCHR_MISSION_PAGER, PAGER or less, wrapped for the
# terminal; --no-pager, an empty variable or a pipe turn it off, and a
# pager that cannot be started leaves the text printed directly.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

# A stand-in pager that records what it was given and its environment.
cat >"$tmp/pager" <<EOF
#!/bin/sh
printf 'LESS=%s\\n' "\${LESS-(unset)}" >"$tmp/pager.env"
printf 'LANGUAGE=%s\\n' "\${LANGUAGE-(unset)}" >>"$tmp/pager.env"
cat >"$tmp/paged"
EOF
chmod +x "$tmp/pager"
mkdir "$tmp/bin"
cp "$tmp/pager" "$tmp/bin/less"

# paged SETTINGS -- ARGS: run the program on an 80x24 terminal with
# SETTINGS; $tmp/paged holds what the pager got, if it ran.
paged ()
{
  rm -f "$tmp/paged" "$tmp/pager.env"
  settings=
  while [ "$1" != -- ]; do
    settings="$settings $1"
    shift
  done
  shift
  run env $settings "$pty_run" 80x24 "$prog" --color=never "$@"
}
"$prog" -w 80 >"$tmp/statement.w80"

# Taller than the window: the pager gets the text, wrapped to the
# terminal, and nothing reaches the terminal directly.
paged OHCHR_MISSION_PAGER="$tmp/pager" --
expect_status 0 "paged"
[ -f "$tmp/paged" ] || fail "the whole statement on a 24-line terminal is not paged"
cmp -s "$tmp/paged" "$tmp/statement.w80" || fail "the pager did not get the text wrapped at 80"
expect_no_output "paged: nothing written to the terminal directly"
grep -qx 'LESS=FRX' "$tmp/pager.env" || fail "LESS is not FRX: $(cat "$tmp/pager.env")"
grep -qx 'LANGUAGE=(unset)' "$tmp/pager.env" || fail "the pager got a LANGUAGE of the program's: $(cat "$tmp/pager.env")"

# The pager's environment is the user's: LESS as they set it, LANGUAGE as
# they set it, whatever the program did with gettext.
paged OHCHR_MISSION_PAGER="$tmp/pager" LESS=-X LANGUAGE=fr:es -- --lang ru
grep -qx 'LESS=-X' "$tmp/pager.env" || fail "the user's LESS was changed"
grep -qx 'LANGUAGE=fr:es' "$tmp/pager.env" || fail "the user's LANGUAGE was changed: $(cat "$tmp/pager.env")"
[ "$(head -n 1 "$tmp/paged")" = "$(title_of ru)" ] || fail "--lang ru paged: not Russian"

# Which pager: OHCHR_MISSION_PAGER, then PAGER, then less.
paged PAGER="$tmp/pager" -- --color=never
[ -f "$tmp/paged" ] || fail "PAGER is not used"
paged OHCHR_MISSION_PAGER="$tmp/pager" PAGER=false --
[ -f "$tmp/paged" ] || fail "OHCHR_MISSION_PAGER does not come before PAGER"
rm -f "$tmp/paged"
run env -u PAGER PATH="$tmp/bin:$PATH" "$pty_run" 80x24 "$prog" --color=never
[ -f "$tmp/paged" ] || fail "less is not the pager when no variable names one"
# A pager command is a shell command, with its arguments.
rm -f "$tmp/paged"
run env OHCHR_MISSION_PAGER="cat >$tmp/paged" "$pty_run" 80x24 "$prog" --color=never
cmp -s "$tmp/paged" "$tmp/statement.w80" || fail "a pager with a redirection"

# Off: --no-pager, an empty variable, a text that fits, a pipe.
for settings in "OHCHR_MISSION_PAGER=$tmp/pager -- --no-pager" \
                "OHCHR_MISSION_PAGER= PAGER=$tmp/pager --" \
                "PAGER= --" \
                "OHCHR_MISSION_PAGER=$tmp/pager -- -s 1" \
                "OHCHR_MISSION_PAGER=$tmp/pager LINES=200 --"; do
  paged $settings
  expect_status 0 "$settings"
  [ -f "$tmp/paged" ] && fail "$settings: paged"
  grep -q 'OHCHR' "$tmp/out" || fail "$settings: nothing on the terminal"
done
paged OHCHR_MISSION_PAGER="$tmp/pager" LINES=2 -- -s 6
[ -f "$tmp/paged" ] || fail "LINES=2: a section of two lines is not paged"
rm -f "$tmp/paged"
run env OHCHR_MISSION_PAGER="$tmp/pager" "$prog" -w 80
[ -f "$tmp/paged" ] && fail "into a pipe: paged"
expect_output "$tmp/statement.w80" "into a pipe: the text"

# A pager that cannot be started: the text is printed directly.
for pager in "$tmp/no-such-pager" /dev/null "no-such-command-anywhere --flag"; do
  run env OHCHR_MISSION_PAGER="$pager" "$pty_run" 80x24 "$prog" --color=never
  expect_status 0 "pager '$pager' cannot be started"
  cmp -s "$tmp/out" "$tmp/statement.w80" || fail "pager '$pager' cannot be started: the text is not printed"
done

finish
