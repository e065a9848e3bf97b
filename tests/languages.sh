#!/bin/sh
# --lang in all its spellings and as a list, --languages, and catalogs that
# are missing, partial, foreign, damaged or not regular files.
. "${abs_top_srcdir:-.}/tests/init.sh"

need_command msgunfmt gettext

# expect_language CODE NAME...: --lang NAME prints the statement in CODE.
expect_language ()
{
  expected=$(title_of "$1")
  shift
  for name in "$@"; do
    run "$prog" --lang "$name"
    expect_status 0 "--lang '$name'"
    [ "$(head -n 1 "$tmp/out")" = "$expected" ] \
      || fail "--lang '$name': '$(head -n 1 "$tmp/out")', expected '$expected'"
  done
}

expect_language en en EN English english en_US en_GB.UTF-8 en-US
expect_language es es ES es_ES.UTF-8 es_MX es-MX es-419 español ESPAÑOL espanol Spanish
expect_language fr fr fr_CA fr_FR.UTF-8 fr-CH français Français FRANCAIS French
expect_language ar ar ar_EG.UTF-8 ar-SA "العربية" Arabic
expect_language zh zh zh_CN zh-CN zh-Hans zh_CN.UTF-8 zh-Hans-CN zh-Hans-TW zh_SG "中文" Chinese
expect_language ru ru ru_RU ru-RU ru_RU.KOI8-R "русский" "Русский" "РУССКИЙ" Russian

# Anything else, including a path, exits 2 with the list of languages.
for name in de pt ../es es/../fr /usr/share/locale/es "" all-of-them e \
            "español!" "$(printf 'es\377')" english-please en../es es./x es. es@ , ,,; do
  run "$prog" --lang "$name"
  expect_status 2 "--lang '$name'"
  expect_no_output "--lang '$name'"
  expect_error_line "The languages are: en (English), es (español), fr (français), ar (العربية), zh (中文), ru (русский), or all; give several with commas (--lang=en,fr)." "--lang '$name' lists the languages"
done

# Traditional Chinese is explained, not called unknown.
for name in zh-Hant zh_TW zh-TW zh-HK zh_HK.UTF-8 zh-Hant-CN zh_MO; do
  run "$prog" --lang "$name"
  expect_usage_error "there is no Chinese catalog in Traditional characters ('$name'): the Chinese text is in Simplified characters" "--lang $name"
  expect_error_line "To print it, use '--lang=zh' (or '--lang=zh-Hans')." "--lang $name: the way out"
done

# A list of languages: each in the order given, once, under its own name.
headings ()
{
  grep -x -e English -e español -e français -e العربية -e 中文 -e русский "$tmp/out" \
    | tr '\n' ' '
}
for case in "en,fr|English français " "fr,en|français English " \
            "ru,es,ru|русский español " "zh, ar,|中文 العربية " \
            "all|English español français العربية 中文 русский " \
            "ru,all|русский English español français العربية 中文 " \
            "es_ES.UTF-8,Arabic|español العربية "; do
  spec=${case%%|*}
  run "$prog" --lang "$spec" -s development
  expect_status 0 "--lang '$spec'"
  [ "$(headings)" = "${case#*|}" ] || fail "--lang '$spec': headings '$(headings)'"
done
run "$prog" --lang all -s development
expect_output "$golden/all.development.txt" "--lang all -s development"
run "$prog" --lang en,de
expect_usage_error "unknown language 'de'" "an unknown language in a list"
run "$prog" --lang fr --lang es
[ "$(head -n 1 "$tmp/out")" = "$(title_of es)" ] || fail "the last --lang wins"

# --languages lists the six, with their catalogs installed (in the build
# tree here).
run "$prog" --languages
expect_status 0 "--languages"
expect_output "$golden/languages.txt" "--languages"

# Catalogs that cannot be used: each says which and why, and --lang
# prints nothing in another language.
catalogs "$tmp/cat" es fr ar zh ru
mkdir -p "$tmp/none" "$tmp/directory/es/LC_MESSAGES/ohchr-mission.mo" \
         "$tmp/fifo/es/LC_MESSAGES" "$tmp/device/es/LC_MESSAGES" \
         "$tmp/truncated/es/LC_MESSAGES" "$tmp/garbage/es/LC_MESSAGES"
mkfifo "$tmp/fifo/es/LC_MESSAGES/ohchr-mission.mo"
ln -s /dev/null "$tmp/device/es/LC_MESSAGES/ohchr-mission.mo"
head -c 200 "$tmp/cat/es/LC_MESSAGES/ohchr-mission.mo" \
  >"$tmp/truncated/es/LC_MESSAGES/ohchr-mission.mo"
