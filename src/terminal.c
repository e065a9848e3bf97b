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
terminal_is_dumb (void)
{
  const char *term = getenv ("TERM");
  return term == NULL || *term == '\0' || strcmp (term, "dumb") == 0;
}

bool
terminal_wants_colour (void)
{
  const char *no_color = getenv ("NO_COLOR");
  return terminal_is_stdout ()
         && (no_color == NULL || *no_color == '\0')
         && !terminal_is_dumb ();
}

bool
terminal_parse_size (const char *s, size_t *value)
{
  size_t n = 0;
  const char *p = s;
  for (; *p >= '0' && *p <= '9'; p++)
    {
      n = 10 * n + (size_t) (*p - '0');
      if (n > WIDTH_MAX)
        return false;
    }
  if (p == s || *p != '\0')
    return false;
  *value = n;
  return true;
}

/* The size the environment variable NAME gives, or 0 if it is unset or
   not a sensible size.  */
static size_t
size_from_environment (const char *name)
{
  const char *value = getenv (name);
  size_t size;
  return value != NULL && terminal_parse_size (value, &size) ? size : 0;
}

/* The terminal's own size, or zeros.  */
static struct winsize
size_from_terminal (void)
{
  struct winsize size = { 0 };
#ifdef TIOCGWINSZ
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) != 0)
    size = (struct winsize) { 0 };
#endif
  return size;
}

size_t
terminal_width (void)
{
  size_t width = size_from_environment ("COLUMNS");
  if (width == 0)
    width = size_from_terminal ().ws_col;
  return width != 0 && width <= WIDTH_MAX ? width : DEFAULT_WIDTH;
}

size_t
terminal_height (void)
{
  size_t height = size_from_environment ("LINES");
  if (height == 0)
    height = size_from_terminal ().ws_row;
  return height != 0 ? height : 24;
}
