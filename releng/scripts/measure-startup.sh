#!/usr/bin/env bash
# Measures the cold start of the desktop workbench: the time from starting `./jixiao workbench` to
# its window (titled 绩效自评工作台) being mapped on an X display, polled with xdotool every 20 ms.
# A measurement, not a test: it prints the figures and exits 0. Run 1 after a build has no
# ahead-of-time cache yet (./jixiao records what that run loads), run 2 assembles the cache before it
# starts; the later runs start from it. With SECONDS, each run then leaves the workbench idle that
# long and prints the CPU time it has used since its launch and the memory it holds (proportional
# set size, with the processes it started, such as the browser engine's): what the work done in the
# background after the window (the report engine's warm-up) costs. With `quit` after SECONDS, each run
# then presses Ctrl+Q in the window and prints how long the workbench took to end: what quitting
# while the background work runs costs the officer.
#   releng/scripts/measure-startup.sh [RUNS [SECONDS [quit]]]     (default 3 runs; each with a fresh workspace)
# Runs under its own Xvfb display; needs xvfb and xdotool (releng/scripts/install-packages.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-3}
idle=${2:-}
quit=${3:-}
[ -z "$quit" ] || { [ "$quit" = quit ] && [ -n "$idle" ]; } \
  || { echo "measure-startup: usage: measure-startup.sh [RUNS [SECONDS [quit]]]" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "measure-startup: xdotool is missing (apt-get install xdotool)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "measure-startup: Xvfb is missing (apt-get install xvfb)" >&2; exit 2; }

# Build the product first, if needed, so that the build is not measured.
"$root/jixiao" --version >/dev/null

work=$(mktemp -d)
app=""
xvfb=""
. "$root/releng/scripts/startup-env.sh"
trap startup_cleanup EXIT
startup_xvfb

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  DISPLAY=$display JAVA_TOOL_OPTIONS="-Djixiao.db=$work/db$run" "$root/jixiao" workbench -data "$work/ws$run" \
      >"$work/run$run.log" 2>&1 &
  app=$!
  shown=$(startup_window_after "$start")
  used=""
  if [ -n "$shown" ] && [ -n "$idle" ]; then
    sleep "$idle"
    used="; after ${idle} s idle: $(startup_usage "$app")"
    if [ -n "$quit" ]; then
      used="$used; $(startup_quit)"
    fi
  fi
  startup_stop "$app"
  app=""
  if [ -n "$shown" ]; then
    echo "run $run: workbench window after ${shown} ms$used"
  else
    echo "run $run: no window within 30 s; log: $(tail -n 5 "$work/run$run.log")"
  fi
done
