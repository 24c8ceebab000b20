#!/usr/bin/env bash
# The README's test command: installs the Debian packages the tests need when they are missing,
# then runs every test (`./mvnw -B -T 2 verify`) with a virtual display for the UI tests. Two
# modules at a time: the test bundles wait for servers, windows and LibreOffice about as much as they
# compute, so on two cores the build with its tests takes about a third less time than one module at a
# time (docs/benchmarks-startup.md, "Build and CI"); each test runtime has its own temporary directory
# (java.io.tmpdir in its target folder). The virtual display never resets (-noreset), so that a UI
# test runtime started as the previous one disconnects cannot find it resetting
# (releng/scripts/startup-env.sh).
# Extra arguments go to Maven (a later -T overrides this one).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bash "$root/releng/scripts/install-packages.sh"
exec xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" "$root/mvnw" -B -T 2 verify "$@"
