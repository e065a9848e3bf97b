/* Common definitions for every source file of ohchr-mission.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SYSTEM_H
#define OHCHR_SYSTEM_H

#include <config.h>

#include <libintl.h>
#include <stddef.h>
#include <stdlib.h>

#define _(msgid) gettext (msgid)
#define N_(msgid) msgid
/* A message with a plural, marked for translation: the singular and the
   plural msgids, for ngettext later.  */
#define N_PLURAL(singular, plural) singular, plural

/* The name the program gives itself in messages, whatever argv[0] is.  */
#define PROGRAM_NAME "ohchr-mission"

/* Exit statuses: EXIT_SUCCESS (0); EXIT_FAILURE (1), when a search
   found nothing or something went wrong (a write error, a catalog that
   cannot be read); and this one.  */
enum
{
  EXIT_USAGE = 2      /* the command line is wrong */
};

#define ARRAY_SIZE(a) (sizeof (a) / sizeof ((a)[0]))

#endif
