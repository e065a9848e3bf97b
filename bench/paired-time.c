/* Wall time and peak memory of a command, paired with another's, for
   bench/run.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Usage: paired-time PAIRS COMMAND... -- BASELINE...
   Runs COMMAND and BASELINE alternately PAIRS times, their standard
   output going to /dev/null, which one goes first changing from pair to
   pair.  Each run is timed from fork to exit with CLOCK_MONOTONIC, and
   its peak resident memory is what wait4 reports.  Prints one line:

     ratio R command_us C baseline_us B command_kb M baseline_kb N

   R is the median over the pairs of COMMAND's time divided by BASELINE's
   in the same pair: pairing cancels the drift of a busy machine, which
   two separate medians would not.  C, B, M and N are medians too.  Exit
   status 1 if a run fails, 2 on a usage error.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct run
{
  double microseconds;
  long kilobytes;
};

/* Run ARGV with its standard output on /dev/null; describe it in *RUN.
   Return false if it could not run or did not exit with status 0.  */
static bool
time_run (char *const *argv, struct run *run)
{
  struct timespec start, end;
  clock_gettime (CLOCK_MONOTONIC, &start);
  pid_t pid = fork ();
  if (pid < 0)
    return false;
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);
      if (null < 0 || dup2 (null, STDOUT_FILENO) < 0)
        _exit (127);
      execvp (argv[0], argv);
      _exit (127);
    }
  int status;
  struct rusage usage;
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      return false;
  clock_gettime (CLOCK_MONOTONIC, &end);
  run->microseconds = (end.tv_sec - start.tv_sec) * 1e6
                      + (end.tv_nsec - start.tv_nsec) / 1e3;
  run->kilobytes = usage.ru_maxrss;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The median of the COUNT values at V, which it sorts.  */
static double
median (double *v, size_t count)
{
  qsort (v, count, sizeof *v, compare_doubles);
  return count % 2 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
}

int
main (int argc, char **argv)
{
  char *end;
  long pairs = argc > 1 ? strtol (argv[1], &end, 10) : 0;
  int separator = 2;
  while (separator < argc && strcmp (argv[separator], "--") != 0)
    separator++;
  if (argc < 2 || *end != '\0' || pairs < 1 || separator == 2
      || separator >= argc - 1)
    {
      fputs ("usage: paired-time PAIRS COMMAND... -- BASELINE...\n", stderr);
      return 2;
    }
  argv[separator] = NULL;
  char **command = argv + 2, **baseline = argv + separator + 1;

  double *values = malloc (5 * pairs * sizeof *values);
  if (values == NULL)
    return 1;
  double *ratios = values, *command_us = values + pairs,
         *baseline_us = values + 2 * pairs, *command_kb = values + 3 * pairs,
         *baseline_kb = values + 4 * pairs;
  for (long i = 0; i < pairs; i++)
    {
      struct run a, b;
      bool ok = i % 2 == 0
                ? time_run (command, &a) && time_run (baseline, &b)
                : time_run (baseline, &b) && time_run (command, &a);
      if (!ok)
        {
          fprintf (stderr, "paired-time: %s failed\n", command[0]);
          return 1;
        }
      ratios[i] = a.microseconds / b.microseconds;
      command_us[i] = a.microseconds;
      baseline_us[i] = b.microseconds;
      command_kb[i] = a.kilobytes;
      baseline_kb[i] = b.kilobytes;
    }
  printf ("ratio %.3f command_us %.0f baseline_us %.0f command_kb %.0f "
          "baseline_kb %.0f\n", median (ratios, pairs),
          median (command_us, pairs), median (baseline_us, pairs),
          median (command_kb, pairs), median (baseline_kb, pairs));
  free (values);
  return 0;
}
