#!/usr/bin/env bash
# The README's test command: installs the Debian packages the tests need when they are missing,
# then runs every test (`./mvnw -B verify`) with a virtual display for the UI tests.
# Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bash "$root/releng/scripts/install-packages.sh"
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$root/mvnw" -B verify "$@"
