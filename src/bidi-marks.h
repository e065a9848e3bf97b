/* The invisible characters of UAX #9 that tell a display how to order
   text, and where a right-to-left paragraph needs them.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_BIDI_MARKS_H
#define OHCHR_BIDI_MARKS_H

#include <stddef.h>

#include "bidi.h"

/* The marks, in UTF-8.  */
#define BIDI_LRM "\xE2\x80\x8E"   /* U+200E LEFT-TO-RIGHT MARK */
#define BIDI_RLM "\xE2\x80\x8F"   /* U+200F RIGHT-TO-LEFT MARK */
#define BIDI_LRO "\xE2\x80\xAD"   /* U+202D LEFT-TO-RIGHT OVERRIDE */
#define BIDI_PDF "\xE2\x80\xAC"   /* U+202C POP DIRECTIONAL FORMATTING */
#define BIDI_LRI "\xE2\x81\xA6"   /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define BIDI_RLI "\xE2\x81\xA7"   /* U+2067 RIGHT-TO-LEFT ISOLATE */
#define BIDI_PDI "\xE2\x81\xA9"   /* U+2069 POP DIRECTIONAL ISOLATE */

/* The runs of left-to-right text in the valid UTF-8 TEXT[0..LENGTH) of a
   right-to-left paragraph that must read left to right as units: Latin
   words and the spaces and ASCII punctuation between them ("ohchr-mission
   --lang es"), and numbers with their signs ("-3", "2-4").  The
   punctuation that ends them (the full stop of "1993.") is the
   sentence's, and is left out.  Laid out alone, "--width" in Arabic
   would show as "width--" (rule W6 makes its hyphens neutral, and N1
   gives them the paragraph's direction).

   Stores a malloc'd array of the runs, in order, in *RUNS, and returns
   their number.  Exits if memory runs out.  */
size_t bidi_marks_left_to_right_runs (const char *text, size_t length,
                                      struct bidi_range **runs);

#endif
