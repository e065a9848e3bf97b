/* --help and --version.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_HELP_H
#define OHCHR_HELP_H

/* Print the help, laid out for the terminal's width, and exit.  */
_Noreturn void help_print (void);

/* Print the version, the licence and what the text is, and exit.  */
_Noreturn void version_print (void);

#endif
