/* The languages the statement is printed in: those --lang names, or the
   environment's, with what cannot be printed reported.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_TEXT_LANGUAGES_H
#define OHCHR_TEXT_LANGUAGES_H

#include <stdbool.h>
#include <stddef.h>

#include "language.h"
#include "statement.h"

struct text_languages
{
  struct statement_text texts[LANGUAGE_COUNT];
  size_t count;
  bool left_out;      /* a language asked for cannot be printed: the
                         others are, and the exit status is 1 */
};

/* Choose the languages of the text into *CHOSEN: the COUNT languages of
   NAMED, in order, or the environment's when COUNT is 0.  IN_CHARSET says
   that the text is written in the locale's character set (not JSON):
   then a language whose letters the character set does not hold cannot be
   printed.  What cannot be printed is reported on standard error.

   From the environment, the first language whose catalog is usable is
   taken, as gettext does; English, with a message saying why, when none
   is.  A single language named that cannot be printed ends the program
   with status 1; of several, the others are printed.  */
void text_languages_choose (const struct language *const *named, size_t count,
                            bool in_charset, struct text_languages *chosen);

#endif
