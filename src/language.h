/* The six official languages of the United Nations, and choosing one.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_LANGUAGE_H
#define OHCHR_LANGUAGE_H

#include <stdbool.h>

enum { LANGUAGE_COUNT = 6 };

struct language
{
  const char *code;          /* what --lang takes: "en", "zh", ... */
  const char *catalog;       /* the catalog's name in po/: "es", "zh_CN" */
  const char *native_name;   /* the language's own name */
  const char *english_name;  /* its name in English */
};

/* In the order the United Nations lists them: the source first.  */
extern const struct language languages[LANGUAGE_COUNT];

/* The language the English source is written in.  */
#define SOURCE_LANGUAGE (&languages[0])

/* The language NAME stands for: a code ("es"), a locale name
   ("es_ES.UTF-8"), a BCP 47 tag ("es-MX", "zh-Hans") or the language's
   own or English name ("español", "Spanish"), in any case.  NULL if NAME
   names none of the six (or is not valid UTF-8).  */
const struct language *language_by_name (const char *name);

/* The language the environment asks for, in gettext's order: each entry of
   LANGUAGE, then the first of LC_ALL, LC_MESSAGES and LANG that is set.
   The first that names one of the six wins; English if none does.  */
const struct language *language_from_environment (void);

/* Make LANGUAGE the one gettext translates into.  Returns false if it needs
   a catalog that cannot be found or read.  */
bool language_activate (const struct language *language);

/* Whether LANGUAGE can be shown: English always, another language when its
   catalog is installed and readable.  Leaves the active language as it
   was.  */
bool language_is_available (const struct language *language);

/* How LANGUAGE can be had, for --languages: "source text", "installed"
   or "not installed", in the active language.  */
const char *language_state_name (const struct language *language);

/* The directory the catalogs are read from.  */
const char *language_catalog_directory (void);

#endif
