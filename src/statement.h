/* The Mission Statement and its sections.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_STATEMENT_H
#define OHCHR_STATEMENT_H

enum { SECTION_COUNT = 10 };

/* One paragraph of the statement.  TITLE and TEXT are English msgids; use
   the functions below for the text in the current language.  */
struct section
{
  int number;           /* 1 to SECTION_COUNT, its place in the statement */
  const char *id;       /* stable English id, the same in every language */
  const char *title;    /* the program's heading, not part of the text */
  const char *text;     /* the paragraph, exactly as published */
};

extern const struct section statement_sections[SECTION_COUNT];

/* The title, a section's heading and a section's paragraph in the current
   language, always valid UTF-8.  */
const char *statement_title (void);
const char *section_title (const struct section *section);
const char *section_text (const struct section *section);

#endif
