#!/bin/sh
# --format=html read back by a real HTML5 parser (html5lib): each
# language's section with its lang and dir, the headings, every paragraph
# with its id and its text exact, the matches in <mark>, the escaping; a
# whole UTF-8 page with --standalone.  And Markdown's HTML block around a
# right-to-left text.
. "${abs_top_srcdir:-.}/tests/init.sh"

need_python html5lib python3-html5lib
need_command jq jq

# read_back FILE fragment|page: what the parser makes of FILE, one line a
# fact: "section LANG DIR", "heading LEVEL TEXT", "p ID TEXT", "mark
# TEXT", "html LANG DIR", "charset CS", "title TEXT", "doctype NAME",
# "table ROWS", "error MESSAGE" for each parse error.
read_back ()
{
  "$python" - "$@" <<'EOF'
import sys, html5lib

name, kind = sys.argv[1], sys.argv[2]
with open(name, 'rb') as f:
    data = f.read()
parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
if kind == 'page':
    tree = parser.parse(data)
else:
    tree = parser.parseFragment(data.decode('utf-8'), container='div')
for position, error, details in parser.errors:
    print('error', error)

def text(element):
    return ''.join(element.itertext())

if kind == 'page':
    if data.startswith(b'<!DOCTYPE html>\n'):
        print('doctype html')
    html = tree if tree.tag == 'html' else tree.find('.//html')
    print('html', html.get('lang', '-'), html.get('dir', '-'))
    for meta in html.iter('meta'):
        print('charset', meta.get('charset', '-'))
    for title in html.iter('title'):
        print('title', text(title))
for section in tree.iter('section'):
    print('section', section.get('lang', '-'), section.get('dir', '-'))
    for element in section.iter():
        if element.tag in ('h1', 'h2', 'h3', 'h4'):
            print('heading', element.tag[1], text(element))
        elif element.tag == 'p':
            print('p', element.get('id', element.get('class', '-')), text(element))
        elif element.tag == 'mark':
            print('mark', text(element))
        elif element.tag == 'table':
            print('table', len(element.findall('.//tbody/tr')))
for table in tree.iter('table'):
    if not list(tree.iter('section')):
        print('table', len(table.findall('.//tbody/tr')))
EOF
}

# One language: a fragment, a section of that language, the title as a
# heading, each paragraph's id its section's and its text the statement's.
run "$prog" --format=html -L ar
expect_status 0 "-f html -L ar"
read_back "$tmp/out" fragment >"$tmp/facts"
grep -q '^error' "$tmp/facts" && fail "-f html: parse errors: $(grep '^error' "$tmp/facts" | head -n 3)"
[ "$(grep -c '^section' "$tmp/facts")" -eq 1 ] || fail "-f html -L ar: not one section"
grep -qx 'section ar rtl' "$tmp/facts" || fail "-f html -L ar: the section's lang and dir: $(grep '^section' "$tmp/facts")"
grep -qx "heading 1 $(title_of ar)" "$tmp/facts" || fail "-f html -L ar: the title is not a heading"
"$prog" -f json -L ar | jq -r '.sections[] | "p \(.id) \(.text)"' >"$tmp/expected"
grep '^p ' "$tmp/facts" >"$tmp/got"
cmp -s "$tmp/expected" "$tmp/got" || fail "-f html -L ar: the paragraphs are not the statement's, with their ids"
grep -q '^<!DOCTYPE' "$tmp/out" && fail "-f html: a fragment has a document type"

# Several languages: a section each, with its tag and direction; ids made
# unique by the language's code; titles and numbers; the citation.
run "$prog" -f html -L zh,ar,en -t -n --cite -s 2,6
read_back "$tmp/out" fragment >"$tmp/facts"
grep -q '^error' "$tmp/facts" && fail "-f html, three languages: parse errors"
[ "$(grep '^section' "$tmp/facts" | tr '\n' '|')" = "section zh-Hans ltr|section ar rtl|section en ltr|" ] \
  || fail "-f html, three languages: $(grep '^section' "$tmp/facts" | tr '\n' '|')"
for lang in zh ar en; do
  "$prog" -f json -L $lang -s 2,6 | jq -r --arg l $lang '.sections[] | "p \(.id)-\($l) \(.text)"'
done >"$tmp/expected"
grep '^p [a-z]*-' "$tmp/facts" >"$tmp/got"
cmp -s "$tmp/expected" "$tmp/got" || fail "-f html -t -n, three languages: the paragraphs: $(diff "$tmp/expected" "$tmp/got" | head -n 3)"
grep -qx 'heading 1 English' "$tmp/facts" || fail "-f html, three languages: no heading for the language"
grep -qx 'heading 2 6. Right to development' "$tmp/facts" || fail "-f html -t -n: the section's title"
[ "$(grep -c '^p citation ' "$tmp/facts")" -eq 3 ] || fail "-f html --cite: a citation for each language"
grep -q '<a href="http://www.ohchr.org/english/about/mission.htm">' "$tmp/out" || fail "-f html --cite: the address is not a link"
[ "$(grep -c '^p notice ' "$tmp/facts")" -eq 2 ] || fail "-f html --cite: the translations' notices"
run "$prog" -f html -L fr -n -s 6
read_back "$tmp/out" fragment | grep -q '^p development 6\. Le HCDH' || fail "-f html -n: the number before the paragraph"

# The matches in <mark>.
run "$prog" -f html --search equality -L en
read_back "$tmp/out" fragment >"$tmp/facts"
grep -qx 'mark equality' "$tmp/facts" || fail "-f html --search: no <mark>: $(grep mark "$tmp/facts")"

