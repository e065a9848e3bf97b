/* The six official languages of the United Nations, and the names people
   give them.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_LANGUAGE_H
#define OHCHR_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

enum { LANGUAGE_COUNT = 6 };

struct language
{
  const char *code;          /* what --lang takes: "en", "zh", ... */
  const char *catalog;       /* the catalog's name in po/: "es", "zh_CN" */
  const char *tag;           /* its BCP 47 tag: "es", "zh-Hans" */
  const char *native_name;   /* the language's own name */
  const char *english_name;  /* its name in English */
  bool right_to_left;        /* written from right to left */
};

/* In the order the United Nations lists them: the source first.  */
extern const struct language languages[LANGUAGE_COUNT];

/* The language the English source is written in.  */
#define SOURCE_LANGUAGE (&languages[0])

/* What a name given for a language stands for.  */
enum language_name_kind
{
  LANGUAGE_NAME_KNOWN,        /* one of the six */
  LANGUAGE_NAME_TRADITIONAL,  /* Chinese in Traditional characters, which
                                 the program has no catalog for */
  LANGUAGE_NAME_UNKNOWN
};

/* The language NAME stands for, in *LANGUAGE: a code ("es"), a locale name
   ("es_ES.UTF-8"), a BCP 47 tag ("es-MX", "zh-Hans") or the language's
   own or English name ("español", "Spanish"), in any case.  For
   LANGUAGE_NAME_TRADITIONAL, *LANGUAGE is Chinese.  NAME must be valid
   UTF-8.  */
enum language_name_kind language_by_name (const char *name,
                                          const struct language **language);

/* The index of LANGUAGE in the table.  */
size_t language_index (const struct language *language);

/* The languages the environment asks for, in order: the entries of
   LANGUAGE (a colon-separated list, honoured in the C locale too), or
   when none of them names one of the six, the language of the first of
   LC_ALL, LC_MESSAGES and LANG that is set.  Each of the six appears
   once; TRADITIONAL[i] says whether the entry that named LIST[i] asked
   for Traditional Chinese.  Returns the number of languages (0 when the
   environment names none of the six).  The environment is read at the
   first call, before the program changes LANGUAGE.  */
size_t language_environment_list (const struct language *list[LANGUAGE_COUNT],
                                  bool traditional[LANGUAGE_COUNT]);

/* Whether the locale name NAME is the C or POSIX locale; NULL, what
   setlocale returns for a locale it cannot set, counts as C.  */
bool language_is_c_locale (const char *name);

#endif
