#!/usr/bin/env bash
# Runs the benchmarks in the product's runtime without shipping them: the benchmark application
# (bundle org.jixiao.bench, application org.jixiao.bench.app) and the test support it uses
# (org.jixiao.testing) are in no feature of the product, so this script adds both to a copy of the
# materialized product and runs the application there. A benchmark, not a test: it prints the figures.
#   releng/scripts/bench.sh scoring [--indicators N] [--runs N] [--warmup N]
#   releng/scripts/bench.sh store [--evaluations N] [--indicators N] [--rounds N] [--loads N] [--dir DIR]
#   releng/scripts/bench.sh report [--warmup N] [--runs N]
#   releng/scripts/bench.sh server-scale [--departments N] [--evaluations-per-year N] [--years N] [--indicators N] [--dir DIR]
#   releng/scripts/bench.sh server-load [--clients N] [--minutes M] [--sharing 1|2]
#   releng/scripts/bench.sh server-crash [--kills N] [--clients N]
#   releng/scripts/bench.sh import-dir [N] [--threads T] [--dir DIR]   (N synthetic tables, default 1600, imported as jixiao import DIR does)
#   releng/scripts/bench.sh --help
# The product is built first when it is missing or older than the sources (as ./jixiao does), and
# with it the two bundles. The copy goes to a temporary folder, removed at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-env.sh"
jixiao_select_java

fail() { echo "bench: $*" >&2; exit 1; }
"$root/jixiao" --version >/dev/null   # builds the product (and the bundles beside it) when stale
product="$root/releng/org.jixiao.product/target/products/org.jixiao.ui.product/linux/gtk/x86_64"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/jixiao"
cp -a "$product" "$copy"
rm -rf "$copy/configuration/org.eclipse.osgi" "$copy"/configuration/*.jsa "$copy"/configuration/*.aot "$copy"/configuration/*.aotconf
added=""
for bundle in org.jixiao.testing org.jixiao.bench; do
  jar=$(ls "$root/bundles/$bundle/target/$bundle"-*.jar 2>/dev/null | grep -v -- '-sources' | head -n 1 || true)
  [ -n "$jar" ] || fail "bundles/$bundle/target has no jar: build it with ./mvnw -B -q -DskipTests package -pl '!bundles/org.jixiao.ui.tests'"
  version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')
  cp "$jar" "$copy/plugins/${bundle}_$version.jar"
  added="$added,reference\\:file\\:${bundle}_$version.jar@4"
done
sed -i "s|^osgi.bundles=.*|&$added|" "$copy/configuration/config.ini"

launcher=$(ls "$copy"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
# server-crash starts the server in a child process of the same application, with a configuration
# area of its own (the child is killed with SIGKILL)
cp -a "$copy/configuration" "$work/child-configuration"
export JIXIAO_BENCH_JAVA="$JAVA_HOME/bin/java" JIXIAO_BENCH_LAUNCHER="$launcher" JIXIAO_BENCH_CONFIGURATION="$work/child-configuration"
# the full JIT and room for the synthetic data, as the figures are meant for the product's JVM
# JIXIAO_BENCH_VM adds options of the JVM, e.g. -XX:StartFlightRecording=filename=bench.jfr to profile a run
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx1g ${JIXIAO_BENCH_VM:-} -Djava.awt.headless=true -jar "$launcher" \
  -application org.jixiao.bench.app -nosplash -nl en -data "$work/workspace" "$@"
