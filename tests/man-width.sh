#!/bin/sh
# Every manual page fits the terminal it is read in: at 50 and 80 columns,
# with man-db (man -l, which runs groff) and with mandoc, no line of any
# language is wider than the width, the heading keeps its three parts, and
# groff has nothing to say but that it could not stretch a line.
#
# mandoc breaks lines only at spaces (its \: does not break in UTF-8
# output), so a run of Chinese wider than the line overflows there, however
# the page is written: such a run, alone on its line, is all that may
# overflow.  groff's Chinese line breaking (zh.tmac) loops on a run it
# cannot break, so the pages are also set at narrower widths, with a time
# limit.
. "${abs_top_srcdir:-.}/tests/init.sh"

unset MANOPT MANROFFOPT MANPATH MANSECT MAN_KEEP_FORMATTING MANPAGER PAGER
have_c_utf8 \
  || { echo "the C.UTF-8 locale is missing: widths cannot be measured"; exit 77; }
have_man_db || echo "note: man-db's man is missing: pages set by mandoc only"
command -v mandoc >/dev/null 2>&1 || echo "note: mandoc is missing: pages set by man-db only"
have_man_db || command -v mandoc >/dev/null 2>&1 \
  || { echo "neither man-db nor mandoc is installed"; exit 77; }

# A Han character: a UTF-8 sequence led by a byte from E4 to E9 (U+4000
# to U+9FFF).
han=$(printf '[\344-\351]')

# check_lines FILE WIDTH WHAT [mandoc]: no line of FILE is wider than WIDTH;
# with mandoc, but for a run of Han characters that cannot fit in the
# narrowest body (the indentation of a .TP paragraph, 14 columns).
check_lines ()
{
  strip_overstrike <"$1" >"$tmp/plain"
  [ "$(widest_line <"$tmp/plain")" -le "$2" ] && return 0
  while IFS= read -r line; do
    columns=$(printf '%s\n' "$line" | widest_line)
    [ "$columns" -le "$2" ] && continue
    if [ "${4-}" = mandoc ]; then
      word=${line##* }
      if [ "$(printf '%s\n' "$word" | widest_line)" -gt $(($2 - 14)) ] \
         && printf '%s\n' "$word" | LC_ALL=C grep -q "$han"; then
        continue
      fi
    fi
    fail "$3: a line of $columns columns: $line"
  done <"$tmp/plain"
}

# check_heading FILE WHAT: the first line has the page's name at both ends,
# not run into the title in the middle.
check_heading ()
{
  heading=$(head -n 1 "$1" | strip_overstrike)
  case $heading in
    'OHCHR-MISSION(1) '*' OHCHR-MISSION(1)') ;;
    *) fail "$2: the heading is '$heading'" ;;
  esac
}

for lang in $man_languages; do
  page=$(man_page "$lang")
  [ -f "$page" ] || { fail "$lang: there is no page $page"; continue; }
  for width in 50 80; do
    if have_man_db; then
      what="$lang, man -l, MANWIDTH=$width"
      run env LC_ALL=C.UTF-8 MANWIDTH=$width MANPAGER=cat man -l "$page"
      expect_status 0 "$what"
      grep -v 'cannot adjust line' "$tmp/err" >"$tmp/warnings"
      [ -s "$tmp/warnings" ] && fail "$what: $(head -n 3 "$tmp/warnings")"
      check_lines "$tmp/out" $width "$what"
      check_heading "$tmp/out" "$what"
    fi
    if command -v mandoc >/dev/null 2>&1; then
      what="$lang, mandoc -O width=$width"
      run env LC_ALL=C.UTF-8 mandoc -T utf8 -O width=$width "$page"
      expect_status 0 "$what"
      check_lines "$tmp/out" $width "$what" mandoc
      check_heading "$tmp/out" "$what"
    fi
  done
  # Narrower terminals: groff ends, whatever it cannot fit.
  if have_man_db && command -v timeout >/dev/null 2>&1; then
    for width in 25 30 36 40 45; do
      run env LC_ALL=C.UTF-8 MANWIDTH=$width MANPAGER=cat \
        timeout 60 man -l "$page"
      [ "$status" -eq 124 ] && fail "$lang: groff does not end at MANWIDTH=$width"
    done
  fi
done

finish
