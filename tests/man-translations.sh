#!/bin/sh
# The translated manual pages: each catalog in man/po is complete, with no
# fuzzy entry, and passes msgfmt --check; each page has the English page's
# sections, a NAME section that man-db's whatis reads, is clean for mandoc
# and groff, and follows its language's typography.
. "${abs_top_srcdir:-.}/tests/init.sh"

need_command msgfmt gettext
catalogs=$abs_top_srcdir/man/po

# The translations in CATALOG, one a line, without the header.
msgstrs ()
{
  msgcat --no-wrap "$1" | sed -n 's/^msgstr "\(..*\)"$/\1/p'
}

english=$(man_page en)
headings=$(grep -c '^\.SH' "$english")

for lang in $man_translations; do
  page=$(man_page "$lang")
  catalog=$catalogs/$lang.po

  run env LC_ALL=C msgfmt --check --statistics -o /dev/null "$catalog"
  expect_status 0 "msgfmt --check man/po/$lang.po"
  case $(tail -n 1 "$tmp/err") in
    *untranslated*|*fuzzy*|*warning*) fail "man/po/$lang.po: $(tail -n 1 "$tmp/err")" ;;
  esac
  grep -q '^#, .*fuzzy' "$catalog" && fail "man/po/$lang.po has a fuzzy flag"

  [ -f "$page" ] || { fail "$lang: there is no page $page"; continue; }
  [ "$(grep -c '^\.SH' "$page")" -eq "$headings" ] \
    || fail "$lang: the page has not the English page's $headings sections"

  # man-db's whatis and apropos find the NAME section by its heading.
  if command -v lexgrog >/dev/null 2>&1; then
    run lexgrog "$page"
    expect_status 0 "$lang: lexgrog (whatis) reads the NAME section"
  fi
  if command -v mandoc >/dev/null 2>&1; then
    run mandoc -T lint -W warning "$page"
    expect_status 0 "$lang: mandoc -T lint"
    expect_no_output "$lang: mandoc -T lint"
  fi
  if command -v groff >/dev/null 2>&1; then
    run groff -man -ww -z -K utf8 -T utf8 "$page"
    expect_status 0 "$lang: groff -man -ww"
    expect_no_errors "$lang: groff -man -ww"
  fi

  # Typography (the glossary's), matched byte by byte: a Han character is
  # a UTF-8 sequence led by E4 to E9, an Arabic letter one led by D8 or D9.
  msgstrs "$catalog" >"$tmp/strings"
  case $lang in
    fr)
      # A no-break space, never a space, before : ; ! ? and inside « ».
      LC_ALL=C grep -n ' [:;!?]\|« \| »' "$tmp/strings" \
        && fail "fr: a space where French takes a no-break space" ;;
    ru)
      LC_ALL=C grep -n "$(printf '\321\221\\|\320\201')" "$tmp/strings" \
        && fail "ru: ё instead of е"
      grep -v '^ohchr-mission - ' "$tmp/strings" | LC_ALL=C grep -n ' - \| —' \
        && fail "ru: a hyphen for a dash, or a space that may break before one" ;;
    ar)
      LC_ALL=C grep -n "$(printf '[\330\331][\200-\277][,;?]')" "$tmp/strings" \
        && fail "ar: Latin punctuation after Arabic (، ؛ ؟)"
      LC_ALL=C grep -n "$(printf '\331[\240-\251]')" "$tmp/strings" \
        && fail "ar: Eastern Arabic digits instead of Western ones" ;;
    zh_CN)
      LC_ALL=C grep -n "$(printf '[\344-\351][\200-\277][\200-\277][,.;:?!()]')" \
          "$tmp/strings" \
        && fail "zh_CN: Latin punctuation after a Han character" ;;
  esac
done

finish
