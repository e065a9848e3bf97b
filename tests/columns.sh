#!/bin/sh
# --side-by-side: each column wrapped to its own width in display columns
# and holding its language's whole text, the sections starting on the same
# row in every column, the gutter kept; the errors when there is no width
# or too little.  The columns are cut apart by display width by python3.
. "${abs_top_srcdir:-.}/tests/init.sh"
need_pty

need_python unicodedata python3

# split_columns FILE WIDTH...: cut each row of FILE into its columns of
# the WIDTHs, COLUMNS_GUTTER (3) apart, by display width; write column N
# to FILE.N, one cell a line, the spaces of alignment taken off.  Fails
# (status 1, with a message) when a row is wider than the widths allow,
# or a gutter holds anything but spaces.
split_columns ()
{
  "$python" - "$@" <<'EOF'
import sys, unicodedata

def width(c):
    if unicodedata.category(c) in ('Mn', 'Me', 'Cf'):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1

name, widths = sys.argv[1], [int(w) for w in sys.argv[2:]]
gutter = 3
total = sum(widths) + gutter * (len(widths) - 1)
columns = [[] for _ in widths]
status = 0
with open(name, encoding='utf-8') as f:
    for number, row in enumerate(f.read().split('\n')[:-1], 1):
        # The marks that keep a terminal from reordering take no columns.
        row = ''.join(c for c in row if c not in '\u200e\u202d\u202c')
        cells, cell, at, column = [], '', 0, 0
        for c in row:
            # A combining mark stays with the letter before it.
            limit = sum(widths[:column + 1]) + gutter * column
            if at >= limit and width(c) > 0 and column + 1 < len(widths):
                cells.append(cell)
                cell, column = '', column + 1
            cell += c
            at += width(c)
        cells.append(cell)
        if at > total:
            print(f'row {number} is {at} columns wide', file=sys.stderr)
            status = 1
        cells += [''] * (len(widths) - len(cells))
        for i, cell in enumerate(cells):
            if i > 0:
                if cell[:gutter].strip():
                    print(f'row {number}: the gutter holds {cell[:gutter]!r}',
                          file=sys.stderr)
                    status = 1
                cell = cell[gutter:]
            columns[i].append(cell.strip(' '))
for i, lines in enumerate(columns):
    with open(f'{name}.{i}', 'w', encoding='utf-8') as f:
        f.write(''.join(line + '\n' for line in lines))
sys.exit(status)
EOF
}

# The non-empty lines of standard input, without the spaces of alignment
# and the marks.
text_lines ()
{
  LC_ALL=C sed -e "s/$(printf '\342\200\216')//g; s/$(printf '\342\200\255')//g" \
               -e "s/$(printf '\342\200\254')//g; s/^ *//; s/ *\$//; /^\$/d"
}

# check_columns WIDTH LANGS ARGS...: side by side in WIDTH, LANGS
# ("en,ar"), each column its language's text at the column's width, the
# blocks starting on the same rows.
check_columns ()
{
  width=$1 langs=$2
  shift 2
  what="-L $langs -y -w $width $*"
  run "$prog" -L "$langs" -y -w "$width" "$@"
  expect_status 0 "$what"
  expect_no_errors "$what"
  count=$(printf '%s\n' "$langs" | tr ',' '\n' | wc -l)
  each=$(( (width - 3 * (count - 1)) / count ))
  left_over=$(( width - 3 * (count - 1) - count * each ))
  widths= i=0
  for lang in $(printf '%s\n' "$langs" | tr ',' ' '); do
    w=$each
    [ $i -lt $left_over ] && w=$((each + 1))
    widths="$widths $w"
    i=$((i + 1))
  done
  # shellcheck disable=SC2086
  split_columns "$tmp/out" $widths 2>"$tmp/split.err" \
    || fail "$what: $(head -n 1 "$tmp/split.err")"
  [ "$(widest_line <"$tmp/out")" -le "$width" ] || fail "$what: a line is wider"
  i=0
  for lang in $(printf '%s\n' "$langs" | tr ',' ' '); do
    w=$(printf '%s\n' $widths | sed -n "$((i + 1))p")
    # The column's own text: its language's name, then the text as it is
    # alone at the column's width (in visual order: columns always are).
    "$prog" -L $lang -w "$w" --bidi=visual --color=never "$@" | text_lines >"$tmp/alone"
    tail -n +2 "$tmp/out.$i" | text_lines >"$tmp/column"
    if ! cmp -s "$tmp/alone" "$tmp/column"; then
      fail "$what: column $((i + 1)) ($lang) is not its text at $w columns"
      diff "$tmp/alone" "$tmp/column" | head -n 4 >&2
    fi
    i=$((i + 1))
  done
  # Every block starts on the same row in every column: after a blank row,
  # no column is empty.
  paste -d '|' $(i=0; for lang in $(printf '%s\n' "$langs" | tr ',' ' '); do
                   printf '%s ' "$tmp/out.$i"; i=$((i + 1)); done) >"$tmp/cells"
  awk -F '|' 'blank { for (i = 1; i <= NF; i++) if ($i == "") { print NR; exit } }
              { blank = 1; for (i = 1; i <= NF; i++) if ($i != "") blank = 0 }' \
    "$tmp/cells" >"$tmp/misaligned"
  [ -s "$tmp/misaligned" ] && fail "$what: row $(cat "$tmp/misaligned") starts a block in some columns only"
  return 0
}

