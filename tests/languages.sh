#!/bin/sh
# --lang in all its spellings, --languages, --lang all, and a catalog that
# cannot be read.
. "${abs_top_srcdir:-.}/tests/init.sh"

# first_line ARGS...: the first line the program prints for -s 1 -t.
title_for ()
{
  run "$prog" --lang "$1" -s 1 -t
  expect_status 0 "--lang '$1'"
  head -n 1 "$tmp/out"
}

expect_language ()
{
  expected=$1
  shift
  for name in "$@"; do
    got=$(title_for "$name")
    [ "$got" = "$expected" ] || fail "--lang '$name': '$got', expected '$expected'"
  done
}

expect_language Mission en EN English english en_US en_GB.UTF-8 en-US
run "$prog" --lang ALL -s 1
expect_status 0 "--lang ALL"
[ "$(grep -c . "$tmp/out")" -eq 12 ] || fail "--lang ALL: not six languages"
expect_language Misión es ES es_ES.UTF-8 es_MX es-MX es-419 español ESPAÑOL espanol Spanish
expect_language Mission fr fr_CA fr_FR.UTF-8 fr-CH français Français FRANCAIS French
expect_language "المهمة" ar ar_EG.UTF-8 ar-SA "العربية" Arabic
expect_language "使命" zh zh_CN zh-CN zh-Hans zh_CN.UTF-8 zh-Hans-CN zh_SG "中文" Chinese
expect_language "Миссия" ru ru_RU ru-RU ru_RU.KOI8-R "русский" "Русский" "РУССКИЙ" Russian

# Anything else, including a path, exits 2 with the list of languages.
for name in de pt zh-TW zh-Hant zh_HK ../es es/../fr /usr/share/locale/es "" \
            all-of-them e "español!" "$(printf 'es\377')" english-please en../es es./x es. es@; do
  run "$prog" --lang "$name"
  expect_status 2 "--lang '$name'"
  expect_no_output "--lang '$name'"
  expect_error_line "The languages are: en (English), es (español), fr (français), ar (العربية), zh (中文), ru (русский), or all." "--lang '$name' lists the languages"
done

# --languages lists the six, with their catalogs installed (in the build
# tree here).
run "$prog" --languages
expect_status 0 "--languages"
expect_output "$golden/languages.txt" "--languages"

# A missing or unreadable catalog: a message and status 1, never English.
mkdir -p "$tmp/empty" "$tmp/broken/es/LC_MESSAGES" "$tmp/truncated/es/LC_MESSAGES"
printf 'not a catalog' >"$tmp/broken/es/LC_MESSAGES/ohchr-mission.mo"
head -c 100 "$abs_top_builddir/po/locale/es/LC_MESSAGES/ohchr-mission.mo" \
  >"$tmp/truncated/es/LC_MESSAGES/ohchr-mission.mo"
for dir in empty broken truncated; do
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" "$prog" --lang es
  expect_status 1 "$dir catalog"
  expect_no_output "$dir catalog"
  expect_error_start "ohchr-mission: the español (es) catalog cannot be found or read in $tmp/$dir" "$dir catalog"
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" LANG=es_ES.UTF-8 "$prog"
  expect_status 1 "$dir catalog, Spanish from LANG"
  run env OHCHR_MISSION_LOCALEDIR="$tmp/$dir" "$prog" --lang all
  expect_status 1 "$dir catalog, --lang all"
  expect_no_output "$dir catalog, --lang all"
done
run env OHCHR_MISSION_LOCALEDIR="$tmp/empty" "$prog" --languages
expect_in "$tmp/out" "not installed" "--languages without catalogs"
# Help, the version and the list of languages are still given, in English,
# when the environment's language has no catalog; a usage error is still
# a usage error.
for option in --help --version --languages; do
  run env OHCHR_MISSION_LOCALEDIR="$tmp/empty" LANG=es_ES.UTF-8 "$prog" $option
  expect_status 0 "$option without the environment's catalog"
  expect_error_start "ohchr-mission: the español (es) catalog cannot be found or read" "$option says why it is in English"
done
run env OHCHR_MISSION_LOCALEDIR="$tmp/empty" LANG=es_ES.UTF-8 "$prog" --bogus
expect_usage_error "unrecognized option '--bogus'" "usage error without the catalog"
run env OHCHR_MISSION_LOCALEDIR="$tmp/empty" "$prog" --lang all --languages
expect_status 0 "--lang all --languages without catalogs"
run env OHCHR_MISSION_LOCALEDIR="$tmp/empty" "$prog" --lang en
expect_output "$golden/statement.en.txt" "English needs no catalog"

# --lang all: each language under its own name, in the UN order.
run "$prog" --lang all -s development
expect_status 0 "--lang all"
expect_output "$golden/all.development.txt" "--lang all -s development"
run "$prog" --lang all
[ "$(grep -c -x -e English -e español -e français -e العربية -e 中文 -e русский "$tmp/out")" -eq 6 ] \
  || fail "--lang all: six headings"

# Sections by their titles in the chosen language; ids and numbers anywhere.
section_of ()
{
  run "$prog" --lang "$1" --list -s "$2"
  expect_status 0 "--lang $1 -s '$2'"
  awk '{ print $2 }' "$tmp/out"
}
for case in "es desarrollo development" "es DESARROLLO development" \
            "fr developpement development" "fr Développement development" \
            "fr DÉVELOPPEMENT development" "ru развитие development" \
            "ru РАЗВИТИЕ development" "ar التنمية development" "zh 发展权 development" \
            "es diálogo dialogue" "es dialogo dialogue" "fr mise implementation" \
            "fr 6 development" "zh development development" "ru dev development" \
            "ru empowerment empowerment" "es empoderamiento empowerment"; do
  set -- $case
  got=$(section_of "$1" "$2")
  [ "$got" = "$3" ] || fail "--lang $1 -s '$2' gives '$got', expected '$3'"
done
run "$prog" --lang es -s desarollo
expect_status 2 "misspelt Spanish title"
expect_error_start "ohchr-mission: " "misspelt Spanish title"
expect_in "$tmp/err" "'development' (Derecho al desarrollo)" "near match in Spanish"
expect_in "$tmp/err" "ohchr-mission --help" "Spanish pointer to --help"

finish
