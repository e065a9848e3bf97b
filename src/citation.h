/* Citing the statement: the Office, the title, the sections, the source.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_CITATION_H
#define OHCHR_CITATION_H

#include "document.h"

/* The citation of DOCUMENT in its language, as one malloc'd sentence:
   "Office of ..., “Mission Statement”, sections 5, 6. Source: http://...".
   The sections are named unless the statement is whole.  */
char *citation_text (const struct document *document);

/* Where the source's address starts in CITATION, a citation_text: a
   wrapped citation puts it on a line of its own (an address cut in two
   cannot be copied).  *BEFORE_END is where the text before it ends, the
   spaces between left out.  0 when no text comes before the address.  */
size_t citation_address_start (const char *citation, size_t *before_end);

#endif
