# fish completion for ohchr-mission
# Copyright (C) 2026 The ohchr-mission authors.
# License: GPL-3.0-or-later (see COPYING).

# The language named on the command line so far, if any.
function __ohchr_mission_language
    set -l tokens (commandline -opc)
    set -l lang
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case -L --lang
                set -l next (math $i + 1)
                if test $next -le (count $tokens)
                    set lang $tokens[$next]
                end
            case '--lang=*'
                set lang (string replace -- --lang= '' $tokens[$i])
        end
    end
    set lang (string split , -- $lang)[1]
    test "$lang" != all; and echo $lang
end

# The items so far of the comma-separated list being typed, with a comma.
function __ohchr_mission_list_prefix
    set -l token (commandline -ct)
    string match -q -- '*,*' $token; and string replace -r -- '[^,]*$' '' $token
end

# The sections: id, then the title in the chosen language as description.
function __ohchr_mission_sections
    set -l program (commandline -opc)[1]
    set -l lang (__ohchr_mission_language)
    set -l args --list --format=text --color=never
    if test -n "$lang"
        set args --lang=$lang $args
    end
    set -l prefix (__ohchr_mission_list_prefix)
    $program $args 2>/dev/null | string replace -r '^\s*\d+\s+(\S+)\s+(.*)$' "$prefix\$1\t\$2"
end

# The language codes, each with the language's own name.
function __ohchr_mission_languages
    set -l prefix (__ohchr_mission_list_prefix)
    printf "$prefix%s\t%s\n" en English es español fr français ar العربية \
        zh 中文 ru русский all 'all six'
end

complete -c ohchr-mission -f -a '(__ohchr_mission_sections)'
complete -c ohchr-mission -s s -l section -x -a '(__ohchr_mission_sections)' -d 'Print only this section'
complete -c ohchr-mission -s S -l search -x -d 'Print only the sections that contain every word'
complete -c ohchr-mission -s r -l random -d 'Print one section chosen at random'
complete -c ohchr-mission -s L -l lang -x -a '(__ohchr_mission_languages)' -d 'Print in this language'
complete -c ohchr-mission -s l -l list -d 'List the sections'
complete -c ohchr-mission -l languages -d 'List the languages'
complete -c ohchr-mission -s t -l titles -d "Print each section's title above it"
complete -c ohchr-mission -s n -l number -d "Print each section's number before it"
complete -c ohchr-mission -l cite -d 'End with a citation'
complete -c ohchr-mission -l no-pager -d 'Never show the text through a pager'
complete -c ohchr-mission -s w -l width -x -d 'Wrap lines at N columns (0: no wrapping)'
complete -c ohchr-mission -s W -l no-wrap -d 'Do not wrap lines'
complete -c ohchr-mission -s y -l side-by-side -d 'Print the languages in columns, side by side'
complete -c ohchr-mission -s f -l format -x -a 'text json markdown html' -d 'Output format'
complete -c ohchr-mission -l standalone -d 'With --format=html, a whole page'
complete -c ohchr-mission -l bidi -x -a 'auto logical visual' -d 'How to write right-to-left text'
complete -c ohchr-mission -l color -l colour -f -a 'always never auto' -d 'Titles in bold, search matches in colour'
complete -c ohchr-mission -s h -l help -d 'Display help and exit'
complete -c ohchr-mission -s V -l version -d 'Output version information and exit'
