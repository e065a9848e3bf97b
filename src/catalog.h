/* The message catalogs: the interface's, and the statement's in each
   language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_CATALOG_H
#define OHCHR_CATALOG_H

#include "language.h"
#include "statement.h"

/* What a language's catalog is worth.  */
enum catalog_state
{
  CATALOG_USABLE,       /* whole and ours (or English, which needs none) */
  CATALOG_MISSING,      /* no such file */
  CATALOG_NOT_REGULAR,  /* a directory, a FIFO, a device...: never opened */
  CATALOG_UNREADABLE,   /* cannot be read, or is no catalog at all */
  CATALOG_FOREIGN,      /* another program's catalog under this one's name */
  CATALOG_INCOMPLETE,   /* a message of the statement is not translated */
  CATALOG_DAMAGED,      /* bytes that do not match its character set */
  CATALOG_BAD_FORMAT    /* a format translated with other directives */
};

/* Make the interface (help, messages) speak the first language of the
   environment whose catalog is usable and whose letters the locale's
   charset holds, as gettext programs do, with LANGUAGE honoured in the C
   locale too; English if none is.  */
void catalog_choose_interface (void);

/* The language the interface speaks (SOURCE_LANGUAGE until
   catalog_choose_interface chose another).  */
const struct language *catalog_interface_language (void);

/* Give LANGUAGE back the value it had when the program started (the
   program steers gettext through it), for a program started from this
   one.  */
void catalog_restore_environment (void);

/* Load LANGUAGE's statement into *TEXT.  Returns CATALOG_USABLE, or why
   the catalog cannot be used (then *TEXT must not be used).  The
   interface's language is left as it was.  */
enum catalog_state catalog_load_statement (const struct language *language,
                                           struct statement_text *text);

/* The state of LANGUAGE's catalog, as catalog_load_statement finds it.  */
enum catalog_state catalog_state (const struct language *language);

/* Report on standard error that LANGUAGE's catalog is in STATE.  */
void catalog_report (const struct language *language,
                     enum catalog_state state);

/* STATE in a word or two, for --languages ("installed", "incomplete").  */
const char *catalog_state_name (const struct language *language,
                                enum catalog_state state);

#endif
