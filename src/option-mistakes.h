/* The mistakes getopt_long finds in the options, reported.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_OPTION_MISTAKES_H
#define OHCHR_OPTION_MISTAKES_H

#include <getopt.h>

/* Report the mistake getopt_long, silenced by opterr = 0, found in WORD,
   the argument it was reading, and exit with status 2.  RESULT is what it
   returned: ':' for an option whose argument is missing (its short
   options start with ':', after any '+' or '-'), '?' for any other
   mistake; LETTER is what it left in optopt, and LONG_OPTIONS what it was
   given.  */
_Noreturn void option_mistake_report (int result, const char *word,
                                      int letter,
                                      const struct option *long_options);

#endif
