/* Line break opportunities of text made of common characters.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_MISSION_COMMON_BREAKS_H
#define OHCHR_MISSION_COMMON_BREAKS_H

#include <stdbool.h>
#include <stddef.h>

/* If every character of the valid UTF-8 text S[0..N) is of one of the
   classes common-chars.h knows, store in BREAKS[0..N) what
   u8_possible_linebreaks would (UC_BREAK_POSSIBLE before a character a
   line may start with, UC_BREAK_PROHIBITED elsewhere) and return true.
   Otherwise return false, leaving BREAKS undefined.  */
bool common_breaks (const char *s, size_t n, char *breaks);

#endif /* OHCHR_MISSION_COMMON_BREAKS_H */
