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
#include <unistd.h>

#include "bidi-mode.h"
#include "catalog.h"
#include "cli.h"
#include "document.h"
#include "format.h"
#include "output.h"
#include "pager.h"
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

static size_t
choose_width (const struct request *request)
{
  if (request->format == FORMAT_JSON || request->format == FORMAT_HTML)
    return 0;
  switch (request->width_policy)
    {
    case WIDTH_GIVEN:
      return request->width;
    case WIDTH_NONE:
      return 0;
    case WIDTH_OF_TERMINAL:
      break;
    }
  /* Text and lists follow the terminal; Markdown is for files, wrapped
     only on request.  */
  if (request->format == FORMAT_TEXT && terminal_is_stdout ())
    return terminal_width ();
  return 0;
}

static bool
choose_colour (const struct request *request)
{
  if (request->format != FORMAT_TEXT)
    return false;
  switch (request->colour)
    {
    case COLOUR_ALWAYS:
      return true;
    case COLOUR_NEVER:
      return false;
    case COLOUR_AUTO:
      break;
    }
  return terminal_wants_colour ();
}

/* Print what REQUEST asks for.  Returns the exit status: 1 when a search
   found nothing, as with grep.  */
static int
print_request (const struct request *request, const struct style *style)
{
  if (request->action == SHOW_LANGUAGES)
    {
      /* Each catalog is looked at once, before anything is printed.  */
      enum catalog_state states[LANGUAGE_COUNT];
      for (size_t i = 0; i < LANGUAGE_COUNT; i++)
        states[i] = catalog_state (&languages[i]);
      format_language_list (style, states);
      return EXIT_SUCCESS;
    }
  struct document_request wanted =
    { &request->selection, request->search, request->random };
  struct document documents[LANGUAGE_COUNT];
  size_t count = request->texts.count;
  size_t found = documents_build (&wanted, request->texts.texts, count,
                                  documents);
  /* JSON is a document even when nothing was found.  */
  if (found > 0 || style->format == FORMAT_JSON)
    {
      if (request->action == SHOW_LIST)
        format_section_lists (documents, count, style);
      else
        format_documents (documents, count, style);
    }
  documents_free (documents, count);
  return found > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* The pager the output goes through, or NULL: one on a terminal, unless
   --no-pager or an empty pager variable says no.  */
static const char *
choose_pager (const struct request *request)
{
  if (!request->pager || !terminal_is_stdout ())
    return NULL;
  return pager_command ();
}

/* Show TEXT through PAGER when it is taller than the terminal; else, or
   if the pager cannot be started, write it out.  */
static void
show_held (const char *pager, const char *text, size_t length)
{
  size_t lines = 0;
  for (const char *p = text;
       (p = memchr (p, '\n', text + length - p)) != NULL; p++)
    lines++;
  if (lines >= terminal_height () && pager_show (pager, text, length))
    return;
  output_write_bytes (stdout, text, length);
}

int
main (int argc, char **argv)
{
  guard_standard_streams ();
  /* Only the locale categories the program uses: the charset (loaded only
     when the environment leaves it in doubt), and the messages (set once
     a catalog is needed).  */
  output_choose_charset ();
  catalog_choose_interface ();

  struct request request;
  cli_parse (argc, argv, &request);
  struct style style =
    {
      request.format, choose_width (&request), request.titles,
      request.number, request.cite, choose_colour (&request),
      request.side_by_side, request.standalone
    };
  const char *pager = choose_pager (&request);
  bidi_mode_settle (request.bidi, request.format != FORMAT_TEXT,
                    pager != NULL);
  if (pager != NULL)
    output_hold ();
  int status = print_request (&request, &style);
  if (pager != NULL)
    {
      char *text;
      size_t length;
      output_release (&text, &length);
      bidi_mode_before_pager ();
      show_held (pager, text, length);
      free (text);
    }
  bidi_mode_finish ();
  if (request.texts.left_out)
    status = EXIT_FAILURE;
  cli_request_free (&request);
  return output_close_stdout (status);
}
