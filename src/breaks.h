/* Line break opportunities: libunistring's (UAX #14), tailored.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_MISSION_BREAKS_H
#define OHCHR_MISSION_BREAKS_H

#include <stddef.h>
#include <unitypes.h>

/* Store in BREAKS[0..LENGTH) the line break opportunities of the LENGTH
   bytes of valid UTF-8 TEXT written in ENCODING: u8_possible_linebreaks's
   (UC_BREAK_MANDATORY at a line end, UC_BREAK_POSSIBLE where a line may
   break before the character...), tailored by src/breaks.c.  */
void breaks_find (const char *text, size_t length, const char *encoding,
                  char *breaks);

/* UAX #14's opportunity (u8_possible_linebreaks's) between the
   characters BEFORE and AFTER alone, in ENCODING.  */
char breaks_between (ucs4_t before, ucs4_t after, const char *encoding);

#endif /* OHCHR_MISSION_BREAKS_H */
