/* --help and --version.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The help is data: each option with its description, each paragraph a
   message of its own, so that it is laid out for the terminal's width in
   any language (see table.c) and translators write whole sentences.  */

#include "system.h"

#include <stdlib.h>

#include "bidi-mode.h"
#include "diagnostics.h"
#include "help.h"
#include "output.h"
#include "render.h"
#include "table.h"
#include "terminal.h"

/* An option as the help shows it: its names, the metavariable of its
   argument (translated), and what it does.  */
struct help_option
{
  const char *names;         /* "-s, --section" */
  const char *metavariable;  /* msgid, or NULL */
  bool optional;             /* the argument may be left out: "[=WHEN]" */
  const char *description;   /* msgid */
};

/* TRANSLATORS: the metavariables of the help, in capitals as in GNU
   programs; the descriptions and the usage line refer to them, so write
   them the same way there.  */
static const char section_metavariable[] = N_("SECTION");
/* TRANSLATORS: a metavariable, as SECTION above.  */
static const char words_metavariable[] = N_("WORDS");
/* TRANSLATORS: a metavariable, as SECTION above: a language.  */
static const char lang_metavariable[] = N_("LANG");
/* TRANSLATORS: a metavariable, as SECTION above: a number.  */
static const char width_metavariable[] = N_("N");
/* TRANSLATORS: a metavariable, as SECTION above.  */
static const char format_metavariable[] = N_("FORMAT");
/* TRANSLATORS: a metavariable, as SECTION above.  */
static const char when_metavariable[] = N_("WHEN");
/* TRANSLATORS: a metavariable, as SECTION above.  */
static const char mode_metavariable[] = N_("MODE");

static const struct help_option choosing[] =
{
  { "-s, --section", section_metavariable, false,
    N_("print only SECTION: a number from 1 to 10, a range (2-4, 8-, -3), "
       "an id, a title, or the start of one; repeat it or give a "
       "comma-separated list") },
  { "-S, --search", words_metavariable, false,
    N_("print only the sections whose title or text holds every one of "
       "WORDS, in any of its forms; words between double quotes "
       "(\") make a phrase; repeat the option to add words") },
  { "-r, --random", NULL, false,
    N_("print one section chosen at random, the same in every language") },
  { "-L, --lang", lang_metavariable, false,
    N_("print the text in LANG: en, es, fr, ar, zh or ru, a comma-separated "
       "list of them, or all") },
  { "-l, --list", NULL, false,
    N_("list the sections: number, id and title") },
  { "    --languages", NULL, false,
    N_("list the languages and whether each is installed") },
};

static const struct help_option presenting[] =
{
  { "-t, --titles", NULL, false, N_("print each section's title above it") },
  { "-n, --number", NULL, false, N_("print each section's number before it") },
  { "    --cite", NULL, false,
    N_("end with a citation: the Office, the title, the sections and the "
       "source") },
  { "-w, --width", width_metavariable, false,
    N_("wrap lines at N columns (0: no wrapping)") },
  { "-W, --no-wrap", NULL, false, N_("do not wrap lines") },
  { "-y, --side-by-side", NULL, false,
    N_("print the languages in columns, side by side") },
  { "-f, --format", format_metavariable, false,
    N_("text (the default), json, markdown or html") },
  { "    --standalone", NULL, false,
    N_("with --format=html, a whole page rather than a fragment") },
  { "    --color", when_metavariable, true,
    N_("titles in bold, search matches in colour: always, never or auto "
       "(the default)") },
  { "    --no-pager", NULL, false, N_("never show the text through a pager") },
  { "    --bidi", mode_metavariable, false,
    N_("write right-to-left text in MODE: logical or visual order, or auto "
       "(the default), chosen for the terminal") },
};

static const struct help_option informing[] =
{
  { "-h, --help", NULL, false, N_("display this help and exit") },
  { "-V, --version", NULL, false, N_("output version information and exit") },
};

