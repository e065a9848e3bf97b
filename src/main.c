/* ohchr-mission: print the Mission Statement of the Office of the United
   Nations High Commissioner for Human Rights, in the six official
   languages of the United Nations.
   Copyright (C) 2026 The ohchr-mission authors.

   This program is free software: you can redistribute it and/or modify it
   under the terms of the GNU General Public License as published by the
   Free Software Foundation, either version 3 of the License, or (at your
   option) any later version.

   This program is distributed in the hope that it will be useful, but
   WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
   General Public License for more details.

   You should have received a copy of the GNU General Public License along
   with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "diagnostics.h"
#include "document.h"
#include "format.h"
#include "search.h"
#include "language.h"
#include "output.h"
#include "selection.h"
#include "terminal.h"

/* A closed standard stream would be reused by the next file opened, and
   output meant for the reader could land in it.  Open /dev/null in its
   place, read-only, so that writing to it still fails as it should.  */
static void
guard_standard_streams (void)
{
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
    if (fcntl (fd, F_GETFD) == -1 && errno == EBADF)
      {
        int opened = open ("/dev/null", O_RDONLY);
        if (opened != fd && opened >= 0)
          close (opened);
      }
}

/* The languages to print in: one, or all six for --lang all.  */
struct language_choice
{
  const struct language *languages[LANGUAGE_COUNT];
  size_t count;
};

static void
say_catalog_missing (const struct language *language)
{
  diag_error (N_("the %s (%s) catalog cannot be found or read in %s"),
              language->native_name, language->code,
              language_catalog_directory ());
  diag_note (N_("Reinstall %s, or choose another language with --lang."),
             PROGRAM_NAME);
}

/* Whether OPTIONS ask for the statement itself, rather than help, the
   version or the list of languages, which are of use in English too.  */
static bool
prints_statement (const struct options *options)
{
  return !options->help && !options->version && !options->languages;
}

/* Decide the language from --lang or the environment and make it the
   active one, then report the command line's mistakes in it.  A catalog
   that cannot be read is said so; the statement is then not printed, in
   English or otherwise, but help, the version and the list of languages
   are, in English.  */
static void
choose_languages (const struct options *options, struct language_choice *choice)
{
  bool all = options->lang != NULL && strcasecmp (options->lang, "all") == 0;
  const struct language *named = NULL;
  if (options->lang != NULL && !all)
    named = language_by_name (options->lang);
  const struct language *interface = named != NULL ? named
                                     : language_from_environment ();
  bool loaded = language_activate (interface);
  if (!loaded)
    language_activate (SOURCE_LANGUAGE);

  cli_report_mistake (options);
  cli_check_combinations (options);
  if (options->lang != NULL && !all && named == NULL)
    cli_report_unknown_language (options->lang);
  if (!loaded)
    {
      say_catalog_missing (interface);
      if (prints_statement (options))
        exit (EXIT_ERROR);
    }

  choice->count = 0;
  if (!all)
    {
      choice->languages[choice->count++] = interface;
      return;
    }
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      if (prints_statement (options) && !language_is_available (&languages[i]))
        {
          say_catalog_missing (&languages[i]);
          exit (EXIT_ERROR);
        }
      choice->languages[choice->count++] = &languages[i];
    }
}

static size_t
choose_width (const struct options *options, enum format format)
{
  size_t width = options->width != NULL ? cli_width (options->width) : 0;
  if (options->no_wrap || format == FORMAT_JSON)
    return 0;
  if (options->width != NULL)
    return width;
  /* Text follows the terminal; Markdown is for files, wrapped only on
     request.  */
  if (format == FORMAT_TEXT && terminal_is_stdout ())
    return terminal_width ();
  return 0;
}

static void
choose_style (const struct options *options, struct style *style)
{
  style->format = FORMAT_TEXT;
  if (options->format != NULL && !format_by_name (options->format, &style->format))
    cli_report_unknown_format (options->format);
  style->width = choose_width (options, style->format);
  style->titles = options->titles;
  style->list = options->list;
  bool colour = cli_colour (options->color);
  style->colour = colour && style->format == FORMAT_TEXT;
}

/* Build the document for each language of CHOICE (they are made active in
   turn, and the first is active again at the end).  Returns the number of
   sections found in all.  */
static size_t
build_documents (const struct language_choice *choice,
                 const struct document_request *request,
                 struct document *documents)
{
  size_t found = 0;
  for (size_t i = 0; i < choice->count; i++)
    {
      if (choice->count > 1)
        language_activate (choice->languages[i]);
      document_build (&documents[i], choice->languages[i], request);
      found += documents[i].count;
    }
  if (choice->count > 1)
    language_activate (choice->languages[0]);
  return found;
}

/* Print what OPTIONS ask for in the languages of CHOICE.  Returns the exit
   status: 1 when a search found nothing, as with grep.  */
static int
print_statement (const struct options *options,
                 const struct language_choice *choice,
                 const struct style *style)
{
  struct selection selection = { NULL, 0, 0 };
  for (size_t i = 0; i < options->section_word_count; i++)
    selection_add (&selection, options->section_words[i]);

  struct search_query *search = NULL;
  if (options->search != NULL)
    {
      cli_check_search (options->search);
      enum search_problem problem;
      if (!search_query_parse (&options->search, 1, &search, &problem))
        {
          if (problem == SEARCH_UNBALANCED_QUOTE)
            cli_report_unbalanced_quote (options->search);
          else
            cli_report_empty_search ();
        }
    }

  struct document_request request =
    {
      &selection, search,
      options->random, options->random ? document_random_number () : 0,
      style->format != FORMAT_TEXT || style->titles || style->list
    };
  struct document documents[LANGUAGE_COUNT];
  size_t found = build_documents (choice, &request, documents);
  if (found > 0)
    format_documents (documents, choice->count, style);
  for (size_t i = 0; i < choice->count; i++)
    document_free (&documents[i]);
  search_query_free (search);
  selection_free (&selection);
  return found > 0 ? EXIT_OK : EXIT_NO_MATCH;
}

int
main (int argc, char **argv)
{
  guard_standard_streams ();
  /* Only the locale categories the program uses: the charset (loaded only
     when the environment leaves it in doubt), and the messages (set once a
     catalog is needed, by language_activate).  */
  output_choose_charset ();

  struct options options;
  cli_parse (argc, argv, &options);
  cli_arguments_to_utf8 (&options);
  struct language_choice choice;
  choose_languages (&options, &choice);

  int status = EXIT_OK;
  if (options.help)
    cli_print_help ();
  else if (options.version)
    cli_print_version ();
  else
    {
      struct style style;
      choose_style (&options, &style);
      if (options.languages)
        format_language_list (&style);
      else
        status = print_statement (&options, &choice, &style);
    }
  free (options.section_words);
  return output_close_stdout (status);
}
