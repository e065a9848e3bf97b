/* The wrapping engine's layout as one string, for the tests.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_MISSION_WRAP_TO_STRING_H
#define OHCHR_MISSION_WRAP_TO_STRING_H

#include <stddef.h>

/* The LENGTH bytes of valid UTF-8 TEXT wrapped at WIDTH columns for
   ENCODING, as one malloc'd NUL-terminated string: lines joined by '\n'
   (no final newline), soft hyphens (U+00AD) removed, '-' after each line
   whose hyphen flag is set.  NULL with errno ENOMEM on failure.  */
char *wrap_to_string (const char *text, size_t length, size_t width,
                      const char *encoding);

#endif
