#!/usr/bin/env bash
# Every check of the product as shipped, on a clone whose product the build has materialized: the last
# module of `./mvnw verify` (releng/product-tests/pom.xml) runs it as soon as the product module is
# done, beside the test modules still running; it can also be run alone on a built clone. Three parts,
# which keep about two cores busy:
#   - `./jixiao demo`, then the documents of the demo, of one large evaluation (200 indicators, long
#     deviation texts, made by releng/document-checks/large_evaluation.py from the reference sample) and
#     of one project evaluation (the illustrative 党建专项资金) as LibreOffice renders them
#     (releng/document-checks/check_documents.py);
#   - then releng/scripts/check-third-party-module.sh;
#   - beside both, releng/product-tests/run.sh (the product suite and its fuzz run), whose output is
#     printed whole when it has ended; it is stopped if this script ends before it.
# Prints the seconds after each part to stderr; exits non-zero when any part failed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
start=$(date +%s)
mark() { echo "product checks: $1 after $(( $(date +%s) - start )) s" >&2; }

# The command line's configuration area and Equinox's state in it are made once, before the parts run
# beside each other
./jixiao --version >/dev/null

suite_log=$(mktemp)
setsid releng/product-tests/run.sh > "$suite_log" 2>&1 &
suite=$!
work=$(mktemp -d)
stop_suite() {  # its process group, or the process itself when it has not made its group yet
  [ -z "$suite" ] || kill -- -"$suite" 2>/dev/null || kill "$suite" 2>/dev/null || true
  rm -rf "$suite_log" "$work"
}
trap stop_suite EXIT

./jixiao demo
python3 releng/document-checks/check_documents.py out --formats docx,xlsx
python3 releng/document-checks/large_evaluation.py bundles/org.jixiao.core/samples/2023-dangzhengban.xmi "$work/large.xmi"
./jixiao report "$work/large.xmi" --format pdf,docx,xlsx --out "$work/large" --db "$work/large-db" >/dev/null
python3 releng/document-checks/check_documents.py "$work/large" --formats docx,xlsx
./jixiao report bundles/org.jixiao.core/samples/2023-dangzhengban-projects/project-04.xmi --format pdf,docx,xlsx \
  --out "$work/project" --db "$work/project-db" >/dev/null
python3 releng/document-checks/check_documents.py "$work/project" --formats docx,xlsx
mark "the documents in LibreOffice"

releng/scripts/check-third-party-module.sh
mark "the third-party module"

status=0
wait "$suite" || status=$?
suite=
cat "$suite_log"
mark "the product suite"
[ "$status" -eq 0 ] || { echo "product checks: the product suite failed (exit code $status)" >&2; exit "$status"; }
