/* Showing text through a pager, as man and git do.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_PAGER_H
#define OHCHR_PAGER_H

#include <stdbool.h>
#include <stddef.h>

/* The pager to use: OHCHR_MISSION_PAGER if set, else PAGER if set, else
   less; NULL when the variable that counts is empty (no pager).  */
const char *pager_command (void);

/* Show the LENGTH bytes of TEXT through the shell command COMMAND, with
   LESS=FRX in its environment when LESS is unset.  Returns false if the
   pager could not be started: nothing was shown then.  */
bool pager_show (const char *command, const char *text, size_t length);

#endif
