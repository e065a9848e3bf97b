/* What a user who named no section may have meant.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_HINTS_H
#define OHCHR_HINTS_H

#include <stdbool.h>
#include <stddef.h>

#include "text-languages.h"

/* The COUNT sections of CANDIDATES by id and title (in the first of
   TEXTS's languages): "'development' (Right to development), ...", as a
   malloc'd string.  */
char *hints_list_sections (const size_t *candidates, size_t count,
                           const struct text_languages *texts);

/* After "unknown section WORD", the ways out that fit WORD, on standard
   error: a language name or code given as an OPERAND suggests --lang; a
   value of --color given as a separate word (COLOUR_VALUE) shows how to
   write it; a word of the statement in one of TEXTS suggests --search.  */
void hints_for_unknown_section (const char *word, bool operand,
                                bool colour_value,
                                const struct text_languages *texts);

#endif
