/* Making text from outside the program valid UTF-8.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_UTF8_REPAIR_H
#define OHCHR_UTF8_REPAIR_H

#include <stddef.h>

/* Return a malloc'd, NUL-terminated copy of the LENGTH bytes of TEXT in
   which each maximal ill-formed sequence is replaced by U+FFFD, and store
   its length in *RESULT_LENGTH if that is not NULL.  NULL if out of
   memory.  */
char *utf8_repair (const char *text, size_t length, size_t *result_length);

#endif
