#!/bin/sh
# Wrapping holds in every language at a sample of widths from 20 to 100:
# every line fits, no word is lost, added or reordered, no space is
# inserted; Chinese lines never start or end with the wrong punctuation;
# French never breaks at a no-break space.  At the narrowest widths,
# nothing is lost, a cut never starts a line with a comma, a full stop or
# a closing bracket when the letter before it can go along, and an Arabic
# word is never cut.
. "${abs_top_srcdir:-.}/tests/init.sh"

nbsp=$(printf '\302\240')

# The words of a text, one per line: lines broken after a hyphen
# ("non-" / "governmental") are joined back first.
words ()
{
  sed -e ':a' -e '/[^ ]-$/{N;s/\n//;ba' -e '}' | tr -s ' \n' '\n\n'
}

# Punctuation that may not start a line.
no_start='[,.;:!?)»”’،؛؟，。、；：？！）》”]'

# Print the numbers of the lines of FILE that start with punctuation that
# may not start a line, although the line before could have given it a
# letter: that line is more than one grapheme cluster (grep -P's \X) and
# the punctuation that may not start a line after it.
bad_cuts ()
{
  LC_ALL=C.UTF-8 grep -n "^$no_start" "$1" | cut -d: -f1 | while read -r n; do
    [ "$n" -gt 1 ] || continue
    sed -n "$((n - 1))p" "$1" | LC_ALL=C.UTF-8 grep -q -x -P "\\X$no_start*" || echo "$n"
  done
}

# The widths the whole statement is laid out at: the edges, the widths of
# the golden files, and primes between them (each run takes a few
# milliseconds, and layouts change slowly with the width).
wide_widths='20 23 26 29 31 37 40 43 53 61 71 79 80 89 97 100'
narrow_widths='1 2 3 5 8 11 14'
if [ "$sample_step" -gt 1 ]; then
  wide_widths='20 31 53 80'
  narrow_widths='1 5 14'
fi

for lang in $languages; do
  "$prog" --lang $lang -t >"$tmp/unwrapped"
  # Words: split at ASCII white space only, so a no-break space joins.
  words <"$tmp/unwrapped" >"$tmp/words"
  tr -d ' \n' <"$tmp/unwrapped" >"$tmp/letters"
  for width in $wide_widths; do
    "$prog" --lang $lang -t -w $width >"$tmp/out"
    checks=$((checks + 1))
    what="--lang $lang -w $width"
    [ "$(widest_line <"$tmp/out")" -le $width ] || fail "$what: a line is wider"
    # (Chinese has no spaces between words: see the check of the joined text.)
    [ $lang = zh ] || words <"$tmp/out" | cmp -s - "$tmp/words" || fail "$what: words changed"
    tr -d ' \n' <"$tmp/out" | cmp -s - "$tmp/letters" || fail "$what: characters changed"
    grep -q ' $' "$tmp/out" && fail "$what: a line ends with a space"
    grep -q '^ ' "$tmp/out" && fail "$what: a line starts with a space"
    grep -q "^$nbsp\\|$nbsp\$" "$tmp/out" && fail "$what: broken at a no-break space"
    # Paragraphs stay apart: as many blank lines as unwrapped.
    [ "$(grep -c '^$' "$tmp/out")" = "$(grep -c '^$' "$tmp/unwrapped")" ] || fail "$what: paragraphs merged"
    if [ $lang = zh ]; then
      # Breaks only join lines: nothing removed, nothing inserted.
      awk 'BEGIN { RS = ""; ORS = "\n" } { gsub(/\n/, ""); print }' "$tmp/out" >"$tmp/joined"
      awk 'BEGIN { RS = ""; ORS = "\n" } { gsub(/\n/, ""); print }' "$tmp/unwrapped" | cmp -s - "$tmp/joined" \
        || fail "$what: Chinese text changed"
      LC_ALL=C.UTF-8 grep -q '^[，。、；：？！）》”]' "$tmp/out" && fail "$what: a line starts with closing punctuation"
      LC_ALL=C.UTF-8 grep -q '[（《“]$' "$tmp/out" && fail "$what: a line ends with opening punctuation"
      # The two-em dash is never split, and may start a line.
      LC_ALL=C.UTF-8 grep -q '—$' "$tmp/out" && LC_ALL=C.UTF-8 grep -q '^—[^—]' "$tmp/out" \
        && fail "$what: a two-em dash split"
    fi
  done
done

# In Chinese the dash is left to UAX #14: at 26 columns the line breaks
# before "——", not inside the word 权利 before it.
run "$prog" --lang zh -s universality -w 26
LC_ALL=C.UTF-8 grep -q '一切权利$' "$tmp/out" && LC_ALL=C.UTF-8 grep -q '^——公民' "$tmp/out" \
  || fail "--lang zh -w 26: '一切权利' split to keep '——' with it"

# The narrowest widths.
for lang in $languages; do
  "$prog" --lang $lang >"$tmp/unwrapped"
  tr -d ' \n' <"$tmp/unwrapped" >"$tmp/letters"
  words <"$tmp/unwrapped" >"$tmp/words"
  for width in $narrow_widths; do
    "$prog" --lang $lang -w $width >"$tmp/out"
    checks=$((checks + 1))
    what="--lang $lang -w $width"
    tr -d ' \n' <"$tmp/out" | cmp -s - "$tmp/letters" || fail "$what: characters changed"
    if [ $lang = ar ]; then
      # No word is cut: a word wider than the line stands alone on it.
      # (Numbers may be cut: "1993." is no Arabic word.)
      tr -s ' \n' '\n\n' <"$tmp/out" | grep -v '^[0-9.]*$' >"$tmp/out-words"
      grep -v '^[0-9.]*$' "$tmp/words" | cmp -s - "$tmp/out-words" || fail "$what: an Arabic word was cut"
      [ "$(grep ' ' "$tmp/out" | widest_line)" -le $width ] \
        || fail "$what: a line too wide holds more than a word"
    else
      # Only a single two-column character (Han) may stand wider than 1.
      limit=$width
      [ $limit -lt 2 ] && limit=2
      [ "$(widest_line <"$tmp/out")" -le $limit ] || fail "$what: a line is too wide"
    fi
    [ -z "$(bad_cuts "$tmp/out")" ] \
      || fail "$what: a cut starts line $(bad_cuts "$tmp/out" | head -n 1) with punctuation"
  done
done

finish
