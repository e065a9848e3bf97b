#!/bin/sh
# In a locale whose charset is not UTF-8, lines are wrapped by the width of
# what is written: transliterated ("—" becomes "--", "œ" becomes "oe"), and
# in a CJK charset with the East Asian ambiguous characters ("——", "“")
# two columns wide, as its terminals draw them.  Search matches stay on
# their words, and the lists stay aligned.  Needs localedef and the locale
# sources (Debian: locales), and iconv; skipped otherwise.
. "${abs_top_srcdir:-.}/tests/init.sh"

if ! command -v localedef >/dev/null 2>&1 || ! command -v iconv >/dev/null 2>&1 \
   || [ ! -d /usr/share/i18n/locales ] \
   || ! make_locale fr_FR ISO-8859-1; then
  echo "SKIP: no localedef, iconv or locale sources to make fr_FR.ISO-8859-1"
  exit 77
fi
LOCPATH=$tmp/locales
export LOCPATH

# French and Spanish, which this locale can show, at every width from 5 to
# 80: each line, converted back to UTF-8, measured by wc -L.
widths=$(seq 5 "$sample_step" 80)
for lang in fr es; do
  for width in $widths; do
    run env LC_ALL=fr_FR.ISO-8859-1 "$prog" --lang $lang -w $width
    expect_status 0 "ISO-8859-1 --lang $lang -w $width"
    widest=$(iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" | widest_line)
    [ "$widest" -le $width ] \
      || fail "ISO-8859-1 --lang $lang -w $width: a line is $widest columns wide"
  done
done
# Spanish section 5, on a terminal of 30 columns: "—" written as "--".
run env LC_ALL=fr_FR.ISO-8859-1 "$pty_run" 30 "$prog" --lang es -s 5
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" | tr -d '\r' >"$tmp/utf8"
[ "$(widest_line <"$tmp/utf8")" -le 30 ] || fail "ISO-8859-1, 30-column terminal: a line is wider"
grep -q -e '--civiles' "$tmp/utf8" || fail "ISO-8859-1: the raya not written as '--'"

# A match highlighted in the converted text is still the word.
run env LC_ALL=fr_FR.ISO-8859-1 "$prog" --lang fr -s 5 -w 30 --color=always \
  --search "$(printf '\351galit\351')"
expect_status 0 "ISO-8859-1 search"
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" >"$tmp/utf8"
grep -q "$(printf '\033\\[1;31m\303\251galit\303\251\033\\[0m')" "$tmp/utf8" \
  || fail "ISO-8859-1 search: 'égalité' not highlighted whole"
without_sequences <"$tmp/utf8" >"$tmp/plain"
[ "$(widest_line <"$tmp/plain")" -le 30 ] || fail "ISO-8859-1 search: a line is wider"

# The languages, aligned by the width of what is written ("??" for 中文):
# the English names start in one column.
run env LC_ALL=fr_FR.ISO-8859-1 "$prog" --languages
iconv -f ISO-8859-1 -t UTF-8 "$tmp/out" \
  | sed -n 's/\(.*\)\(English\|Spanish\|French\|Arabic\|Chinese\|Russian\)  .*/\1/p' \
  | while IFS= read -r line; do printf '%s\n' "$line" | widest_line; done \
  | sort -u >"$tmp/columns"
[ "$(wc -l <"$tmp/columns")" -eq 1 ] || fail "ISO-8859-1 --languages: columns not aligned"

# Soft hyphens in a translation, in a charset that has none (KOI8-R):
# still a break opportunity, never written as a '-' inside a word.
if make_locale ru_RU KOI8-R; then
  edited_catalog "$tmp/cat" ru "/^msgid \"Mission Statement\"\$/{n;s/.*/msgstr \"Ко$(printf '\302\255')опе$(printf '\302\255')ра$(printf '\302\255')ция\"/}"
  run env LC_ALL=ru_RU.KOI8-R OHCHR_MISSION_LOCALEDIR="$tmp/cat" "$prog" --lang ru -w 6
  [ "$(sed -n 1,2p "$tmp/out" | iconv -f KOI8-R -t UTF-8 | tr '\n' ' ')" = "Коопе- рация " ] \
    || fail "KOI8-R soft hyphens at 6 columns: '$(sed -n 1,2p "$tmp/out" | iconv -f KOI8-R -t UTF-8 | tr '\n' ' ')'"
  run env LC_ALL=ru_RU.KOI8-R OHCHR_MISSION_LOCALEDIR="$tmp/cat" "$prog" --lang ru -w 40
  [ "$(sed -n 1p "$tmp/out" | iconv -f KOI8-R -t UTF-8)" = "Кооперация" ] \
    || fail "KOI8-R soft hyphens unbroken: '$(sed -n 1p "$tmp/out" | iconv -f KOI8-R -t UTF-8)'"
fi

# Chinese in GB18030: the ambiguous characters count two columns.  wc -L
# in that locale measures them so.
if make_locale zh_CN GB18030; then
  for width in 28 $(seq 10 "$((sample_step * 7))" 80); do
    run env LC_ALL=zh_CN.GB18030 "$prog" --lang zh -w $width
    expect_status 0 "GB18030 -w $width"
    widest=$(LC_ALL=zh_CN.GB18030 wc -L <"$tmp/out" | tr -d ' ')
    [ "$widest" -le $width ] || fail "GB18030 --lang zh -w $width: a line is $widest columns wide"
    iconv -f GB18030 -t UTF-8 "$tmp/out" | tr -d '\n' >"$tmp/joined"
    "$prog" --lang zh | tr -d '\n' | cmp -s - "$tmp/joined" || fail "GB18030 -w $width: text changed"
  done
else
  echo "note: zh_CN.GB18030 could not be made: not tested"
fi

# The other CJK charsets that go by another's name for libunistring's
# width functions: their lines fit too.
for name in zh_HK.BIG5-HKSCS zh_CN.GBK ko_KR.EUC-KR ja_JP.EUC-JP; do
  make_locale "${name%%.*}" "${name#*.}" || continue
  run env LC_ALL=$name "$prog" --lang zh -w 28
  widest=$(LC_ALL=$name wc -L <"$tmp/out" | tr -d ' ')
  [ "$widest" -le 28 ] || fail "$name --lang zh -w 28: a line is $widest columns wide"
done

finish