printf 'not a catalog at all, and longer than a header would be.\n' \
  >"$tmp/garbage/es/LC_MESSAGES/ohchr-mission.mo"
edited_catalog "$tmp/foreign" es 's/^"Project-Id-Version: .*/"Project-Id-Version: coreutils 9.1\\n"/'
edited_catalog "$tmp/partial" es '/^msgid "Empowerment"$/{n;s/.*/msgstr ""/}'
# (msgfmt writes valid UTF-8 only: the bad byte is put in afterwards.)
edited_catalog "$tmp/damaged" es '/^msgid "Empowerment"$/{n;s/.*/msgstr "EmpoXXXX"/}'
LC_ALL=C sed -i "s/EmpoXXXX/Empo$(printf '\377')XXX/" "$tmp/damaged/es/LC_MESSAGES/ohchr-mission.mo"
edited_catalog "$tmp/format" es '/^msgid "%s, %s. Source: %s"$/{n;s/.*/msgstr "%s, %d. Fuente: %s"/}'
file=es/LC_MESSAGES/ohchr-mission.mo
timeout=
command -v timeout >/dev/null 2>&1 && timeout="timeout 20"
for case in "none|is not installed: no '$tmp/none/$file'|not installed" \
            "directory|'$tmp/directory/$file' is not a regular file|unreadable" \
            "fifo|'$tmp/fifo/$file' is not a regular file|unreadable" \
            "device|'$tmp/device/$file' is not a regular file|unreadable" \
            "truncated|'$tmp/truncated/$file' cannot be read|unreadable" \
            "garbage|'$tmp/garbage/$file' cannot be read|unreadable" \
            "foreign|'$tmp/foreign/$file' is not this program's|not this program's" \
            "partial|'$tmp/partial/$file' does not translate the whole statement|incomplete" \
            "damaged|'$tmp/damaged/$file' holds bytes that are not valid UTF-8|damaged" \
            "format|'$tmp/format/$file' translates a format with other directives than the original's|damaged"; do
  dir=${case%%|*}
  rest=${case#*|}
  message=${rest%|*}
  state=${rest#*|}
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" $timeout "$prog" --lang es
  expect_status 1 "$dir catalog"
  expect_no_output "$dir catalog"
  expect_error_start "ohchr-mission: the español (es) catalog $message" "$dir catalog"
  expect_error_line "Reinstall ohchr-mission, or choose another language with --lang (--languages lists them)." "$dir catalog: the way out"
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" $timeout "$prog" --languages
  expect_status 0 "--languages, $dir catalog"
  grep -q "^es  español  *Spanish  *$state\$" "$tmp/out" \
    || fail "--languages, $dir catalog: not '$state': $(grep '^es' "$tmp/out")"
  # From the environment, such a catalog is passed over for English.
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" LANG=es_ES.UTF-8 $timeout "$prog"
  expect_status 0 "$dir catalog, Spanish from LANG"
  expect_output "$golden/statement.en.txt" "$dir catalog, Spanish from LANG: English"
  [ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "$dir catalog from LANG: not one line: $(cat "$tmp/err")"
  expect_error_start "ohchr-mission: the español (es) catalog is $state: printing in English (reinstall ohchr-mission, or choose a language with --lang)" "$dir catalog from LANG"
done
run "$prog" --languages -f json
! have_command jq || [ "$(jq -r '.[1].state' "$tmp/out")" = installed ] \
  || fail "--languages -f json: state"

# From the environment: the first language whose catalog is usable, as
# gettext does, with no word said.
catalogs "$tmp/spanish" es
run env OHCHR_MISSION_LOCALEDIR="$tmp/spanish" LANGUAGE=fr:es "$prog"
expect_status 0 "LANGUAGE=fr:es with Spanish alone"
[ "$(head -n 1 "$tmp/out")" = "$(title_of es)" ] || fail "LANGUAGE=fr:es with Spanish alone: not Spanish"
expect_no_errors "LANGUAGE=fr:es with Spanish alone"
run env OHCHR_MISSION_LOCALEDIR="$tmp/spanish" LANGUAGE=fr:en:es "$prog"
expect_output "$golden/statement.en.txt" "LANGUAGE=fr:en:es: English comes before Spanish"
expect_no_errors "LANGUAGE=fr:en:es: English was asked for"
run env OHCHR_MISSION_LOCALEDIR="$tmp/spanish" LANG=fr_FR.UTF-8 "$prog"
expect_status 0 "LANG=fr_FR.UTF-8 without the French catalog"
expect_output "$golden/statement.en.txt" "LANG=fr_FR.UTF-8 without the French catalog"
expect_error_start "ohchr-mission: the français (fr) catalog is not installed: printing in English" "LANG=fr_FR.UTF-8 without the French catalog"

# Several languages, one of them missing: the others are printed, the
# missing one is reported, and the exit status is 1, as cat does.
catalogs "$tmp/no-french" es ar zh ru
run env OHCHR_MISSION_LOCALEDIR="$tmp/no-french" "$prog" --lang all -s 1
expect_status 1 "--lang all without French"
[ "$(headings)" = "English español العربية 中文 русский " ] || fail "--lang all without French: '$(headings)'"
expect_error_start "ohchr-mission: the français (fr) catalog is not installed" "--lang all without French"
run env OHCHR_MISSION_LOCALEDIR="$tmp/none" "$prog" --lang fr,es
expect_status 1 "--lang fr,es without catalogs"
expect_no_output "--lang fr,es without catalogs"
[ "$(grep -c 'catalog is not installed' "$tmp/err")" -eq 2 ] || fail "--lang fr,es: both not reported"
run env OHCHR_MISSION_LOCALEDIR="$tmp/none" "$prog" --lang en
expect_output "$golden/statement.en.txt" "English needs no catalog"

# Traditional Chinese from the environment: the Simplified text, with a
# note.
run env LANG=zh_TW.UTF-8 "$prog"
expect_status 0 "LANG=zh_TW.UTF-8"
[ "$(head -n 1 "$tmp/out")" = "$(title_of zh)" ] || fail "LANG=zh_TW.UTF-8: not Chinese"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "LANG=zh_TW.UTF-8: not one line of note"
expect_in "$tmp/err" "简体字" "LANG=zh_TW.UTF-8: the note, in Chinese"

# The text's language and the interface's are apart: --lang chooses the
# text, the environment the messages.
run env LANG=en_US.UTF-8 "$prog" --lang zh -s 99
expect_usage_error "there is no section '99'" "--lang zh, an English reader's mistake"
run env LANG=es_ES.UTF-8 "$prog" --lang en -s 99
expect_status 2 "--lang en, a Spanish reader's mistake"
expect_error_start "ohchr-mission: no existe la sección «99»" "--lang en, a Spanish reader's mistake"
run env LANG=es_ES.UTF-8 "$prog" --lang en -s 1
expect_status 0 "--lang en in a Spanish locale"
grep -q 'Office of the United Nations' "$tmp/out" || fail "--lang en in a Spanish locale: not English"

# Sections by their titles in the chosen languages; ids and numbers anywhere.
section_of ()
{
  run "$prog" --lang "$1" --list -s "$2"
  expect_status 0 "--lang $1 -s '$2'"
  awk '$1 ~ /^[0-9]+$/ { print $2 }' "$tmp/out" | sort -u
}
for case in "es desarrollo development" "es DESARROLLO development" \
            "fr developpement development" "fr Développement development" \
            "fr DÉVELOPPEMENT development" "ru развитие development" \
            "ru РАЗВИТИЕ development" "ar التنمية development" "zh 发展权 development" \
            "es diálogo dialogue" "es dialogo dialogue" "fr mise implementation" \
            "fr 6 development" "zh development development" "ru dev development" \
            "ru empowerment empowerment" "es empoderamiento empowerment" \
            "en,fr développement development" "fr,es desarrollo development" \
            "fr oeuvre implementation" "ar ازاله prevention"; do
  set -- $case
  got=$(section_of "$1" "$2")
  [ "$got" = "$3" ] || fail "--lang $1 -s '$2' gives '$got', expected '$3'"
done
run "$prog" --lang es -s desarollo
expect_status 2 "misspelt Spanish title"
expect_in "$tmp/err" "'development' (Derecho al desarrollo)" "near match in Spanish"
# A near miss is counted in letters, whatever the script: one wrong
# letter is near, an unrelated word is not.
run "$prog" --lang ru -s развитиа
expect_in "$tmp/err" "did you mean 'development' (Право на развитие)?" "near match in Russian"
for case in "ru прова" "zh 猫狗" "ar مال"; do
  set -- $case
  run "$prog" --lang $1 -s "$2"
  expect_usage_error "unknown section '$2'" "--lang $1 -s $2"
  grep -q "did you mean" "$tmp/err" && fail "--lang $1 -s $2: a near match: $(head -n 1 "$tmp/err")"
done

finish
