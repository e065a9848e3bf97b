#!/bin/sh
# The bash completion completes options, sections (ids), languages and
# formats, and the next item after a comma; the zsh and fish ones parse.
. "${abs_top_srcdir:-.}/tests/init.sh"

bash_completion=
for file in /usr/share/bash-completion/bash_completion /etc/bash_completion; do
  [ -f "$file" ] && bash_completion=$file && break
done
if [ -z "$bash_completion" ] || ! command -v bash >/dev/null 2>&1; then
  echo "bash-completion is missing"
  exit 77
fi

# complete WORD...: what bash offers for the last WORD of "ohchr-mission WORD...".
complete_line ()
{
  PATH=$abs_top_builddir/src:$PATH bash -c '
    . "$1"
    . "$2"
    shift 2
    COMP_WORDS=(ohchr-mission "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    # (compopt works only inside real completion: its complaint is noise.)
    _ohchr_mission ohchr-mission "${COMP_WORDS[COMP_CWORD]}" \
      "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
    printf "%s\n" "${COMPREPLY[@]}" | sort
  ' complete "$bash_completion" "$abs_top_srcdir/completions/ohchr-mission" "$@"
}

expect_completion ()
{
  expected=$1
  shift
  got=$(complete_line "$@" | tr '\n' ' ' | sed 's/ $//')
  checks=$((checks + 1))
  [ "$got" = "$expected" ] || fail "ohchr-mission $*<TAB>: '$got', expected '$expected'"
}

expect_completion "development" --section dev
expect_completion "development" -s dev
expect_completion "development" --section=dev
expect_completion "development dialogue" --section d
expect_completion "field-presences foundations" f
expect_completion "high-commissioner" --lang es high
expect_completion "en es" --lang e
expect_completion "fr" -L f
expect_completion "json" --format j
expect_completion "html" --format h
expect_completion "logical" --bidi=l
expect_completion "auto" --bidi a
expect_completion "--side-by-side" --si
expect_completion "--standalone" --st
expect_completion "markdown" -f m
expect_completion "always auto" --color=a
expect_completion "foundations" --color fo
expect_completion "--section=" --sec
expect_completion "--lang= --languages" --la
expect_completion "" --width ""
# Lists: after a comma, the next item.
expect_completion "dev,field-presences dev,foundations" -s dev,f
expect_completion "1,development 1,dialogue" --section 1,d
expect_completion "en,fr" --lang en,f
expect_completion "en,es,ru" -L en,es,r
expect_completion "--no-pager --no-wrap --number" --n
expect_completion "--cite" --ci

# Every long option --help names is offered by each shell's completion.
"$prog" --help | grep -o -e '--[a-z][a-z-]*' | sort -u >"$tmp/options"
complete_line -- >"$tmp/bash-options"
[ -s "$tmp/options" ] || fail "--help names no option"
while read -r option; do
  checks=$((checks + 1))
  grep -qx -e "$option=\?" "$tmp/bash-options" || fail "bash does not complete $option"
  grep -q -e "$option[=}'[]" "$abs_top_srcdir/completions/_ohchr-mission" \
    || fail "zsh does not complete $option"
  grep -q -e "-l ${option#--}\( \|\$\)" "$abs_top_srcdir/completions/ohchr-mission.fish" \
    || fail "fish does not complete $option"
done <"$tmp/options"

for shell in zsh fish; do
  file=$abs_top_srcdir/completions/_ohchr-mission
  [ $shell = fish ] && file=$abs_top_srcdir/completions/ohchr-mission.fish
  if command -v $shell >/dev/null 2>&1; then
    run $shell -n "$file"
    expect_status 0 "$shell -n"
  else
    echo "note: $shell is missing: its completion's syntax is not checked"
  fi
done

finish
