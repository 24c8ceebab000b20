#!/usr/bin/env bash
# Checks that a department can add an indicator module without touching or rebuilding the core:
#   1. builds examples/org.example.jixiao.module.environment on its own (its own pom, not part of
#      Jixiao's reactor) against the p2 repository Jixiao's build published
#      (releng/org.jixiao.product/target/repository);
#   2. copies the materialized product and installs the module into the copy with the p2 director
#      (the Maven-run director of Tycho, from the module's own p2 repository);
#   3. runs the copy's CLI: `modules` must list the module, `new --modules environment,general`
#      must write an evaluation holding its indicators;
#   4. checks that the copy's core bundle is the very file of the product and that the product
#      itself still does not know the module.
# Run it after the product build (./mvnw -B verify, or -DskipTests). Extra Maven arguments (e.g. -o
# for an offline machine) come from JIXIAO_MAVEN_ARGS. Work files go to a temporary folder, removed
# at the end unless JIXIAO_KEEP=1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/java-env.sh"
jixiao_select_java

product="$root/releng/org.jixiao.product/target/products/org.jixiao.ui.product/linux/gtk/x86_64"
repository="$root/releng/org.jixiao.product/target/repository"
example="$root/examples/org.example.jixiao.module.environment"
module=org.example.jixiao.module.environment
read -r -a maven_args <<< "${JIXIAO_MAVEN_ARGS:-}"

fail() { echo "check-third-party-module: $*" >&2; exit 1; }
[ -f "$product/configuration/config.ini" ] || fail "no materialized product at $product: run ./mvnw -B verify first"
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml.xz" ] || [ -f "$repository/content.xml" ] \
  || fail "no p2 repository at $repository: run ./mvnw -B verify first"

work=$(mktemp -d)
if [ "${JIXIAO_KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work" >&2; fi

echo "[1/4] building $module apart from the reactor, against file:$repository" >&2
"$root/mvnw" -f "$example/pom.xml" -B -q "${maven_args[@]}" -Djixiao.repository="file:$repository" clean verify
site="$example/site/target/repository"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || [ -f "$site/content.xml" ] || fail "the example built no p2 repository"

echo "[2/4] installing it with the p2 director into a copy of the product" >&2
copy="$work/jixiao"
cp -a "$product" "$copy"
rm -rf "$copy/configuration/org.eclipse.osgi"   # no OSGi state cached by earlier runs of the product
"$root/mvnw" -f "$example/pom.xml" -B -q -N "${maven_args[@]}" \
  org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
  -Ddestination="$copy" -Dprofile=DefaultProfile \
  -Drepositories="file:$site,file:$repository" -DinstallIUs="$module"
ls "$copy/plugins/${module}_"*.jar >/dev/null 2>&1 || fail "the director did not put $module into plugins/"
grep -q "$module" "$copy/configuration/config.ini" || fail "the director did not add $module to config.ini"

run() {  # runs the CLI of a product folder: run DIR ARGS...
  local dir=$1; shift
  local launcher
  launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -jar "$launcher" -application org.jixiao.cli.app -nosplash -nl en -data "$work/workspace" "$@"
}

echo "[3/4] jixiao modules; jixiao new --modules environment,general" >&2
listing=$(run "$copy" modules)
echo "$listing"
grep -q "^environment	" <<< "$listing" || fail "jixiao modules does not list the environment module"
grep -q "^partybuilding	" <<< "$listing" || fail "the built-in modules are gone"
evaluation="$work/生态环境分局-2024.xmi"
run "$copy" new --department 生态环境分局 --year 2024 --modules environment,general --out "$evaluation"
[ -s "$evaluation" ] || fail "jixiao new wrote no evaluation"
count=$(grep -c '<indicators [^>]*moduleId="environment"' "$evaluation" || true)
[ "$count" -eq 8 ] || fail "the new evaluation holds $count environment indicators, not the 8 standard templates"
grep -q 'name="空气质量优良天数"' "$evaluation" || fail "the template 空气质量优良天数 is missing from the evaluation"

echo "[4/4] the core is untouched" >&2
core=$(cd "$product/plugins" && ls org.jixiao.core_*.jar)
cmp -s "$product/plugins/$core" "$copy/plugins/$core" || fail "the copy's $core differs from the product's"
if run "$product" modules | grep -q "^environment	"; then fail "the product itself lists the environment module"; fi

echo "check-third-party-module: $module built apart, installed by the p2 director, listed, and used by jixiao new ($count indicators)" >&2
