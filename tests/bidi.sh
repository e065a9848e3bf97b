#!/bin/sh
# Right-to-left text: visual order held, line by line, to the fribidi
# command's on the same logical lines; the marks of logical order, and what
# a terminal that does bidi makes of them; and the order --bidi=auto
# chooses for each terminal the program recognizes.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

if ! command -v fribidi >/dev/null 2>&1; then
  echo "the fribidi command (libfribidi-bin) is missing"
  exit 77
fi

# The characters the program adds to guide a display, in UTF-8:
# LRM, RLM, LRO, PDF, and LRI, RLI, FSI, PDI.
lrm=$(printf '\342\200\216')
rlm=$(printf '\342\200\217')
lro=$(printf '\342\200\255')
pdf=$(printf '\342\200\254')
lri=$(printf '\342\201\246')
rli=$(printf '\342\201\247')
pdi=$(printf '\342\201\251')
esc=$(printf '\033')

# Standard input without those marks, nor the ZERO WIDTH NO-BREAK SPACE
# fribidi leaves where two letters became a ligature.
without_marks ()
{
  LC_ALL=C sed -e "s/$lrm//g; s/$rlm//g; s/$lro//g; s/$pdf//g" \
               -e "s/$lri//g; s/$rli//g; s/$pdi//g; s/$(printf '\357\273\277')//g"
}

# fribidi's visual order for each line of standard input, a paragraph of
# direction $1 (--rtl or --ltr), combining marks after their letters.
fribidi_visual ()
{
  fribidi --nobreak --nopad --reordernsm "$1" | without_marks
}

# Whether the file $1 holds Arabic presentation forms (U+FB50..U+FEFF):
# Arabic shaped, in visual order.
has_presentation_forms ()
{
  LC_ALL=C grep -q "$(printf '\357[\255-\273]')" "$1"
}

# 1. Visual order: each line, wrapped in logical order first, is what
# fribidi makes of the same logical line in a right-to-left paragraph,
# and it is aligned to the right (no line narrower than the width; only
# the source's address, never cut, may be wider).
for width in 20 31 50 80; do
  for args in "" "-t -n" "--cite -s 2,7" "-n -s 10"; do
    what="-L ar -w $width $args"
    # shellcheck disable=SC2086
    "$prog" -L ar -w $width $args >"$tmp/logical"
    # shellcheck disable=SC2086
    run "$prog" -L ar -w $width $args --bidi=visual
    expect_status 0 "$what --bidi=visual"
    fribidi_visual --rtl <"$tmp/logical" >"$tmp/expected"
    without_marks <"$tmp/out" | sed 's/^ *//' >"$tmp/got"
    if ! cmp -s "$tmp/expected" "$tmp/got"; then
      fail "$what --bidi=visual: not fribidi's visual order"
      diff "$tmp/expected" "$tmp/got" | head -n 6 >&2
    fi
    [ "$(wc -l <"$tmp/out")" -eq "$(wc -l <"$tmp/logical")" ] \
      || fail "$what --bidi=visual: not as many lines as in logical order"
    without_marks <"$tmp/out" | while IFS= read -r line; do
      [ -z "$line" ] && continue
      w=$(printf '%s\n' "$line" | widest_line)
      [ "$w" -ge $width ] || echo "a line of $w"
    done >"$tmp/narrow"
    [ -s "$tmp/narrow" ] && fail "$what --bidi=visual: not aligned to the right: $(head -n 1 "$tmp/narrow")"
  done
done
has_presentation_forms "$tmp/out" || fail "--bidi=visual: Arabic is not shaped"
# The ligature of lam and alef is one character: "لا" in "الاقتصادية".
"$prog" -L ar -s 5 -w 80 --bidi=visual | LC_ALL=C grep -q "$(printf '\357\273[\265-\274]')" \
  || fail "--bidi=visual: no lam-alef ligature"

# The other languages hold nothing to reorder: visual is logical there.
for lang in en es fr zh ru; do
  "$prog" -L $lang -w 60 -t -n >"$tmp/expected"
  run "$prog" -L $lang -w 60 -t -n --bidi=visual
  expect_output "$tmp/expected" "-L $lang --bidi=visual"
