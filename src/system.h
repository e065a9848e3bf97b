/* Common definitions for every source file of ohchr-mission.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SYSTEM_H
#define OHCHR_SYSTEM_H

#include <config.h>

#include <libintl.h>
#include <stddef.h>

#define _(msgid) gettext (msgid)
#define N_(msgid) msgid

/* The name the program gives itself in messages, whatever argv[0] is.  */
#define PROGRAM_NAME "ohchr-mission"

/* Exit statuses.  A search that finds nothing exits with 1, as grep
   does; so does a failure, which is rare enough to share it.  */
enum
{
  EXIT_OK = 0,
  EXIT_NO_MATCH = 1,  /* a search found nothing */
  EXIT_ERROR = 1,     /* a write error, a catalog that cannot be read */
  EXIT_USAGE = 2      /* the command line is wrong */
};

#define ARRAY_SIZE(a) (sizeof (a) / sizeof ((a)[0]))

#endif