# Escaped: a title holding HTML's own characters reads back as it is.
cat >"$tmp/markup.sed" <<'EOF'
/^msgid "Mission Statement"$/{n;s|.*|msgstr "<b>Misión</b> \& \\"visión\\" '\&amp;'"|}
EOF
edited_catalog "$tmp/cat" es "$(cat "$tmp/markup.sed")"
run env OHCHR_MISSION_LOCALEDIR="$tmp/cat" "$prog" -f html -L es --standalone
read_back "$tmp/out" page >"$tmp/facts"
grep -q '^error' "$tmp/facts" && fail "-f html, a title with markup: parse errors"
grep -qxF "heading 1 <b>Misión</b> & \"visión\" '&amp;'" "$tmp/facts" \
  || fail "-f html: the title is not escaped: $(grep heading "$tmp/facts")"
grep -qxF "title <b>Misión</b> & \"visión\" '&amp;'" "$tmp/facts" \
  || fail "-f html --standalone: the page's title is not escaped"

# --standalone: a whole page, UTF-8, the language on <html> for one
# language only.
run "$prog" -f html --standalone -L ar -s 1
read_back "$tmp/out" page >"$tmp/facts"
grep -q '^error' "$tmp/facts" && fail "--standalone: parse errors: $(grep '^error' "$tmp/facts" | head -n 3)"
grep -qx 'doctype html' "$tmp/facts" || fail "--standalone: no <!DOCTYPE html>"
grep -qx 'html ar rtl' "$tmp/facts" || fail "--standalone -L ar: <html> has not the language: $(grep '^html' "$tmp/facts")"
grep -qx 'charset utf-8' "$tmp/facts" || fail "--standalone: no <meta charset=\"utf-8\">"
grep -qx "title $(title_of ar)" "$tmp/facts" || fail "--standalone: the page's title"
grep -qx 'p mission '"$("$prog" -f json -L ar -s 1 | jq -r '.sections[0].text')" "$tmp/facts" \
  || fail "--standalone: the paragraph"
run "$prog" -f html --standalone -L en,fr -s 1
read_back "$tmp/out" page >"$tmp/facts"
grep -qx 'html - -' "$tmp/facts" || fail "--standalone, two languages: <html> has a language"
[ "$(grep -c '^section' "$tmp/facts")" -eq 2 ] || fail "--standalone, two languages: not two sections"

# The lists as tables.
run "$prog" -f html --list -L ar,en
read_back "$tmp/out" fragment >"$tmp/facts"
[ "$(grep -c '^table 10$' "$tmp/facts")" -eq 2 ] || fail "-f html --list: a table of ten for each language"
grep -qx 'section ar rtl' "$tmp/facts" || fail "-f html --list: the language's direction"
# The headings speak the interface's language, and say so.
run env LANGUAGE=fr "$prog" -f html --list -L ar
grep -q '<thead lang="fr" dir="ltr"><tr><th>N°</th>' "$tmp/out" \
  || fail "-f html --list: the headings' language: $(grep thead "$tmp/out")"
run "$prog" -f html --languages --standalone
read_back "$tmp/out" page >"$tmp/facts"
grep -qx 'table 6' "$tmp/facts" || fail "-f html --languages: a table of six"
grep -q 'lang="ar" dir="rtl">العربية<' "$tmp/out" || fail "-f html --languages: the Arabic name's direction"

# UTF-8 and never wrapped, whatever the locale and the width; no marks.
run env LC_ALL=C "$prog" -f html -L ar -w 20
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || fail "-f html: not UTF-8"
[ "$(grep -c '^<p id=' "$tmp/out")" -eq 10 ] || fail "-f html -w 20: paragraphs wrapped"
LC_ALL=C grep -q "$(printf '\342\200[\216\217\252-\256]')" "$tmp/out" && fail "-f html: directional marks"
run env TERM=xterm "$pty_run" 40 "$prog" -f html -L ar -s 1
LC_ALL=C grep -q "$(printf '\033')" "$tmp/out" && fail "-f html on a terminal: escape sequences"
grep -q '<p id="mission">' "$tmp/out" || fail "-f html on a terminal"

# --standalone is for HTML.
run "$prog" --standalone
expect_usage_error "option '--standalone' applies only to '--format=html'" "--standalone alone"
run "$prog" -f html --standalone --format=json
expect_status 2 "--standalone -f json"

# Markdown: a right-to-left text inside an HTML block that CommonMark keeps
# (a line of its own, then a blank line; a blank line before its end), so
# that the Markdown between is read as Markdown and rendered right to left.
run "$prog" -f markdown -L ar -t
[ "$(sed -n 1p "$tmp/out")" = '<div dir="rtl" lang="ar">' ] || fail "markdown -L ar: no <div dir=\"rtl\" lang=\"ar\"> first"
[ -z "$(sed -n 2p "$tmp/out")" ] || fail "markdown -L ar: no blank line after the <div>"
[ "$(sed -n 3p "$tmp/out")" = "# $(title_of ar)" ] || fail "markdown -L ar: the heading inside the <div>"
[ "$(tail -n 1 "$tmp/out")" = '</div>' ] || fail "markdown -L ar: not ending with </div>"
[ -z "$(tail -n 2 "$tmp/out" | head -n 1)" ] || fail "markdown -L ar: no blank line before </div>"
run "$prog" -f markdown -L en,ar,fr -s 1
[ "$(grep -c '^<div dir="rtl" lang="ar">$' "$tmp/out")" -eq 1 ] || fail "markdown -L en,ar,fr: one <div>, the Arabic one"
[ "$(grep -c '^</div>$' "$tmp/out")" -eq 1 ] || fail "markdown -L en,ar,fr: one </div>"
run "$prog" -f markdown -L ar --list
[ "$(sed -n 1p "$tmp/out")" = '<div dir="rtl" lang="ar">' ] || fail "markdown --list -L ar: no <div>"

finish
