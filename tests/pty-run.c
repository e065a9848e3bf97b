/* Run a command with its standard output on a pseudo-terminal of a given
   size, and copy what it writes to our standard output.  The tests use it
   to reach the program's terminal path whatever terminal they run in.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Usage: pty-run COLUMNS[xROWS] COMMAND [ARGUMENT]...
   The terminal has 24 rows unless ROWS says otherwise.  Standard input
   and standard error are the command's own; the exit status is the
   command's.  Output post-processing is turned off, so lines end in "\n"
   as the command wrote them.  Where the system has no pseudo-terminals,
   pty-run exits with status 77, which the test harness reads as "skip".  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static void
die (const char *what)
{
  perror (what);
  exit (125);
}

/* No pseudo-terminal to be had: the caller's test cannot run.  */
static _Noreturn void
no_terminal (void)
{
  perror ("pty-run: no pseudo-terminal");
  exit (77);
}

static int
open_terminal (int *master)
{
  *master = posix_openpt (O_RDWR | O_NOCTTY);
  if (*master < 0 || grantpt (*master) != 0 || unlockpt (*master) != 0)
    no_terminal ();
  const char *name = ptsname (*master);
  if (name == NULL)
    die ("pty-run: ptsname");
  return open (name, O_RDWR | O_NOCTTY);
}

static void
configure_terminal (int slave, unsigned short columns, unsigned short rows)
{
  struct winsize size = { .ws_row = rows, .ws_col = columns };
  if (ioctl (slave, TIOCSWINSZ, &size) != 0)
    die ("pty-run: TIOCSWINSZ");
  struct termios modes;
  if (tcgetattr (slave, &modes) != 0)
    die ("pty-run: tcgetattr");
  modes.c_oflag &= ~OPOST;
  if (tcsetattr (slave, TCSANOW, &modes) != 0)
    die ("pty-run: tcsetattr");
}

static void
copy_output (int master)
{
  char buffer[4096];
  for (;;)
    {
      ssize_t n = read (master, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)   /* EIO once the command has closed the terminal */
        return;
      if (fwrite (buffer, 1, n, stdout) != (size_t) n)
        die ("pty-run: write");
    }
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fputs ("usage: pty-run COLUMNS[xROWS] COMMAND [ARGUMENT]...\n", stderr);
      return 125;
    }
  char *rows = strchr (argv[1], 'x');
  int master;
  int slave = open_terminal (&master);
  if (slave < 0)
    no_terminal ();
  configure_terminal (slave, (unsigned short) atoi (argv[1]),
                      (unsigned short) (rows != NULL ? atoi (rows + 1) : 24));

  pid_t child = fork ();
  if (child < 0)
    die ("pty-run: fork");
  if (child == 0)
    {
      close (master);
      setsid ();
      dup2 (slave, STDOUT_FILENO);
      close (slave);
      execvp (argv[2], argv + 2);
      die ("pty-run: exec");
    }
  close (slave);
  copy_output (master);
  int status;
  if (waitpid (child, &status, 0) != child)
    die ("pty-run: waitpid");
  if (fclose (stdout) != 0)
    die ("pty-run: write");
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}