done
# Unwrapped, a paragraph is one line, reordered whole.
run "$prog" -L ar -s 1 -W --bidi=visual
[ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "-W --bidi=visual: not one line"
"$prog" -L ar -s 1 -W | fribidi_visual --rtl >"$tmp/expected"
without_marks <"$tmp/out" >"$tmp/got"
cmp -s "$tmp/expected" "$tmp/got" || fail "-W --bidi=visual: not fribidi's visual order"

# 2. Logical order with marks: each line of a right-to-left paragraph
# between RIGHT-TO-LEFT MARKs, numbers between isolates, no escape
# sequence into a pipe.  Without --bidi, into a pipe, nothing is added.
run "$prog" -L ar -s 2 -w 50
LC_ALL=C grep -q -e "$rlm" -e "$lri" "$tmp/out" && fail "into a pipe: marks added"
run "$prog" -L ar -s 2 -w 50 --bidi=logical
expect_status 0 "--bidi=logical"
LC_ALL=C grep -v "^$rlm.*$rlm\$" "$tmp/out" | grep -q . \
  && fail "--bidi=logical: a line not between RIGHT-TO-LEFT MARKs: $(LC_ALL=C grep -v "^$rlm.*$rlm\$" "$tmp/out" | head -n 1)"
LC_ALL=C grep -q "${lri}1993${pdi}\\." "$tmp/out" || fail "--bidi=logical: 1993 is not isolated, its full stop outside"
LC_ALL=C grep -q "$esc" "$tmp/out" && fail "--bidi=logical into a pipe: escape sequences"
without_marks <"$tmp/out" >"$tmp/got"
"$prog" -L ar -s 2 -w 50 >"$tmp/expected"
cmp -s "$tmp/expected" "$tmp/got" || fail "--bidi=logical: the text itself changed"
run "$prog" -L en -s 2 -w 50 --bidi=logical
"$prog" -L en -s 2 -w 50 >"$tmp/expected"
expect_output "$tmp/expected" "--bidi=logical in English: marks added"

# What a terminal that does bidi shows of those lines, each line a
# paragraph: VTE's by default (left to right), VTE's after CSI 2 SP k
# (right to left), or Konsole's and mlterm's (the first strong letter's)
# is the order of visual mode, the marks doing their work.
for args in "-s 2 -w 50" "-t -n -w 31" "-s 2 -w 20"; do
  # shellcheck disable=SC2086
  "$prog" -L ar $args --bidi=logical >"$tmp/logical"
  # shellcheck disable=SC2086
  "$prog" -L ar $args --bidi=visual | without_marks | sed 's/^ *//; s/ *$//' >"$tmp/expected"
  for direction in --ltr --rtl --wltr; do
    fribidi --nobreak --nopad --reordernsm $direction <"$tmp/logical" | without_marks \
      | sed 's/^ *//; s/ *$//' >"$tmp/got"
    cmp -s "$tmp/expected" "$tmp/got" \
      || fail "-L ar $args --bidi=logical: a terminal that does bidi ($direction) reorders it wrongly"
  done
done

# Option names in Arabic: "--width" reads left to right in both orders,
# and the help's rows keep their columns.  (A catalog with an Arabic
# description and note; the rest of the help stays English.)
edited_catalog "$tmp/cat" ar '
/^msgid "do not wrap lines"$/{n;s/.*/msgstr "لا تلف الأسطر؛ انظر --width"/}
/^msgid "Examples:"$/{n;s/.*/msgstr "أمثلة:"/}
/^msgid "SECTION operands are taken as --section arguments.  The sections are printed in the statement.s order, each once."$/{n;s/.*/msgstr "تؤخذ المعاملات وسائط للخيار --section بالترتيب 2-4."/}'
help ()
{
  run env LANGUAGE=ar LANG=ar_EG.UTF-8 OHCHR_MISSION_LOCALEDIR="$tmp/cat" "$@"
}
help "$prog" --bidi=logical --help
row=$(grep -e '-W, --no-wrap' "$tmp/out")
case $row in
  "$lrm  -W, --no-wrap "*"$rli"*"${lri}--width$pdi$pdi") ;;
  *) fail "--bidi=logical --help: the -W row is not marked: $row" ;;
