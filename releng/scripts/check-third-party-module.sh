#!/usr/bin/env bash
# Checks that a department can add an indicator module, with its own ledgers (台账) and page, without
# touching or rebuilding the core:
#   1. builds examples/org.example.jixiao.module.environment on its own (its own pom, not part of
#      Jixiao's reactor) against the p2 repository Jixiao's build published
#      (releng/org.jixiao.product/target/repository);
#   2. copies the materialized product and installs the module into the copy with the p2 director
#      (the Maven-run director of Tycho, from the module's own p2 repository);
#   3. runs the copy's CLI: `modules` must list the module, `new --modules environment,general`
#      must write an evaluation holding its indicators, `check --deep` must load every package of the
#      module (its page included);
#   4. the module's ledgers, with the copy's CLI only: the new evaluation is imported into a temporary
#      store (--db), two ledger workbooks made by LibreOffice from CSV files (环境信访件, 大气污染防治巡查)
#      are imported with `ledger import`, and in new processes `ledger show` must list the entries and
#      the values the feeds compute from them (环境信访件办结率 75%, 大气污染防治巡查 7次), also in a
#      copy without org.jixiao.ui and SWT (the module's page needs them optionally), and the
#      exported XMI must keep the ledgers and score with those actual values;
#   5. the product without the module keeps the module's data: its `ledger show` reports the ledgers
#      as those of a module that is not installed, it stores the evaluation again (importing a ledger
#      of the built-in 人事人才 module), and the copy then still finds every entry;
#   6. checks that the copy's core bundle is the very file of the product and that the product
#      itself still does not know the module.
# Run it after the product build (./mvnw -B verify, or -DskipTests); it needs LibreOffice (soffice,
# releng/scripts/install-packages.sh). Extra Maven arguments (e.g. -o for an offline machine) come from
# JIXIAO_MAVEN_ARGS. Work files go to a temporary folder, removed at the end unless JIXIAO_KEEP=1.
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
command -v soffice >/dev/null || fail "soffice (LibreOffice) is needed to make the ledger workbooks: releng/scripts/install-packages.sh"

