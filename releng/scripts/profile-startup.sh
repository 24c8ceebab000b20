#!/usr/bin/env bash
# Profiles a cold run of each of the product's commands (the ones bench-startup.sh times): where the
# wall-clock time goes, from the JVM's class-loading log (the first class of each stage of the run),
# and where the Java threads' CPU goes, from a Java Flight Recording sampling every 5 ms, grouped by
# phase (Equinox, declarative services, the command line, reading the evaluation, scoring, the
# store, BIRT's design, data, layout and emitters). Each command runs twice first, so that its
# ahead-of-time cache exists (./jixiao), then once with the class-loading log and once with the
# recording: the logging and the recorder slow the run a little, so the figures are shares, and
# bench-startup.sh gives the times. A profile, not a test: it prints what it found and exits 0.
#   releng/scripts/profile-startup.sh                      (version score report demo)
#   BENCH_COMMANDS="report" releng/scripts/profile-startup.sh
# Needs the JDK's jfr tool (in every JDK 11 and later), python3 and GNU time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-env.sh"
jixiao_select_java
commands=${BENCH_COMMANDS:-version score report demo}
[ -x /usr/bin/time ] || { echo "profile-startup: GNU time is missing (apt-get install time)" >&2; exit 2; }
[ -x "$JAVA_HOME/bin/jfr" ] || { echo "profile-startup: $JAVA_HOME/bin/jfr is missing" >&2; exit 2; }
sample="$root/bundles/org.jixiao.core/samples/2023-dangzhengban.xmi"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/jixiao" --version >/dev/null  # build the product first, if needed

# The recording's settings: execution samples every 5 ms, deep stacks (BIRT's are deep).
cat >"$work/profile.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">5 ms</setting></event>
</configuration>
EOF

args_of() {
  case "$1" in
    version) echo "--version" ;;
    score) echo "score $sample" ;;
    report) echo "report $sample --format pdf --out $work/out-report" ;;
    demo) echo "demo --db $work/db --out $work/out-demo" ;;
    *) echo "profile-startup: unknown command '$1' (version, score, report, demo)" >&2; return 2 ;;
  esac
}

echo "profile-startup: $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load $(cut -d' ' -f1-3 /proc/loadavg)"
for name in $commands; do
  # shellcheck disable=SC2207
  args=($(args_of "$name"))
  for _ in 1 2; do  # the ahead-of-time cache: recorded, then assembled
    "$root/jixiao" "${args[@]}" >/dev/null 2>"$work/err" \
      || { echo "profile-startup: '$name' failed: $(tail -n 3 "$work/err")" >&2; exit 1; }
  done
  rm -f "$work/classes.log" "$work/run.jfr"
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