check_columns 80 en,ar
check_columns 80 en,ar -t
check_columns 72 ar,fr -t -n
check_columns 100 en,zh,ru -s 1-3
check_columns 135 en,es,fr,ar,zh,ru
check_columns 150 en,es,fr,ar,zh,ru -t -n -s 6
check_columns 100 ar,en --cite -s 4
check_columns 61 en,ar --search 1993
check_columns 43 es,ar -s 10

# With --number, each section's number is on one row in every column:
# "6. " starts the English cell, and ends the Arabic one in visual order.
run "$prog" -L en,ar -y -w 80 -n
split_columns "$tmp/out" 39 38
for n in 1 2 3 4 5 6 7 8 9 10; do
  en_row=$(grep -n "^$n\\. " "$tmp/out.0" | cut -d: -f1)
  ar_row=$(grep -n "\\.$n\$" "$tmp/out.1" | cut -d: -f1)
  [ -n "$en_row" ] && [ "$en_row" = "$ar_row" ] \
    || fail "-n: section $n on row '$en_row' in English, '$ar_row' in Arabic"
done

# A right-to-left column is in visual order whatever --bidi says, each row
# that holds one starts with LRM, and its lines are between LRO and PDF.
for mode in logical visual auto; do
  run "$prog" -L en,ar -y -w 80 -s 1 --bidi=$mode
  LC_ALL=C grep -q "$(printf '\357[\255-\273]')" "$tmp/out" \
    || fail "--bidi=$mode -y: the Arabic column is not in visual order"
done
lrm=$(printf '\342\200\216') lro=$(printf '\342\200\255') pdf=$(printf '\342\200\254')
LC_ALL=C grep "$(printf '\357[\255-\273]')" "$tmp/out" | LC_ALL=C grep -v "^$lrm.*$lro.*$pdf\$" | grep -q . \
  && fail "-y: a row with Arabic is not kept from reordering"
# One language: the text, as without --side-by-side.
"$prog" -L fr -w 50 -t >"$tmp/expected"
run "$prog" -L fr -w 50 -t -y
expect_output "$tmp/expected" "-y with one language"

# Colour: the titles in bold and the matches highlighted in each column,
# the columns unchanged (but for the blank row that tells a title from its
# text without bold).
run "$prog" -L en,fr -y -w 80 --color=always -t --search 1993
[ "$(grep -c "$(printf '\033')\\[1;31m1993" "$tmp/out")" -eq 2 ] || fail "-y --color: matches not highlighted in each column"
grep -q "$(printf '\033')\\[1m" "$tmp/out" || fail "-y --color: titles not bold"
without_sequences <"$tmp/out" | grep -v '^$' >"$tmp/plain"
"$prog" -L en,fr -y -w 80 -t --search 1993 | grep -v '^$' >"$tmp/expected"
cmp -s "$tmp/plain" "$tmp/expected" || fail "-y --color: not the same columns as without colour"

# On a terminal: its width, and explicit mode asked for Arabic.
run env TERM=xterm "$pty_run" 100 "$prog" -L en,ar -y -s 1 --no-pager
expect_status 0 "-y on a terminal"
[ "$(widest_line <"$tmp/out")" -le 100 ] || fail "-y on a terminal: wider than the terminal"
[ "$(widest_line <"$tmp/out")" -gt 80 ] || fail "-y on a terminal: not its width"
grep -qF "$(printf '\033[8l')" "$tmp/out" || fail "-y on a terminal: no explicit mode"

# No width: into a pipe, --no-wrap, --width=0.
run "$prog" -L en,ar -y
expect_usage_error "'--side-by-side' needs a width, and standard output is not a terminal" "-y into a pipe"
expect_error_line "Side by side, these languages need a width of at least 43: give one with --width, or fewer languages with --lang." "-y into a pipe: the way out"
run "$prog" -L en,ar -y -W
expect_usage_error "options '--side-by-side' and '--no-wrap' cannot be used together" "-y -W"
run "$prog" -L en,ar -w 0 -y
expect_usage_error "options '--side-by-side' and '--width=0' cannot be used together" "-y -w 0"
# Too narrow: all six need 6 columns of 20 and 5 gutters.
run "$prog" -L all -y -w 134
expect_usage_error "side by side in a width of 134, each column would be 19 wide: too narrow to read (the narrowest is 20)" "-L all -y -w 134"
expect_error_line "Side by side, these languages need a width of at least 135: give one with --width, or fewer languages with --lang." "-L all -y -w 134: the way out"
run "$prog" -L all -y -w 135 -s 1
expect_status 0 "-L all -y -w 135"
run env TERM=xterm "$pty_run" 80 "$prog" -L all -y -s 1
expect_status 2 "-L all -y on 80 columns"
expect_error_start "ohchr-mission: side by side in a width of 80" "-L all -y on 80 columns"
# With what it cannot lay out.
for args in "-f json" "-f markdown" "--format=html" "--list"; do
  run "$prog" -L en,ar -y -w 80 $args
  expect_status 2 "-y $args"
  expect_error_start "ohchr-mission: options '--side-by-side' and '--" "-y $args"
done
run "$prog" -y --languages
expect_usage_error "options '--languages' and '--side-by-side' cannot be used together" "-y --languages"

finish