/* The text after the options, a paragraph a message.  */
static const char *const notes[] =
{
  N_("SECTION operands are taken as --section arguments.  The sections are "
     "printed in the statement's order, each once."),
  N_("A search finds whole words in any of their forms (\"right\" finds "
     "\"rights\"), whatever their case and accents, but for the letters a "
     "language holds distinct (Spanish ñ, Russian й); in Chinese, it finds "
     "the characters anywhere.  The words of a phrase must come together, "
     "in that order."),
  N_("On a terminal, the text is wrapped to its width and shown through a "
     "pager when it is taller than the window (OHCHR_MISSION_PAGER, PAGER, "
     "or less).  Into a pipe or a file it is not wrapped unless --width "
     "says so: one paragraph per line.  JSON is never wrapped, Markdown "
     "only to a --width."),
  N_("On a terminal, Arabic is written in visual order (joined, aligned to "
     "the right) unless the terminal lays it out itself (Konsole, mlterm, "
     "macOS Terminal, Emacs); into a pipe or a file, in logical order.  Side "
     "by side, a right-to-left column is always in visual order, and the "
     "columns need a width: the terminal's, or --width's."),
  N_("Without --lang, the text is in the first language named by LANGUAGE, "
     "LC_ALL, LC_MESSAGES or LANG whose catalog is installed, else in "
     "English.  The messages and this help follow those variables, "
     "whatever --lang says."),
  N_("The exit status is 0 on success, 1 if --search found nothing or "
     "something went wrong, 2 if the command line is wrong."),
};

/* The examples: a command, ended by a word of the statement in the help's
   language when WORD says so, and what it does (a msgid, or NULL).  */
static const struct
{
  const char *command;
  bool word;
  const char *description;
} examples[] =
{
  { "ohchr-mission --lang es", false, N_("the whole statement in Spanish") },
  { "ohchr-mission -s development -t", false,
    N_("one section, under its title") },
  { "ohchr-mission -s 1,6 -w 60", false,
    N_("sections 1 and 6, 60 columns wide") },
  { "ohchr-mission --lang en,fr -s 5", false,
    N_("one section in English and French") },
  { "ohchr-mission -L en,ar -y -s 1", false,
    N_("English and Arabic side by side") },
  { "ohchr-mission --search ", true, N_("the sections that speak of it") },
  { "ohchr-mission -s 7 -n --cite", false,
    N_("a section to quote, with its source") },
  { "ohchr-mission --random -L fr", false,
    N_("a section for a login banner") },
  { "ohchr-mission -f json | jq -r '.sections[5].text'", false, NULL },
  { "ohchr-mission | grep -n ", true, N_("whole paragraphs, one per line") },
};

/* The width the help is laid out for: the terminal's, or a fixed one
   that keeps its lines under 80 columns.  */
static size_t
help_width (void)
{
  return terminal_is_stdout () ? terminal_width () : 79;
}

/* "-s, --section=SECTION", malloc'd.  */
static char *
option_label (const struct help_option *option)
{
  const char *metavariable = option->metavariable != NULL
                             ? _(option->metavariable) : "";
  const char *before = "", *after = "";
  if (option->metavariable != NULL)
    {
      before = option->optional ? "[=" : "=";
      after = option->optional ? "]" : "";
    }
  char *label;
  if (asprintf (&label, "  %s%s%s%s", option->names, before, metavariable,
                after) < 0)
    diag_out_of_memory ();
  return label;
}

static void
print_options (const struct help_option *options, size_t count,
               size_t column, size_t width)
{
  for (size_t i = 0; i < count; i++)
    {
      char *label = option_label (&options[i]);
      table_row (label, column, _(options[i].description), width, 8, NULL);
      free (label);
    }
}

/* The column the descriptions start in: two after the widest label, but
   never past column 30 (a longer label has its description below it).  */
static size_t
description_column (void)
{
  const struct help_option *groups[] = { choosing, presenting, informing };
  const size_t counts[] = { ARRAY_SIZE (choosing), ARRAY_SIZE (presenting),
                            ARRAY_SIZE (informing) };
  size_t widest = 0;
  for (size_t g = 0; g < ARRAY_SIZE (groups); g++)
    for (size_t i = 0; i < counts[g]; i++)
      {
        char *label = option_label (&groups[g][i]);
        size_t w = render_width (label);
        free (label);
        if (w > widest)
          widest = w;
      }
  enum { WIDEST_COLUMN = 30 };
  return widest + 2 < WIDEST_COLUMN ? widest + 2 : WIDEST_COLUMN;
}

/* An example: the command, then what it does (DESCRIPTION, a msgid, or
   NULL) beside it when both fit, else below it.  A command wider than
   the terminal is wrapped at its spaces, its lines indented.  */
