# Shared by the start-up measurements (bench-startup.sh, profile-startup.sh, measure-startup.sh), which
# source it with $root (the checkout) and $work (the run's scratch folder) set.

# The arguments of each measured command of ./jixiao: the reference sample, the store and the output
# in $work.
startup_args() {
  local sample="$root/bundles/org.jixiao.core/samples/2023-dangzhengban.xmi"
  case "$1" in
    version) echo "--version" ;;
    score) echo "score $sample" ;;
    report) echo "report $sample --format pdf --out $work/out-report" ;;
    demo) echo "demo --db $work/db --out $work/out-demo" ;;
    report-all) echo "report $sample --format pdf,docx,xlsx,html --out $work/out-all" ;;
    package) echo "package 1 --db $work/db --out $work/out-package" ;;  # the store demo made: run demo first
    *) echo "$(basename "$0"): unknown command '$1' (version, score, report, demo, report-all, package)" >&2; return 2 ;;
  esac
}

# Starts an Xvfb of the run's own and sets $display; $xvfb is its process, which startup_cleanup
# stops. Xvfb picks a free display and writes its number once it accepts clients (a fixed wait was
# too short on a loaded machine, and a random number could be another Xvfb's). It never resets: by
# default an X server resets when its last client disconnects, and a workbench started just after the
# previous one was stopped could then fail to open the display (SWTError "gtk_init_check() failed",
# reported as "no window"): 4 of 45 launches under load, none with -noreset.
startup_xvfb() {
  local number
  mkfifo "$work/display"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
  xvfb=$!
  read -r -t 30 number <"$work/display" || { echo "$(basename "$0"): Xvfb did not start" >&2; exit 1; }
  display=":$number"
}

# The EXIT trap: stops the workbench ($app) and the Xvfb ($xvfb) if they still run, removes $work.
startup_cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}

# Whether process $1 still runs (a child that has ended but is not yet waited for does not).
startup_running() {
  local state
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
  [ -n "$state" ] && [ "$state" != Z ]
}

# Stops process $1 with SIGTERM (with `children`, the processes it started instead, as GNU time's JVM)
# and waits for it; after 10 s it is killed, which is said on stderr. A JVM can hang in its exit when
# SIGTERM comes while the workbench's UI thread is inside Xlib: the exit's native handlers (libGLX's)
# wait for the display's lock, which that thread holds while it waits for the exit's safepoint.
startup_stop() {
  local pid=$1 children=${2:-} _
  signal() { if [ "$children" = children ]; then pkill "-$1" -P "$pid"; else kill "-$1" "$pid"; fi 2>/dev/null || true; }
  signal TERM
  for _ in $(seq 1 500); do
    startup_running "$pid" || break
    sleep 0.02
  done
  if startup_running "$pid"; then
    echo "$(basename "$0"): process $pid had not ended 10 s after SIGTERM: killed" >&2
    signal KILL
  fi
  wait "$pid" 2>/dev/null || true
}

# Waits up to 30 s for the workbench's window (titled 绩效自评工作台) on $display, polling every 20 ms
# while its process $app runs; prints the milliseconds from START (date +%s%N) to the window, or
# nothing when it did not come.
startup_window_after() {
  local start=$1
  for _ in $(seq 1 1500); do
    if DISPLAY=$display xdotool search --onlyvisible --name "绩效自评工作台" >/dev/null 2>&1; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      return
    fi
    kill -0 "$app" 2>/dev/null || return 0
    sleep 0.02
  done
}

# Prints the CPU time (user + system) that process PID and the processes it started have used, and
# the memory they hold (the sum of their proportional set sizes, so that pages they share count once).
startup_usage() {
  local pid ticks=0 pss=0 pids
  pids=$(ps -e -o pid= -o ppid= | awk -v root="$1" '{ parent[$1] = $2 }
    END { tree[root] = 1
          do { grown = 0; for (p in parent) if (!(p in tree) && (parent[p] in tree)) { tree[p] = 1; grown = 1 } } while (grown)
          for (p in tree) print p }')
  for pid in $pids; do
    ticks=$((ticks + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 } END { if (!NR) print 0 }')))
    pss=$((pss + $(awk '/^Pss:/ { kb = $2 } END { print kb + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "CPU $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }') s," \
    "memory $((pss / 1024)) MiB in $(echo "$pids" | wc -w) process(es)"
}

# Presses Ctrl+Q in the workbench's window on $display and waits up to 30 s for its process $app to
# end; prints the milliseconds from the key to the end, or that it did not end.
startup_quit() {
  local window start
  window=$(DISPLAY=$display xdotool search --onlyvisible --name "绩效自评工作台" | head -n 1)
  start=$(date +%s%N)
  DISPLAY=$display xdotool key --window "$window" ctrl+q
  for _ in $(seq 1 1500); do
    if ! kill -0 "$app" 2>/dev/null; then
      echo "ended $(( ($(date +%s%N) - start) / 1000000 )) ms after Ctrl+Q"
      return
    fi
    sleep 0.02
  done
  echo "still running 30 s after Ctrl+Q"
}
