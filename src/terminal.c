/* What standard output is connected to, and how wide it is.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "terminal.h"

bool
terminal_is_stdout (void)
{
  return isatty (STDOUT_FILENO) != 0;
}

bool
terminal_wants_colour (void)
{
  const char *no_color = getenv ("NO_COLOR");
  const char *term = getenv ("TERM");
  return terminal_is_stdout ()
         && (no_color == NULL || *no_color == '\0')
         && (term == NULL || strcmp (term, "dumb") != 0);
}

/* COLUMNS as a width, or 0 if it is unset or not a sensible width.  */
static size_t
width_from_environment (void)
{
  const char *columns = getenv ("COLUMNS");
  if (columns == NULL)
    return 0;
  size_t width = 0;
  for (const char *p = columns; *p != '\0'; p++)
    {
      if (*p < '0' || *p > '9')
        return 0;
      width = 10 * width + (*p - '0');
      if (width > WIDTH_MAX)
        return 0;
    }
  return width;
}

static size_t
width_from_terminal (void)
{
#ifdef TIOCGWINSZ
  struct winsize size;
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0
      && size.ws_col > 0 && size.ws_col <= WIDTH_MAX)
    return size.ws_col;
#endif
  return 0;
}

size_t
terminal_width (void)
{
  size_t width = width_from_environment ();
  if (width == 0)
    width = width_from_terminal ();
  return width != 0 ? width : DEFAULT_WIDTH;
}
