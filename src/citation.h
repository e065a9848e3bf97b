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

#endif