work=$(mktemp -d)
if [ "${JIXIAO_KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work" >&2; fi

echo "[1/6] building $module apart from the reactor, against file:$repository" >&2
"$root/mvnw" -f "$example/pom.xml" -B -q "${maven_args[@]}" -Djixiao.repository="file:$repository" clean verify
site="$example/site/target/repository"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || [ -f "$site/content.xml" ] || fail "the example built no p2 repository"

echo "[2/6] installing it with the p2 director into a copy of the product" >&2
copy="$work/jixiao"
# The product as materialized: of configuration/, only what the build wrote. The rest (Equinox's state,
# the ahead-of-time caches, the command line's configuration areas, logs) is written by runs of the
# product, which may be making or removing those files meanwhile (the product suite runs beside this).
mkdir -p "$copy/configuration"
find "$product" -mindepth 1 -maxdepth 1 ! -name configuration -exec cp -a {} "$copy/" \;
for built in config.ini org.eclipse.update; do
  [ ! -e "$product/configuration/$built" ] || cp -a "$product/configuration/$built" "$copy/configuration/"
done
"$root/mvnw" -f "$example/pom.xml" -B -q -N "${maven_args[@]}" \
  org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
  -Ddestination="$copy" -Dprofile=DefaultProfile \
  -Drepositories="file:$site,file:$repository" -DinstallIUs="$module"
ls "$copy/plugins/${module}_"*.jar >/dev/null 2>&1 || fail "the director did not put $module into plugins/"
grep -q "$module" "$copy/configuration/config.ini" || fail "the director did not add $module to config.ini"

run_nl() {  # runs the CLI of a product folder in a language: run_nl LANGUAGE DIR ARGS...
  local nl=$1 dir=$2; shift 2
  local launcher
  launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -jar "$launcher" -application org.jixiao.cli.app -nosplash -nl "$nl" -data "$work/workspace" "$@"
}
run() { run_nl en "$@"; }  # run DIR ARGS...
workbook() {  # makes DIR/NAME.xlsx, one sheet named NAME, from the CSV on stdin: workbook DIR NAME
  local dir=$1 name=$2
  mkdir -p "$dir"
  cat > "$dir/$name.csv"
  soffice "-env:UserInstallation=file://$work/libreoffice" --headless --infilter=CSV:44,34,76 \
    --convert-to xlsx --outdir "$dir" "$dir/$name.csv" >/dev/null 2>&1 || true
  [ -s "$dir/$name.xlsx" ] || fail "LibreOffice made no $dir/$name.xlsx"
}

echo "[3/6] jixiao modules; jixiao new --modules environment,general; jixiao check --deep" >&2
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
# Every package of every installed bundle wired and loaded: the module's ledger classes, and its page
# (EnvironmentPage, a LedgerModulePage) against the copy's org.jixiao.ui.
run "$copy" check --deep --db "$work/check-db" --out "$work/stack-check.pdf" >/dev/null || fail "jixiao check --deep fails on the copy with the module"

echo "[4/6] the module's ledgers: jixiao import, ledger import, ledger show, export, score (--db $work/db)" >&2
db="$work/db"
# A new evaluation has no actual values yet: it is stored as a draft with their errors (exit code 1).
id=$(run "$copy" import "$evaluation" --db "$db" 2>"$work/import.log") || true
[[ "$id" =~ ^[0-9]+$ ]] || fail "jixiao import stored no evaluation: $(tail -n 3 "$work/import.log")"
# The workbooks officers keep: one sheet per ledger, named by its label, a header row of field labels.
# 2024's four complaints, three closed; the one of December 2023 belongs to another year.
workbook "$work/ledgers" 环境信访件 <<'CSV'
受理日期,来源,反映问题,是否办结,未办结原因
2024-02-19,12345热线,工业园区夜间异味扰民,是,
2024-05-08,12369环保热线,餐饮油烟直排,是,
2024-08-23,来信来访,建筑工地扬尘,是,
2024-11-27,12345热线,河道排污口疑似偷排,否,水样检测结果待出，已会同水务部门立案调查
2023-12-11,12345热线,露天焚烧垃圾,是,
CSV
workbook "$work/ledgers" 大气污染防治巡查 <<'CSV'
巡查日期,巡查区域,发现问题
2023-12-20,工业园区,未发现问题
2024-01-16,工业园区,2家企业废气收集设施未开启，已责令整改
2024-03-12,城区建筑工地,3处工地裸土未覆盖
2024-04-09,城区建筑工地,未发现问题
2024-06-18,工业园区,未发现问题
2024-08-06,物流园区,道路扬尘，已通知洒水保洁
2024-10-15,城区建筑工地,未发现问题
2024-12-03,工业园区,1家企业VOCs治理设施运行记录不全
CSV
run "$copy" ledger import "$id" --module environment --db "$db" "$work/ledgers/环境信访件.xlsx"
run "$copy" ledger import "$id" --module environment --db "$db" "$work/ledgers/大气污染防治巡查.xlsx"
shown=$(run_nl zh "$copy" ledger show "$id" --db "$db")
echo "$shown"
grep -q "^environment: 环境信访件 5, 大气污染防治巡查 8$" <<< "$shown" || fail "ledger show does not list the 5 complaints and 8 patrols stored"
grep -q "环境信访件办结率: 由台账计算：75%（受理4件，办结3件）" <<< "$shown" || fail "ledger show does not compute 环境信访件办结率 75% from the complaints of 2024"
grep -q "大气污染防治巡查: 由台账计算：7次" <<< "$shown" || fail "ledger show does not count the 7 patrols of 2024"
# Headless: the same copy without the workbench (org.jixiao.ui and SWT never installed) still has the
# module, its ledgers and its feeds; only the page, which needs them, is gone.
headless="$work/headless"
cp -a "$copy" "$headless"
rm -rf "$headless/configuration/org.eclipse.osgi"
sed -i -E 's/,reference\\:file\\:org\.(jixiao\.ui|eclipse\.swt|eclipse\.swt\.gtk\.linux\.x86_64)_[^,]*//g' "$headless/configuration/config.ini"
if grep -qE 'org\.jixiao\.ui_|org\.eclipse\.swt_' "$headless/configuration/config.ini"; then fail "org.jixiao.ui or SWT is still in the headless copy's config.ini"; fi
grep -q "$module" "$headless/configuration/config.ini" || fail "the headless copy lost $module"
headless_shown=$(run_nl zh "$headless" ledger show "$id" --db "$db")
grep -q "环境信访件办结率: 由台账计算：75%（受理4件，办结3件）" <<< "$headless_shown" \
  || fail "without org.jixiao.ui the module does not compute 环境信访件办结率: $headless_shown"
exported="$work/exported.xmi"
run "$copy" export "$id" --db "$db" --format xmi --out "$exported" >/dev/null
grep -q '<moduleData xsi:type="environment:EnvironmentData" moduleId="environment"' "$exported" || fail "the exported XMI holds no environment ledgers"
[ "$(grep -c '<complaints ' "$exported")" -eq 5 ] || fail "the exported XMI does not hold the 5 complaints"
scored=$(run "$copy" score "$exported" || true)
grep -E "环境信访件办结率.*75%" <<< "$scored" || fail "jixiao score does not show 环境信访件办结率's actual 75%"
grep -E "大气污染防治巡查.*7次" <<< "$scored" || fail "jixiao score does not show 大气污染防治巡查's actual 7次"

echo "[5/6] the product without the module keeps its ledgers unchanged" >&2
bare=$(run "$product" ledger show "$id" --db "$db")
echo "$bare"
grep -q "^environment: .*not installed (http://example.org/jixiao/environment/1.0)" <<< "$bare" \
  || fail "the product without the module does not report the environment ledgers as kept"
workbook "$work/ledgers" 雇员招聘 <<'CSV'
姓名,岗位,招聘方式,公告日期,到岗日期
王某某,环境监测辅助,公开招聘,2024-03-01,2024-04-15
CSV
run "$product" ledger import "$id" --module hr --db "$db" "$work/ledgers/雇员招聘.xlsx"
again=$(run_nl zh "$copy" ledger show "$id" --db "$db")
grep -q "^environment: 环境信访件 5, 大气污染防治巡查 8$" <<< "$again" \
  || fail "the environment ledgers changed when the product without the module stored the evaluation: $again"
grep -q "环境信访件办结率: 由台账计算：75%" <<< "$again" || fail "环境信访件办结率 is no longer computed after the product without the module stored the evaluation"
environment_data() {  # the environment module's data element of an XMI file
  awk '/<moduleData xsi:type="environment:EnvironmentData"/,/<\/moduleData>/' "$1"
}
run "$copy" export "$id" --db "$db" --format xmi --out "$work/again.xmi" >/dev/null
[ -n "$(environment_data "$exported")" ] && [ "$(environment_data "$exported")" = "$(environment_data "$work/again.xmi")" ] \
  || fail "the environment ledgers of the XMI differ after the product without the module stored the evaluation"

echo "[6/6] the core is untouched" >&2
core=$(cd "$product/plugins" && ls org.jixiao.core_*.jar)
cmp -s "$product/plugins/$core" "$copy/plugins/$core" || fail "the copy's $core differs from the product's"
if run "$product" modules | grep -q "^environment	"; then fail "the product itself lists the environment module"; fi

echo "check-third-party-module: $module built apart, installed by the p2 director, listed, used by jixiao new ($count indicators), its ledgers imported, computed (环境信访件办结率 75%, 大气污染防治巡查 7次) and kept by a product without it" >&2
