/* What standard output is connected to, and how wide it is.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_TERMINAL_H
#define OHCHR_TERMINAL_H

#include <stdbool.h>
#include <stddef.h>

/* The widest --width accepted, and the widest COLUMNS believed.  */
enum { WIDTH_MAX = 10000 };

/* The width a line gets when nothing else says: 80 columns.  */
enum { DEFAULT_WIDTH = 80 };

/* Whether standard output is a terminal.  */
bool terminal_is_stdout (void);

/* Whether colour suits standard output: it is a terminal, NO_COLOR is
   unset or empty, and TERM is set and not "dumb".  */
bool terminal_wants_colour (void);

/* Whether TERM is "dumb", empty or unset: a terminal of which nothing is
   known, to which no control sequence is sent.  */
bool terminal_is_dumb (void);

/* The width of the terminal on standard output: COLUMNS if it holds a
   number from 1 to WIDTH_MAX, else what the terminal says, else
   DEFAULT_WIDTH.  */
size_t terminal_width (void);

/* Its height in lines, the same way: LINES, the terminal, else 24.  */
size_t terminal_height (void);

/* Whether S is a decimal number from 0 to WIDTH_MAX, and if so its value
   in *VALUE.  */
bool terminal_parse_size (const char *s, size_t *value);

#endif
