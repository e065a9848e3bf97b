/* Showing text through a pager, as man and git do.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "pager.h"

const char *
pager_command (void)
{
  static const char *const variables[] = { "OHCHR_MISSION_PAGER", "PAGER" };
  for (size_t i = 0; i < ARRAY_SIZE (variables); i++)
    {
      const char *value = getenv (variables[i]);
      if (value != NULL)
        return *value != '\0' ? value : NULL;
    }
  return "less";
}

/* In the child: become the pager, reading from READ_END.  */
static _Noreturn void
become_pager (const char *command, int read_end)
{
  if (dup2 (read_end, STDIN_FILENO) < 0)
    _exit (127);
  close (read_end);
  /* What git does: quit at once when the text fits on one screen, let
     colours through, leave the screen as it is.  */
  if (getenv ("LESS") == NULL)
    setenv ("LESS", "FRX", 1);
  catalog_restore_environment ();
  execl ("/bin/sh", "sh", "-c", command, (char *) NULL);
  _exit (127);
}

/* Write the LENGTH bytes of TEXT to FD, until done or the reader goes.  */
static void
write_all (int fd, const char *text, size_t length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, text, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return;              /* the reader quit: nothing more to show */
      text += n;
      length -= (size_t) n;
    }
}

/* Wait for the pager, as long as the reader reads; the terminal's
   interrupt is the pager's to handle.  */
static int
wait_for (pid_t pager)
{
  struct sigaction ignore = { .sa_handler = SIG_IGN }, old_int, old_quit;
  sigemptyset (&ignore.sa_mask);
  sigaction (SIGINT, &ignore, &old_int);
  sigaction (SIGQUIT, &ignore, &old_quit);
  int status;
  while (waitpid (pager, &status, 0) < 0)
    if (errno != EINTR)
      {
        status = 0;
        break;
      }
  sigaction (SIGINT, &old_int, NULL);
  sigaction (SIGQUIT, &old_quit, NULL);
  return status;
}

bool
pager_show (const char *command, const char *text, size_t length)
{
  int fds[2];
  fflush (stdout);
  if (pipe (fds) != 0)
    return false;
  pid_t pager = fork ();
  if (pager < 0)
    {
      close (fds[0]);
      close (fds[1]);
      return false;
    }
  if (pager == 0)
    {
      close (fds[1]);
      become_pager (command, fds[0]);
    }
  close (fds[0]);
  struct sigaction ignore = { .sa_handler = SIG_IGN }, old_pipe;
  sigemptyset (&ignore.sa_mask);
  sigaction (SIGPIPE, &ignore, &old_pipe);
  write_all (fds[1], text, length);
  close (fds[1]);
  sigaction (SIGPIPE, &old_pipe, NULL);
  int status = wait_for (pager);
  /* The shell's way of saying that the command could not be found or
     run: it never started, and showed nothing.  */
  return !(WIFEXITED (status)
           && (WEXITSTATUS (status) == 126 || WEXITSTATUS (status) == 127));
}
