/* The languages the statement is printed in.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>

#include "catalog.h"
#include "diagnostics.h"
#include "output.h"
#include "text-languages.h"

/* Whether the output's character set holds the letters of TEXT.  */
static bool
can_show (const struct statement_text *text)
{
  if (!output_can_show (text->title))
    return false;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    if (!output_can_show (text->section_titles[i])
        || !output_can_show (text->section_texts[i]))
      return false;
  return true;
}

static void
report_unshowable (const struct language *language)
{
  /* TRANSLATORS: the first %s is a language's name, such as "Russian";
     the second its code; the third a character set, such as
     "ISO-8859-1".  */
  diag_error (N_("the %s (%s) text cannot be shown in the character set %s"),
              _(language->english_name), language->code, output_charset ());
  /* TRANSLATORS: keep LC_ALL=C.UTF-8 and --format=json as they are.  */
  diag_note (N_("Use a UTF-8 locale (LC_ALL=C.UTF-8, for one), or "
                "--format=json, which is always UTF-8."));
}

/* What keeps a language's text from being printed.  */
enum obstacle
{
  NO_OBSTACLE,
  NO_CATALOG,
  NO_CHARSET
};

/* Why LANGUAGE's text cannot be printed, if it cannot (*STATE says how
   its catalog is); its text in *TEXT otherwise.  */
static enum obstacle
load (const struct language *language, bool in_charset,
      struct statement_text *text, enum catalog_state *state)
{
  *state = catalog_load_statement (language, text);
  if (*state != CATALOG_USABLE)
    return NO_CATALOG;
  if (in_charset && !can_show (text))
    return NO_CHARSET;
  return NO_OBSTACLE;
}

static void
report (const struct language *language, enum obstacle obstacle,
        enum catalog_state state)
{
  if (obstacle == NO_CATALOG)
    {
      catalog_report (language, state);
      /* TRANSLATORS: %s is the program's name.  */
      diag_note (N_("Reinstall %s, or choose another language with --lang "
                    "(--languages lists them)."), PROGRAM_NAME);
    }
  else if (obstacle == NO_CHARSET)
    report_unshowable (language);
}

/* The languages NAMED on the command line.  */
static void
choose_named (const struct language *const *named, size_t count,
              bool in_charset, struct text_languages *chosen)
{
  for (size_t i = 0; i < count; i++)
    {
      struct statement_text *text = &chosen->texts[chosen->count];
      enum catalog_state state;
      enum obstacle obstacle = load (named[i], in_charset, text, &state);
      if (obstacle == NO_OBSTACLE)
        chosen->count++;
      else
        {
          report (named[i], obstacle, state);
          chosen->left_out = true;
        }
    }
  if (chosen->count == 0)
    exit (EXIT_FAILURE);
}

/* Say in one line why the environment's language LANGUAGE is not used.  */
static void
note_fallback (const struct language *language, enum obstacle obstacle,
               enum catalog_state state)
{
  if (obstacle == NO_CHARSET)
    /* TRANSLATORS: the first %s is a language's name, such as "Russian";
       the second its code; the third a character set.  */
    diag_error (N_("the %s (%s) text cannot be shown in the character set "
                   "%s: printing in English (a UTF-8 locale shows it)"),
                _(language->english_name), language->code, output_charset ());
  else
    /* TRANSLATORS: the first %s is a language's own name, the second its
       code, the third what is wrong with its catalog ("not installed",
       "incomplete"...), the fourth the program's name.  */
    diag_error (N_("the %s (%s) catalog is %s: printing in English "
                   "(reinstall %s, or choose a language with --lang)"),
                language->native_name, language->code,
                catalog_state_name (language, state), PROGRAM_NAME);
}

/* The environment's language: the first it names that can be printed.  */
static void
choose_from_environment (bool in_charset, struct text_languages *chosen)
{
  const struct language *wanted[LANGUAGE_COUNT];
  bool traditional[LANGUAGE_COUNT];
  size_t count = language_environment_list (wanted, traditional);
  struct statement_text *text = &chosen->texts[0];
  const struct language *first_refused = NULL;
  enum obstacle first_obstacle = NO_OBSTACLE;
  enum catalog_state first_state = CATALOG_USABLE;
  chosen->count = 1;
  for (size_t i = 0; i < count; i++)
    {
      if (wanted[i] == SOURCE_LANGUAGE)
        {
          /* English was asked for, in its turn: as with any language after
             one refused, no note.  */
          *text = *statement_english ();
          return;
        }
      enum catalog_state state;
      enum obstacle obstacle = load (wanted[i], in_charset, text, &state);
      if (obstacle == NO_OBSTACLE)
        {
          if (traditional[i])
            diag_error (N_("the Chinese text is in Simplified characters: "
                           "there is no catalog in Traditional characters"));
          return;
        }
      if (first_refused == NULL)
        {
          first_refused = wanted[i];
          first_obstacle = obstacle;
          first_state = state;
        }
    }
  *text = *statement_english ();
  if (first_refused != NULL)
    note_fallback (first_refused, first_obstacle, first_state);
}

void
text_languages_choose (const struct language *const *named, size_t count,
                       bool in_charset, struct text_languages *chosen)
{
  chosen->count = 0;
  chosen->left_out = false;
  if (count > 0)
    choose_named (named, count, in_charset, chosen);
  else
    choose_from_environment (in_charset, chosen);
}
