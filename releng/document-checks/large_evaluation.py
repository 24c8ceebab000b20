#!/usr/bin/env python3
"""Makes a large evaluation (200 indicators, long deviation texts) from an evaluation's XMI.

Each indicator of the source (the reference sample as `jixiao export ID --out FILE.xmi` writes it) is
repeated in its subcategory until the evaluation holds the number of indicators asked for; the copies
share the original's weight, so every group keeps its weight, and every second copy gets a deviation
reason and improvement measures of several sentences. The result is an evaluation the product reads
like any other (`jixiao report FILE.xmi`). Standard library only.

Usage: large_evaluation.py SOURCE.xmi TARGET.xmi [--indicators 200]
"""

import argparse
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

REASON = ("受年度内机构调整和人员变动影响，{name}的部分工作未能按年初计划推进，"
          "相关经费拨付时间较计划推迟约两个月，第四季度集中实施的事项较多，"
          "实际完成值与年初设定的目标值存在一定偏差；同时部分基层单位报送的数据口径不一致，"
          "统计汇总和核实工作耗时较长。")
MEASURES = ("细化{name}的年度实施计划，按季度分解目标任务并明确责任人和完成时限，"
            "加强预算执行进度的月度监控和通报，统一基层单位的数据报送口径，"
            "对进度滞后的事项及时督办，确保下一年度目标按期完成。")


def enlarge(root, wanted):
    groups = [sub for sub in root.iter() if sub.tag == "subcategories"]
    indicators = [(sub, ind) for sub in groups for ind in list(sub) if ind.tag == "indicators"]
    if not indicators:
        raise SystemExit("large_evaluation: the source holds no indicators")
    base, extra = divmod(wanted, len(indicators))
    copy_number = 0
    for position, (sub, indicator) in enumerate(indicators):
        copies = base + (1 if position < extra else 0)
        weight = indicator.get("weight")
        name = indicator.get("name", "")
        index = list(sub).index(indicator)
        sub.remove(indicator)
        for number in range(1, copies + 1):
            copy = ET.Element(indicator.tag, dict(indicator.attrib))
            for child in indicator:
                copy.append(child)
            copy.set("name", f"{name}（{number}）" if copies > 1 else name)
            if weight:
                copy.set("weight", str((Decimal(weight) / copies).normalize()))
            copy_number += 1
            if copy_number % 2 == 0:
                copy.set("deviationReason", REASON.format(name=name))
                copy.set("improvementMeasures", MEASURES.format(name=name))
            sub.insert(index, copy)
            index += 1
    return copy_number


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--indicators", type=int, default=200)
    args = parser.parse_args()
    # keep the source's prefixes: XMI names types by them in attribute values (xsi:type)
    declared = {}
    for _, (prefix, uri) in ET.iterparse(args.source, events=["start-ns"]):
        ET.register_namespace(prefix, uri)
        declared[prefix] = uri
    tree = ET.parse(args.source)
    count = enlarge(tree.getroot(), args.indicators)
    # ElementTree declares only the namespaces of element and attribute names; a module's package is
    # named in xsi:type values only (its ledgers), so its declaration is put back by hand
    used = {name[1:].split("}")[0] for element in tree.iter()
            for name in [element.tag, *element.attrib] if name.startswith("{")}
    for prefix, uri in declared.items():
        if prefix and uri not in used:
            tree.getroot().set(f"xmlns:{prefix}", uri)
    tree.write(args.target, encoding="UTF-8", xml_declaration=True)
    print(f"large_evaluation: {count} indicators in {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
