/* How right-to-left text is written: in logical order for a display
   that lays it out itself, in visual order for one that shows characters
   as they come; chosen for the terminal, and the terminal told.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_BIDI_MODE_H
#define OHCHR_BIDI_MODE_H

#include <stdbool.h>

/* What --bidi asks for.  */
enum bidi_choice
{
  BIDI_CHOICE_AUTO,
  BIDI_CHOICE_LOGICAL,
  BIDI_CHOICE_VISUAL
};

/* How the text is written.  */
enum bidi_layout
{
  BIDI_LAYOUT_PLAIN,    /* logical order as the catalogs hold it: pipes,
                           files, JSON, Markdown, HTML */
  BIDI_LAYOUT_MARKED,   /* logical order, with the marks and isolates of
                           UAX #9 that a display that does bidi needs */
  BIDI_LAYOUT_VISUAL    /* visual order, Arabic joined, right-to-left
                           lines aligned to the right */
};

/* From now on, write as CHOICE says on standard output: for a DOCUMENT
   format (JSON, Markdown, HTML), always plain.  PAGED says that what is
   written goes through a pager, which passes no control sequence but
   colours: the terminal is then told around the pager.  Until this is
   called, the layout is auto's.  */
void bidi_mode_settle (enum bidi_choice choice, bool document, bool paged);

enum bidi_layout bidi_mode_layout (void);

/* Whether the marks of UAX #9 may be written: the output is UTF-8.  */
bool bidi_mode_marks (void);

/* Before a line that holds right-to-left text in visual order, at the
   start of a row: ask the terminal not to reorder what it shows, with
   the "explicit mode" of the BiDi in Terminal Emulators recommendation
   (BDSM reset, CSI 8 l), which VTE and mintty obey and other terminals
   ignore.  Sent once, before the first such line.  */
void bidi_mode_before_visual_line (void);

/* Around the lines of a right-to-left paragraph in logical order, each
   at the start of a row: set the paragraph direction of the rows to
   right to left (SCP, CSI 2 SP k), then back to the terminal's default
   (CSI 0 SP k), so that a terminal that does bidi aligns them to the
   right and puts their end (a full stop, "1993.") on the left.  */
void bidi_mode_begin_right_to_left (void);
void bidi_mode_end_right_to_left (void);

/* With a pager: before showing what was held, ask for explicit mode if
   it holds lines in visual order.  */
void bidi_mode_before_pager (void);

/* At the end: put the terminal back in implicit mode (CSI 8 h) if it
   was asked to leave it.  */
void bidi_mode_finish (void);

#endif
