#!/usr/bin/env bash
# Measures how fast the product's commands run from a cold JVM: each command is started RUNS times
# (a new process each time, ahead-of-time caches already made by two warm-up runs) under
# GNU time, and the median wall time, the median CPU time (user + system, less sensitive to the
# machine's load than wall time) and the median peak resident memory are printed, each line with
# the machine's load average (/proc/loadavg) taken just before that command's runs.
# A benchmark, not a test: it prints the figures and exits 0.
#   releng/scripts/bench-startup.sh [RUNS]          (default 5)
#   BENCH_COMMANDS="version score" releng/scripts/bench-startup.sh 3   (a subset: version score report demo)
#   BENCH_COMMANDS="demo report-all package" releng/scripts/bench-startup.sh 3   (the documents: every format
#   of both, and the submission package of the store demo made)
# Needs GNU time (/usr/bin/time, the Debian package `time`; releng/scripts/install-packages.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-env.sh"
jixiao_select_java
runs=${1:-5}
commands=${BENCH_COMMANDS:-version score report demo}
[ -x /usr/bin/time ] || { echo "bench-startup: GNU time is missing (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
. "$root/releng/scripts/startup-env.sh"
trap startup_cleanup EXIT

# Build the product first, if needed, so that the build is not measured.
"$root/jixiao" --version >/dev/null

# The median of the numbers on stdin.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Wall seconds from GNU time's "h:mm:ss" or "m:ss.cc".
seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}

echo "bench-startup: $runs cold runs a command, medians; $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
printf '%-10s %9s %9s %10s  %s\n' command wall cpu peak-MiB "load (1/5/15 min) before the runs"
for name in $commands; do
  # shellcheck disable=SC2207
  args=($(startup_args "$name"))
  # warm-up: the command's first run of a product records what it loads and the second assembles its
  # ahead-of-time cache (./jixiao); the first creates the demo store
  for _ in 1 2; do
    "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/warmup.err" \
      || { echo "bench-startup: '$name' failed: $(tail -n 3 "$work/warmup.err")" >&2; exit 1; }
  done
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  : >"$work/wall" ; : >"$work/cpu" ; : >"$work/rss"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -v -o "$work/time" "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/run.err" \
      || { echo "bench-startup: '$name' failed: $(tail -n 3 "$work/run.err")" >&2; exit 1; }
    sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" | seconds >>"$work/wall"
    awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { print u + s }' "$work/time" >>"$work/cpu"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time" | awk '{ print $1 / 1024 }' >>"$work/rss"
  done
  printf '%-10s %8.2fs %8.2fs %10.0f  %s\n' "$name" "$(median <"$work/wall")" "$(median <"$work/cpu")" \
    "$(median <"$work/rss")" "$load"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
