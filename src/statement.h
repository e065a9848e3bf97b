/* The Mission Statement, its sections, and its text in one language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_STATEMENT_H
#define OHCHR_STATEMENT_H

#include <stdbool.h>

#include "language.h"

enum { SECTION_COUNT = 10 };

/* One paragraph of the statement.  TITLE and TEXT are English msgids; a
   language's text is in its struct statement_text.  */
struct section
{
  int number;           /* 1 to SECTION_COUNT, its place in the statement */
  const char *id;       /* stable English id, the same in every language */
  const char *title;    /* the program's heading, not part of the text */
  const char *text;     /* the paragraph, exactly as published */
};

extern const struct section statement_sections[SECTION_COUNT];

/* Where the English text was published, for citations.  */
extern const char statement_source_address[];

/* Everything printed in the text's language: the statement itself, and
   the words around it.  All valid UTF-8.  */
struct statement_text
{
  const struct language *language;
  const char *title;                         /* "Mission Statement" */
  const char *section_titles[SECTION_COUNT];
  const char *section_texts[SECTION_COUNT];
  const char *notice;        /* that a translation is the program's own;
                                NULL for the English original */
  const char *author;        /* the Office, as a citation names it */
  const char *citation_whole;     /* printf formats of a citation: the */
  const char *citation_sections;  /* author, the quoted title, (the
                                     sections,) the source's address */
  const char *quoted_title;  /* printf format: the title in quotation
                                marks */
  const char *sections_cited[SECTION_COUNT]; /* printf formats: "section %s"
                                for 1 number, "sections %s" for 2... */
  const char *number_separator;  /* between the numbers of a citation */
};

/* How a catalog gives the translation of MSGID, of PLURAL for N with
   ngettext's rules when PLURAL is not NULL; NULL if it has none, or if
   MSGID is a printf format (IS_FORMAT) and the translation's directives
   are not the same.  */
typedef const char *statement_translator (const char *msgid,
                                          const char *plural,
                                          unsigned long n, bool is_format,
                                          void *context);

/* Fill TEXT for LANGUAGE from TRANSLATE.  Returns false, with TEXT
   incomplete, when TRANSLATE has no translation for one of them.  */
bool statement_text_fill (struct statement_text *text,
                          const struct language *language,
                          statement_translator *translate, void *context);

/* The English original.  */
const struct statement_text *statement_english (void);

#endif