esac
note=$(grep -e 'بالترتيب' "$tmp/out")
case $note in
  "$rlm"*"${lri}--section$pdi"*"${lri}2-4$pdi"*"$rlm") ;;
  *) fail "--bidi=logical --help: the note is not marked: $note" ;;
esac
# A heading is a paragraph like any other.
grep -qx "${rlm}أمثلة:${rlm}" "$tmp/out" \
  || fail "--bidi=logical --help: the heading is not marked: $(grep 'أمثلة' "$tmp/out")"
for direction in --ltr --wltr; do
  printf '%s\n' "$row" | fribidi --nobreak --nopad $direction | without_marks >"$tmp/shown"
  grep -q -e '^ *-W, --no-wrap .*--width' "$tmp/shown" \
    || fail "--bidi=logical --help ($direction): the -W row is swapped: $(cat "$tmp/shown")"
done
help "$prog" --bidi=visual --help
row=$(grep -e '-W, --no-wrap' "$tmp/out" | without_marks)
case $row in
  "  -W, --no-wrap "*"--width "*) ;;
  *) fail "--bidi=visual --help: the -W row: $row" ;;
esac
grep -q -e '2-4 .*--section ' "$tmp/out" || fail "--bidi=visual --help: the note's option and range"
grep -q 'أمثلة' "$tmp/out" && fail "--bidi=visual --help: the heading is in logical order"
grep -q ':ﺔﻠﺜﻣﺃ' "$tmp/out" || fail "--bidi=visual --help: the heading is not shaped and reordered"

# 3. On a terminal: the control sequences of the BiDi in Terminal
# Emulators recommendation, and the choice of --bidi=auto.
# on_terminal SETTINGS... -- ARGS: the program on an 80-column terminal.
on_terminal ()
{
  settings=
  while [ "$1" != -- ]; do
    settings="$settings $1"
    shift
  done
  shift
  # shellcheck disable=SC2086
  run env TERM=xterm $settings "$pty_run" 80 "$prog" "$@"
}
explicit_mode="${esc}[8l"
implicit_mode="${esc}[8h"
# Visual: explicit mode before the first line in visual order, implicit
# mode again at the end; nothing for text with nothing to reorder.
on_terminal -- -L ar -s 1 --bidi=visual
[ "$(head -c 4 "$tmp/out")" = "$explicit_mode" ] || fail "visual on a terminal: no explicit mode first"
[ "$(tail -c 4 "$tmp/out")" = "$implicit_mode" ] || fail "visual on a terminal: no implicit mode at the end"
[ "$(LC_ALL=C grep -c "$esc" "$tmp/out")" -eq 2 ] || fail "visual on a terminal: explicit mode asked for more than once"
on_terminal -- -L en -s 1 --bidi=visual
LC_ALL=C grep -q "$esc" "$tmp/out" && fail "visual on a terminal, in English: escape sequences"
# Logical: the right-to-left paragraph's direction around it.
on_terminal -- -L ar -s 1,2 -w 60 --bidi=logical
LC_ALL=C grep -c "^${esc}\\[2 k$rlm" "$tmp/out" | grep -qx 2 \
  || fail "logical on a terminal: not each paragraph after CSI 2 SP k"
LC_ALL=C grep -c "^${esc}\\[0 k" "$tmp/out" | grep -qx 2 \
  || fail "logical on a terminal: not each paragraph followed by CSI 0 SP k"
LC_ALL=C grep -qF "$explicit_mode" "$tmp/out" && fail "logical on a terminal: explicit mode"
# Through a pager, which passes colours alone: nothing in the text, the
# modes around the pager.
printf '#!/bin/sh\ncat >"%s"\n' "$tmp/paged" >"$tmp/pager"
chmod +x "$tmp/pager"
on_terminal LINES=5 OHCHR_MISSION_PAGER="$tmp/pager" -- -L ar -s 2,3 --bidi=visual
LC_ALL=C grep -q "$esc" "$tmp/paged" && fail "visual through a pager: escape sequences in the text"
has_presentation_forms "$tmp/paged" || fail "visual through a pager: not in visual order"
[ "$(cat "$tmp/out")" = "$explicit_mode$implicit_mode" ] \
  || fail "visual through a pager: the modes are not around it: $(od -c "$tmp/out" | head -n 2)"
