#!/bin/sh
# Output errors: a full device or a closed standard output fails loudly
# with status 1; a reader that goes away early ends the program quietly.
. "${abs_top_srcdir:-.}/tests/init.sh"
err=$tmp/err
status_file=$tmp/status
export err status_file

if [ -w /dev/full ]; then
  for args in "" "--list" "--help" "--version" "-f json" "--languages"; do
    $prog $args >/dev/full 2>"$tmp/err"
    status=$?
    checks=$((checks + 1))
    expect_status 1 "'$args' > /dev/full"
    expect_error_line "ohchr-mission: write error: No space left on device" "'$args' > /dev/full"
  done
fi

# Standard output closed.
if $closed_stdout_testable; then
  "$prog" >&- 2>"$tmp/err"
  status=$?
  checks=$((checks + 1))
  expect_status 1 "closed standard output"
  expect_error_line "ohchr-mission: write error: Bad file descriptor" "closed standard output"
fi

# Standard input closed changes nothing.
run "$prog" -s 1 <&-
expect_status 0 "closed standard input"
expect_no_errors "closed standard input"

# A reader that stops after one line: no message, whether SIGPIPE kills the
# program or is ignored (then the write fails with EPIPE).
"$prog" -w 20 2>"$tmp/err" | head -n 1 >"$tmp/out"
checks=$((checks + 1))
expect_output_text "Mission Statement" "| head -n 1"
expect_no_errors "| head -n 1"
# A reader that is gone before the program writes, with SIGPIPE ignored:
# the write fails with EPIPE; status 1, and no message.  (python3 makes a
# pipe whose reading end is closed before the program starts.)
if command -v python3 >/dev/null 2>&1; then
  python3 -c '
import os, signal, subprocess, sys
r, w = os.pipe()
os.close(r)
status = subprocess.call(sys.argv[1:], stdout=w, stderr=open(os.environ["err"], "w"),
                         preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
open(os.environ["status_file"], "w").write("%d\n" % status)' "$prog" --lang all
  checks=$((checks + 1))
else
  echo "note: python3 is missing: a write into a closed pipe is not tested"
  echo 1 >"$tmp/status"
fi
expect_no_errors "| head with SIGPIPE ignored"
[ "$(cat "$tmp/status")" = 1 ] \
  || fail "| head with SIGPIPE ignored: status $(cat "$tmp/status"), expected 1"

finish