static void
print_example (const char *command, const char *description, size_t width)
{
  enum { EXAMPLE_COLUMN = 36, INDENT = 2, CONTINUATION = 4, BELOW = 6 };
  size_t command_width = render_width (command);
  if (description != NULL && INDENT + command_width + 2 <= EXAMPLE_COLUMN
      && (width == 0 || INDENT + command_width <= width))
    {
      char *label;
      if (asprintf (&label, "  %s", command) < 0)
        diag_out_of_memory ();
      table_row (label, EXAMPLE_COLUMN, _(description), width, BELOW, NULL);
      free (label);
      return;
    }
  render_spaces (INDENT);
  render_paragraph_indented (command, width, CONTINUATION, NULL);
  if (description != NULL)
    {
      render_spaces (BELOW);
      render_paragraph_indented (_(description), width, BELOW, NULL);
    }
}

/* A heading, laid out as any paragraph: right to left in Arabic.  */
static void
print_heading (const char *heading, size_t width)
{
  output_puts (stdout, "\n");
  render_paragraph (heading, width, NULL);
}

_Noreturn void
help_print (void)
{
  size_t width = help_width ();
  char *usage;
  /* TRANSLATORS: %s is the program's name; OPTION and SECTION are
     metavariables, written as you wrote them elsewhere in the help.  */
  if (asprintf (&usage, diag_translate_format (N_("Usage: %s [OPTION]... "
                                                  "[SECTION]...")),
                PROGRAM_NAME) < 0)
    diag_out_of_memory ();
  render_paragraph (usage, width, NULL);
  free (usage);
  render_paragraph (_("Print the Mission Statement of the Office of the "
                      "United Nations High Commissioner for Human Rights "
                      "(OHCHR), whole or by section, in any of the six "
                      "official languages of the United Nations."),
                    width, NULL);

  size_t column = description_column ();
  /* TRANSLATORS: headings of the help's groups of options.  */
  print_heading (_("Choosing the text:"), width);
  print_options (choosing, ARRAY_SIZE (choosing), column, width);
  /* TRANSLATORS: the options that shape how the text is printed.  */
  print_heading (_("Presenting it:"), width);
  print_options (presenting, ARRAY_SIZE (presenting), column, width);
  output_puts (stdout, "\n");
  print_options (informing, ARRAY_SIZE (informing), column, width);

  for (size_t i = 0; i < ARRAY_SIZE (notes); i++)
    {
      output_puts (stdout, "\n");
      render_paragraph (_(notes[i]), width, NULL);
    }

  /* TRANSLATORS: a heading of the help.  */
  print_heading (_("Examples:"), width);
  for (size_t i = 0; i < ARRAY_SIZE (examples); i++)
    {
      /* The word searched for is one of the statement in the help's
         language, which without --lang is the text's too.  */
      char *command;
      /* TRANSLATORS: a word of the statement in your language, which the
         help's examples search for: keep it one word, in lower case.  */
      const char *word = examples[i].word ? _("equality") : "";
      if (asprintf (&command, "%s%s", examples[i].command, word) < 0)
        diag_out_of_memory ();
      print_example (command, examples[i].description, width);
      free (command);
    }
  output_puts (stdout, "\n");
  char *report;
  /* TRANSLATORS: %s is an e-mail address.  */
  if (asprintf (&report, diag_translate_format (N_("Report bugs to: %s")),
                PACKAGE_BUGREPORT) < 0)
    diag_out_of_memory ();
  render_paragraph (report, width, NULL);
  free (report);
  bidi_mode_finish ();
  exit (output_close_stdout (EXIT_SUCCESS));
}

_Noreturn void
version_print (void)
{
  size_t width = help_width ();
  output_puts (stdout, PROGRAM_NAME " " PACKAGE_VERSION "\n");
  output_puts (stdout, "Copyright (C) 2026 The ohchr-mission authors.\n");
  render_paragraph (_("License GPLv3+: GNU GPL version 3 or later "
                      "<https://gnu.org/licenses/gpl.html>."), width, NULL);
  render_paragraph (_("This is free software: you are free to change and "
                      "redistribute it."), width, NULL);
  render_paragraph (_("There is NO WARRANTY, to the extent permitted by law."),
                    width, NULL);
  output_puts (stdout, "\n");
  render_paragraph (_("The text is the Mission Statement of the Office of the "
                      "United Nations High Commissioner for Human Rights "
                      "(OHCHR), as the Office published it.  Its translations "
                      "are this program's own, not official United Nations "
                      "texts."), width, NULL);
  bidi_mode_finish ();
  exit (output_close_stdout (EXIT_SUCCESS));
}