on_terminal LINES=5 OHCHR_MISSION_PAGER="$tmp/pager" -- -L ar -s 2,3 --bidi=logical
LC_ALL=C grep -q "$esc" "$tmp/paged" && fail "logical through a pager: escape sequences in the text"
LC_ALL=C grep -q "^$rlm" "$tmp/paged" || fail "logical through a pager: no marks"
expect_no_output "logical through a pager: something around it"

# --bidi=auto, for each terminal the environment identifies.
# expect_choice LAYOUT SETTINGS...: what auto writes on that terminal.
expect_choice ()
{
  layout=$1
  shift
  on_terminal "$@" -- -L ar -s 1
  expect_status 0 "auto with $*"
  case $layout in
    visual)
      has_presentation_forms "$tmp/out" || fail "auto with $*: not visual"
      LC_ALL=C grep -qF "$explicit_mode" "$tmp/out" || fail "auto with $*: no explicit mode"
      ;;
    logical)
      has_presentation_forms "$tmp/out" && fail "auto with $*: not logical"
      LC_ALL=C grep -q "^$rlm" "$tmp/out" || fail "auto with $*: no marks"
      LC_ALL=C grep -qF "$explicit_mode" "$tmp/out" && fail "auto with $*: explicit mode"
      ;;
    bare)
      has_presentation_forms "$tmp/out" && fail "auto with $*: not logical"
      LC_ALL=C grep -q "$esc" "$tmp/out" && fail "auto with $*: escape sequences"
      ;;
  esac
}
expect_choice visual                                  # xterm, kitty, foot...
expect_choice visual TERM=xterm-kitty
expect_choice visual TERM=alacritty
expect_choice visual TERM=foot
expect_choice visual TERM=linux
expect_choice visual WT_SESSION=1
expect_choice visual TERM=xterm-256color VTE_VERSION=7600 COLORTERM=truecolor
expect_choice visual TERM_PROGRAM=mintty TERM=xterm
expect_choice visual TMUX=/tmp/tmux-0/default,1,0 TERM=screen-256color
expect_choice visual TERM=tmux-256color
expect_choice visual STY=1.pts-0.host TERM=screen
expect_choice visual TMUX=/tmp/tmux-0/default,1,0 TERM=tmux-256color KONSOLE_VERSION=230805
expect_choice logical KONSOLE_VERSION=230805 TERM=xterm-256color
expect_choice logical MLTERM=3.9.3
expect_choice logical TERM=mlterm
expect_choice logical TERM_PROGRAM=Apple_Terminal TERM=xterm-256color
expect_choice bare INSIDE_EMACS=29.1,comint TERM=dumb
expect_choice bare INSIDE_EMACS=29.1,term:0.96 TERM=eterm-color
expect_choice bare TERM=dumb
# An explicit choice wins over the terminal's.
on_terminal KONSOLE_VERSION=230805 -- -L ar -s 1 --bidi=visual
has_presentation_forms "$tmp/out" || fail "--bidi=visual on Konsole: not visual"
on_terminal -- -L ar -s 1 --bidi=logical
has_presentation_forms "$tmp/out" && fail "--bidi=logical on xterm: not logical"
# Into a pipe, whatever the terminal: the text as it is.
"$prog" -L ar -s 1 >"$tmp/expected"
for settings in TERM=xterm KONSOLE_VERSION=230805 TERM=mlterm TMUX=x; do
  run env $settings "$prog" -L ar -s 1
  expect_output "$tmp/expected" "auto into a pipe with $settings"
done

# The values, as --color's: any case, an unambiguous start.
for spelling in VISUAL Vis v; do
  run "$prog" -L ar -s 1 --bidi=$spelling
  has_presentation_forms "$tmp/out" || fail "--bidi=$spelling: not visual"
done
for value in "" bidi rtl left; do
  run "$prog" --bidi="$value"
  expect_usage_error "invalid argument '$value' for '--bidi'" "--bidi='$value'"
  expect_error_line "Valid arguments are: 'auto', 'logical', 'visual'." "--bidi='$value' lists them"
done

finish
