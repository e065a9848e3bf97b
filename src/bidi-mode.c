/* How right-to-left text is written, chosen for the terminal.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   A terminal that shows characters in the order they come (xterm, kitty,
   Alacritty, foot, Windows Terminal, the Linux console, tmux and screen)
   needs right-to-left text in visual order.  One that lays it out itself
   by UAX #9 (VTE, mintty, Konsole, mlterm, macOS Terminal) needs logical
   order, unless it can be told not to: the BiDi in Terminal Emulators
   recommendation's explicit mode (CSI 8 l), which VTE and mintty obey.
   So visual order, with explicit mode asked for, suits every terminal but
   those that lay text out and cannot be told otherwise; those, and Emacs,
   which lays out its buffers itself, get logical order.  Only what a
   terminal puts in the environment of the programs it runs can identify
   it, and ssh passes on TERM alone: over ssh, visual order it is.  */

#include "system.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bidi-mode.h"
#include "output.h"
#include "terminal.h"

/* Control sequences of ECMA-48 as the recommendation uses them.  */
#define EXPLICIT_MODE "\033[8l"          /* BDSM reset */
#define IMPLICIT_MODE "\033[8h"          /* BDSM set */
#define RIGHT_TO_LEFT_PATH "\033[2 k"    /* SCP 2 */
#define DEFAULT_PATH "\033[0 k"          /* SCP 0 */

static bool settled;
static enum bidi_layout layout;
static bool sequences;          /* control sequences may go in the text */
static bool sequences_around;   /* they may go around the pager */
static bool visual_written;     /* a line in visual order was written */
static bool explicit_asked;     /* explicit mode was asked for */
static volatile sig_atomic_t explicit_pending;  /* and not yet undone */

static bool
is_set (const char *name)
{
  const char *value = getenv (name);
  return value != NULL && *value != '\0';
}

static bool
term_starts_with (const char *prefix)
{
  const char *term = getenv ("TERM");
  return term != NULL && strncmp (term, prefix, strlen (prefix)) == 0;
}

/* Whether the terminal lays out right-to-left text itself and offers no
   way to stop it: Konsole (which sets KONSOLE_VERSION), mlterm (MLTERM,
   or TERM=mlterm) and macOS Terminal (TERM_PROGRAM=Apple_Terminal).  */
static bool
terminal_reorders_always (void)
{
  const char *program = getenv ("TERM_PROGRAM");
  return is_set ("KONSOLE_VERSION") || is_set ("MLTERM")
         || term_starts_with ("mlterm")
         || (program != NULL && strcmp (program, "Apple_Terminal") == 0);
}

/* Whether the output goes to tmux or GNU screen, which draw their own
   screen from the characters they get, in the order they get them.  */
static bool
inside_multiplexer (void)
{
  return is_set ("TMUX") || is_set ("STY") || term_starts_with ("screen")
         || term_starts_with ("tmux");
}

/* The layout --bidi=auto chooses for a terminal, as the environment
   identifies it (see the man page's BIDIRECTIONAL TEXT).  */
static enum bidi_layout
bidi_mode_for_terminal (void)
{
  /* Emacs (M-x shell, term, vterm) lays out its buffers by UAX #9; of a
     dumb terminal nothing is known, and logical order, with the marks
     that a terminal laying out text itself needs, reads right on most.  */
  if (is_set ("INSIDE_EMACS") || terminal_is_dumb ())
    return BIDI_LAYOUT_MARKED;
  if (inside_multiplexer ())
    return BIDI_LAYOUT_VISUAL;
  if (terminal_reorders_always ())
    return BIDI_LAYOUT_MARKED;
  return BIDI_LAYOUT_VISUAL;
}

/* A signal that ends the program while the terminal is in explicit mode:
   put it back in implicit mode, which the user's next program expects,
   then end as the signal would have.  (The handler is reset when it
   runs: raise takes the default action.)  */
static void
restore_and_end (int sig)
{
  if (explicit_pending)
    {
      static const char implicit_mode[] = IMPLICIT_MODE;
      ssize_t written = write (STDOUT_FILENO, implicit_mode,
                               sizeof implicit_mode - 1);
      (void) written;
    }
  raise (sig);
}

/* Ask the terminal for explicit mode, and to be put back in implicit
   mode even if the program is interrupted.  */
static void
ask_explicit_mode (void)
{
  static const int signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };
  struct sigaction action = { .sa_handler = restore_and_end,
                              .sa_flags = SA_RESETHAND };
  sigemptyset (&action.sa_mask);
  for (size_t i = 0; i < ARRAY_SIZE (signals); i++)
    {
      struct sigaction old;
      /* A signal ignored (nohup) stays ignored.  */
      if (sigaction (signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
        sigaction (signals[i], &action, NULL);
    }
  output_puts (stdout, EXPLICIT_MODE);
  explicit_asked = true;
  explicit_pending = 1;
}

void
bidi_mode_settle (enum bidi_choice choice, bool document, bool paged)
{
  bool terminal = terminal_is_stdout ();
  settled = true;
  if (document)
    layout = BIDI_LAYOUT_PLAIN;
  else
    switch (choice)
      {
      case BIDI_CHOICE_LOGICAL:
        layout = BIDI_LAYOUT_MARKED;
        break;
      case BIDI_CHOICE_VISUAL:
        layout = BIDI_LAYOUT_VISUAL;
        break;
      case BIDI_CHOICE_AUTO:
        layout = terminal ? bidi_mode_for_terminal () : BIDI_LAYOUT_PLAIN;
        break;
      }
  /* Control sequences only for a terminal that reads them: not a dumb
     one, and not Emacs, which would show them.  */
  bool takes_sequences = terminal && !document && !terminal_is_dumb ()
                         && !is_set ("INSIDE_EMACS");
  sequences = takes_sequences && !paged;
  sequences_around = takes_sequences && paged;
}

enum bidi_layout
bidi_mode_layout (void)
{
  if (!settled)
    bidi_mode_settle (BIDI_CHOICE_AUTO, false, false);
  return layout;
}

bool
bidi_mode_marks (void)
{
  return output_charset () == NULL;
}

void
bidi_mode_before_visual_line (void)
{
  visual_written = true;
  if (sequences && !explicit_asked)
    ask_explicit_mode ();
}

void
bidi_mode_begin_right_to_left (void)
{
  if (sequences)
    output_puts (stdout, RIGHT_TO_LEFT_PATH);
}

void
bidi_mode_end_right_to_left (void)
{
  if (sequences)
    output_puts (stdout, DEFAULT_PATH);
}

void
bidi_mode_before_pager (void)
{
  if (sequences_around && visual_written && !explicit_asked)
    ask_explicit_mode ();
}

void
bidi_mode_finish (void)
{
  if (explicit_asked)
    {
      output_puts (stdout, IMPLICIT_MODE);
      /* Written, as far as a signal can tell: what stdio holds is lost
         if the program is ended before it flushes it.  */
      fflush (stdout);
      explicit_pending = 0;
      explicit_asked = false;
    }
}
