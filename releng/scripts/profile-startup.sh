#!/usr/bin/env bash
# Profiles a cold run of each of the product's commands (the ones bench-startup.sh times): where the
# wall-clock time goes, from the JVM's class-loading log (the first class of each stage of the run),
# and where the Java threads' CPU goes, from a Java Flight Recording sampling every 5 ms, grouped by
# phase (Equinox, declarative services, the command line, reading the evaluation, scoring, the
# store, BIRT's design, data, layout and emitters). Each command runs twice first, so that its
# ahead-of-time cache exists (./jixiao), then once with the class-loading log and once with the
# recording: the logging and the recorder slow the run a little, so the figures are shares, and
# bench-startup.sh gives the times. A profile, not a test: it prints what it found and exits 0.
# `workbench` profiles the desktop workbench up to its window (as measure-startup.sh sees it, under
# an Xvfb of its own, with a fresh workspace and store), stopping it then.
#   releng/scripts/profile-startup.sh                      (version score report demo workbench)
#   BENCH_COMMANDS="report" releng/scripts/profile-startup.sh
# Needs the JDK's jfr tool (in every JDK 11 and later), python3 and GNU time; for the workbench Xvfb
# and xdotool (releng/scripts/install-packages.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-env.sh"
jixiao_select_java
commands=${BENCH_COMMANDS:-version score report demo workbench}
[ -x /usr/bin/time ] || { echo "profile-startup: GNU time is missing (apt-get install time)" >&2; exit 2; }
[ -x "$JAVA_HOME/bin/jfr" ] || { echo "profile-startup: $JAVA_HOME/bin/jfr is missing" >&2; exit 2; }
work=$(mktemp -d)
app=""
xvfb=""
. "$root/releng/scripts/startup-env.sh"
trap startup_cleanup EXIT

"$root/jixiao" --version >/dev/null  # build the product first, if needed

# The recording's settings: execution samples every 5 ms, deep stacks (BIRT's are deep).
cat >"$work/profile.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">5 ms</setting></event>
</configuration>
EOF

# Runs the workbench (with the JVM options in $JAVA_TOOL_OPTIONS) on a fresh workspace and store until
# its window is mapped, then stops it; prints the seconds from the launch to the window.
workbench_until_window() {
  local run=$1 start shown
  if [ -z "$xvfb" ]; then
    command -v xdotool >/dev/null || { echo "profile-startup: xdotool is missing (apt-get install xdotool)" >&2; exit 2; }
    startup_xvfb
  fi
  start=$(date +%s%N)
  DISPLAY=$display JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Djixiao.db=$work/wb-db$run" \
    /usr/bin/time -v -o "$work/time" "$root/jixiao" workbench -data "$work/wb-ws$run" >"$work/err" 2>&1 &
  app=$!
  shown=$(startup_window_after "$start")
  # the JVM under GNU time: stopped by SIGTERM, it runs its shutdown hooks (the recording is written)
  startup_stop "$app" children
  app=""
  [ -n "$shown" ] || { echo "profile-startup: the workbench showed no window: $(tail -n 3 "$work/err")" >&2; exit 1; }
  awk -v ms="$shown" 'BEGIN { printf "%.3f\n", ms / 1000 }'
}

echo "profile-startup: $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
for name in $commands; do
  rm -f "$work/classes.log" "$work/run.jfr"
  if [ "$name" = workbench ]; then
    workbench_until_window 1 >/dev/null  # the ahead-of-time cache: recorded,
    workbench_until_window 2 >/dev/null  # then assembled
    window=$(JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log:uptime" workbench_until_window 3) || exit 1
    JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions=stackdepth=1024 -XX:StartFlightRecording=filename=$work/run.jfr,dumponexit=true,settings=$work/profile.jfc" \
      workbench_until_window 4 >/dev/null
    cpu=$(awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { print u + s }' "$work/time")
    "$JAVA_HOME/bin/jfr" print --json --stack-depth 1024 --events jdk.ExecutionSample "$work/run.jfr" >"$work/run.json"
    echo "workbench (jixiao workbench, up to its window):"
    python3 "$root/releng/scripts/startup_profile.py" "$work/classes.log" "$work/run.json" "$cpu" "$window"
    continue
  fi
  # shellcheck disable=SC2207
  args=($(startup_args "$name"))
  for _ in 1 2; do  # the ahead-of-time cache: recorded, then assembled
    "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/err" \
      || { echo "profile-startup: '$name' failed: $(tail -n 3 "$work/err")" >&2; exit 1; }
  done
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log:uptime" \
    "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/err" \
    || { echo "profile-startup: '$name' failed: $(tail -n 3 "$work/err")" >&2; exit 1; }
  JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions=stackdepth=1024 -XX:StartFlightRecording=filename=$work/run.jfr,settings=$work/profile.jfc" \
    /usr/bin/time -v -o "$work/time" "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/err" \
    || { echo "profile-startup: '$name' failed: $(tail -n 3 "$work/err")" >&2; exit 1; }
  cpu=$(awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { print u + s }' "$work/time")
  "$JAVA_HOME/bin/jfr" print --json --stack-depth 1024 --events jdk.ExecutionSample "$work/run.jfr" >"$work/run.json"
  echo "$name (jixiao ${args[*]/#$root\//}):"
  python3 "$root/releng/scripts/startup_profile.py" "$work/classes.log" "$work/run.json" "$cpu"
done
