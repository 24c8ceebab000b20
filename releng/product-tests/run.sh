#!/usr/bin/env bash
# The product-level tests: the materialized product (./jixiao at the clone's root), not the OSGi test
# runtime. suite.py: the reference table as POI, LibreOffice (.xlsx, .xls, .ods), Info-ZIP, Python's
# zipfile and hand-edited workbooks write it must import and score as its source (99.30); refused files
# change nothing; the sample in every table format (export --format-id, import, check_documents.py); an
# Error inside a command is one line and exit code 1; `check --deep`. fuzz.py: a
# seeded fuzz run of mutated tables, XMI files and rule sets through `score` and `import`.
#   releng/product-tests/run.sh [FUZZ-INPUTS [SEED]]      (defaults: 1000 inputs, seed 12)
# Needs Debian's python3 (standard library only), zip/unzip and soffice: installed when missing by
# releng/scripts/install-packages.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/releng/product-tests"
inputs=${1:-1000}
seed=${2:-12}
"$root/releng/scripts/install-packages.sh"
. "$root/releng/scripts/java-env.sh"
jixiao_select_java
export JAVA_HOME
export PYTHONDONTWRITEBYTECODE=1  # nothing written into the clone: ./jixiao rebuilds when sources change
python=/usr/bin/python3
work=$(mktemp -d -t jixiao-product-tests.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
"$root/jixiao" --version >/dev/null  # builds the product first when it is stale
status=0
"$python" "$here/suite.py" "$root" "$work/suite" || status=1
"$python" "$here/fuzz.py" "$root" "$work/fuzz" "$work/suite/corpus" --inputs "$inputs" --seed "$seed" || status=1
echo "product tests: $(( $(date +%s) - start )) s, $([ $status -eq 0 ] && echo passed || echo FAILED)" >&2
exit $status
