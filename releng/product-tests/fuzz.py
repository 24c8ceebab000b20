"""The product-level fuzz run: seeded mutations of real tables (.xlsx, .xls, .ods), evaluation files
(.xmi) and rule sets (.json) through `score` and `import` of the materialized product, in one
`./jixiao batch`. A finding is an exit code other than 0, 1 or 2, an exit code 0 without output, an
exit code 1 or 2 without a message, an internal error (an exception the command did not expect, told
in one line with the log's path), a stack trace on stderr, a command that hangs, or a refused file
(exit code 2) that changed the store.

Usage: python3 fuzz.py ROOT WORK SEEDS [--seed N] [--inputs N]
  SEEDS: the suite's corpus folder (the exported table and the files other programs wrote of it)."""

import argparse
import collections
import glob
import io
import json
import os
import random
import re
import shutil
import sys
import time
import zipfile

from product import STACK_TRACE, Hang, Product, layout, read_table, write_xlsx

# The one line of an exception a command did not expect (CommandFailures_bug, BatchCommand_failed), in
# either language
INTERNAL_ERROR = re.compile(r"：内部错误，|: internal error, ")

TOKENS = ["NaN", "=1/0", "#DIV/0!", "-1", "-250.5", "1e308", "-1e308", "1E+400", "0", "", " ", "四个", "二十余场",
          "192只", "定性", "≥", "≤≥", "约95%", "近1000人", "3万余人", "１０", "10分", "12月底前", "第三季度", "按时完成",
          "有效提升", "\u202e反转名称", "\u0007\u0001", "<script>alert(1)</script>", "&amp;&lt;", "]]>", "9" * 400,
          "-0", "Infinity", "😀", "100%%", "50%", "0.0001", "1/0", "十二", "零", "A" * 40000, "长" * 33000,
          "2023年12月31日前", "%s", "{0}", "'; DROP TABLE EVALUATION; --", "\t\n", "1,000,000", "¥1000", "万元"]


def token(rng):
    return rng.choice(TOKENS)


def xml_text(value):
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------------------------------
# Mutations. Each takes bytes and a random generator and returns bytes.

def flip_bytes(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(data, rng):
    return data[: rng.randrange(max(len(data), 1))]


CELL = re.compile(rb"<c ([^>]*?)(/>|>(.*?)</c>)", re.S)


def mutate_sheet_xml(xml, rng):
    cells = list(CELL.finditer(xml))
    if not cells:
        return xml + b"<"
    match = rng.choice(cells)
    attributes = re.sub(rb'\s*t="[^"]*"', b"", match.group(1))
    value = xml_text(token(rng)).encode("utf-8")
    kind = rng.randrange(7)
    if kind == 0:
        cell = b'<c %s t="inlineStr"><is><t>%s</t></is></c>' % (attributes, value)
    elif kind == 1:
        cell = b"<c %s><v>%s</v></c>" % (attributes, value)
    elif kind == 2:
        cell = b'<c %s t="s"><v>%d</v></c>' % (attributes, rng.choice([-1, 99999, 2 ** 31]))
    elif kind == 3:
        cell = b'<c %s t="e"><v>#DIV/0!</v></c>' % attributes
    elif kind == 4:
        cell = b"<c %s><f>%s</f><v>%s</v></c>" % (attributes, rng.choice([b"1/0", b"SUM(A1:XFD1048576)", b"A1", b"NA()"]), value)
    elif kind == 5:
        cell = b'<c r="%s%d"><v>1</v></c>' % (rng.choice([b"XFD", b"A", b"ZZ"]), rng.choice([1, 1048576, 3]))
    else:
        cell = b""
    return xml[: match.start()] + cell + xml[match.end():]


def mutate_shared_strings(xml, rng):
    items = list(re.finditer(rb"<si>(.*?)</si>", xml, re.S))
    if not items:
        return xml
    match = rng.choice(items)
    return xml[: match.start()] + b"<si><t>%s</t></si>" % xml_text(token(rng)).encode("utf-8") + xml[match.end():]


def mutate_merges(xml, rng):
    ref = b"%s%d:%s%d" % (rng.choice([b"A", b"B", b"E"]), rng.randint(1, 30), rng.choice([b"C", b"F", b"K"]), rng.randint(1, 40))
    if b"</mergeCells>" in xml:
        return xml.replace(b"</mergeCells>", b'<mergeCell ref="%s"/></mergeCells>' % ref, 1)
    return xml.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="%s"/></mergeCells>' % ref, 1)


def mutate_rows(xml, rng):
    rows = list(re.finditer(rb"<row [^>]*?(?:/>|>.*?</row>)", xml, re.S))
    if not rows:
        return xml
    row = rng.choice(rows)
    if rng.random() < 0.5:  # a row twice
        return xml[: row.end()] + row.group(0) + xml[row.end():]
    return xml[: row.start()] + xml[row.end():]


def mutate_zip(data, rng, content_entry=None):
    """A mutation of an .xlsx or .ods: of a cell, a shared string, a merge, a row, an entry's bytes, a
    missing entry, or of the zip's own bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = [(i.filename, z.read(i)) for i in z.infolist()]
    except Exception:  # a zip broken by an earlier mutation: zipfile, zlib and struct errors alike
        return flip_bytes(data, rng)
    names = [n for n, _ in entries]
    sheets = [n for n in names if n.startswith("xl/worksheets/") or n == "content.xml"]
    kind = rng.randrange(10)
    if kind >= 8 or not sheets:
        return flip_bytes(data, rng) if kind == 8 else truncate(data, rng)
    entries = dict(entries)
    if kind <= 2:
        target = rng.choice(sheets)
        entries[target] = mutate_sheet_xml(entries[target], rng) if target != "content.xml" else mutate_ods(entries[target], rng)
    elif kind == 3 and "xl/sharedStrings.xml" in entries:
        entries["xl/sharedStrings.xml"] = mutate_shared_strings(entries["xl/sharedStrings.xml"], rng)
    elif kind == 4:
        target = rng.choice(sheets)
        entries[target] = mutate_merges(entries[target], rng) if target != "content.xml" else mutate_ods(entries[target], rng)
    elif kind == 5:
        target = rng.choice(sheets)
        entries[target] = mutate_rows(entries[target], rng)
    elif kind == 6:
        del entries[rng.choice(names)]
    else:
        target = rng.choice(names)
        entries[target] = rng.choice([truncate, flip_bytes])(entries[target], rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            if name in entries:
                z.writestr(name, entries[name])
    return out.getvalue()


def mutate_ods(xml, rng):
    paragraphs = list(re.finditer(rb"<text:p>([^<]*)</text:p>", xml))
    values = list(re.finditer(rb'office:value="[^"]*"', xml))
    if values and (rng.random() < 0.5 or not paragraphs):
        match = rng.choice(values)
        return xml[: match.start()] + b'office:value="%s"' % xml_text(token(rng)).replace('"', "&quot;").encode("utf-8") + xml[match.end():]
    if paragraphs:
        match = rng.choice(paragraphs)
        return xml[: match.start()] + b"<text:p>%s</text:p>" % xml_text(token(rng)).encode("utf-8") + xml[match.end():]
    return xml


def mutate_xmi(data, rng):
    kind = rng.randrange(6)
    if kind == 0:
        return flip_bytes(data, rng)
    if kind == 1:
        return truncate(data, rng)
    attributes = list(re.finditer(rb'(\w+)="([^"]*)"', data))
    if not attributes:
        return flip_bytes(data, rng)
    match = rng.choice(attributes)
    if kind == 2:  # a value
        value = xml_text(token(rng)).replace('"', "&quot;").encode("utf-8")
        return data[: match.start(2)] + value + data[match.end(2):]
    if kind == 3:  # an attribute gone
        return data[: match.start()] + data[match.end():]
    if kind == 4:  # an element gone or twice
        elements = list(re.finditer(rb"<(\w+)\b[^>]*/>", data))
        if not elements:
            return truncate(data, rng)
        element = rng.choice(elements)
        twice = rng.random() < 0.5
        return data[: element.start()] + (element.group(0) * 2 if twice else b"") + data[element.end():]
    return data[: match.start(2)] + b"-" + data[match.start(2):]  # a sign before a value


def mutate_json(data, rng):
    kind = rng.randrange(5)
    if kind == 0:
        return truncate(data, rng)
    if kind == 1:
        return flip_bytes(data, rng)
    try:
        document = json.loads(data)
    except ValueError:
        return flip_bytes(data, rng)
    paths = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append(path + [key])
                walk(value, path + [key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                paths.append(path + [index])
                walk(value, path + [index])

    walk(document, [])
    if not paths:
        return b"{}"
    path = rng.choice(paths)
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if kind == 2 and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = rng.choice([-1, -0.5, 0, 1e308, 10 ** 12, "abc", None, [], {}, True, "NaN", 150, token(rng)])
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------------------------------------------

class Fuzz:
    def __init__(self, root, work, seeds, seed, inputs):
        self.root, self.work, self.seeds = root, work, seeds
        self.rng = random.Random(seed)
        self.seed, self.wanted = seed, inputs
        self.product = Product(root)
        self.db = os.path.join(work, "db")
        self.codes = collections.Counter()
        self.findings = []
        self.inputs = 0
        self.commands = 0
        self.batch = None
        self.listing = None

    def seed_files(self):
        tables = glob.glob(os.path.join(self.seeds, "*.xlsx")) + glob.glob(os.path.join(self.seeds, "libreoffice-*/*"))
        corpus_dir = os.path.join(self.root, "bundles/org.jixiao.interchange.tests/corpus")
        written = os.path.join(self.work, "corpus")
        os.makedirs(written, exist_ok=True)
        with open(os.path.join(corpus_dir, "index.txt"), encoding="utf-8") as f:
            for name in f.read().split():
                _, rows = read_table(os.path.join(corpus_dir, name))
                cells, merges = layout(rows)
                path = os.path.join(written, name.replace(".table", ".xlsx"))
                write_xlsx(path, [("Sheet1", cells, merges)])
                tables.append(path)
        tables = sorted(t for t in tables if not os.path.basename(t).startswith(("notes", "no-block", "truncated")))
        xmis = [os.path.join(self.root, "bundles/org.jixiao.core/samples/2023-dangzhengban.xmi")]
        xmis += sorted(glob.glob(os.path.join(os.path.dirname(self.seeds), "*.stored.xmi")))
        rules = sorted(glob.glob(os.path.join(self.root, "bundles/org.jixiao.core/src/org/jixiao/core/scoring/rulesets/*.json")))
        return tables, xmis, rules

    def start(self):
        self.batch = self.product.batch()
        self.seen = 0
        self.listing = self.list_store()

    def run(self, kind, path, *args):
        self.commands += 1
        try:
            code, out, err = self.batch.run(*args, timeout=90)
        except Hang as hang:
            self.finding(kind, path, args, "hangs or ends the batch: %s" % hang)
            self.batch.kill()
            self.start()
            return None, "", ""
        self.codes[code] += 1
        if code not in (0, 1, 2):
            self.finding(kind, path, args, "exit code %d" % code, err)
        if code == 0 and not out.strip():
            self.finding(kind, path, args, "exit code 0 without output", err)
        if code in (1, 2) and not (err.strip() or out.strip()):
            self.finding(kind, path, args, "exit code %d without a message" % code)
        if INTERNAL_ERROR.search(err):
            self.finding(kind, path, args, "an internal error", err)
        if STACK_TRACE.search(err):
            self.finding(kind, path, args, "a stack trace on stderr", err)
        # what a library printed on the process's own stderr (not the command's) while it ran
        printed = "".join(self.batch.stderr[self.seen:])
        self.seen = len(self.batch.stderr)
        if STACK_TRACE.search(printed):
            self.finding(kind, path, args, "a stack trace on the process's stderr", printed)
        return code, out, err

    def list_store(self):
        code, out, err = self.batch.run("list", "--db", self.db)
        if code != 0:
            self.finding("store", self.db, ["list"], "list: exit code %d" % code, err)
        return out

    def finding(self, kind, path, args, what, err=""):
        kept = os.path.join(self.work, "findings", "%03d-%s" % (len(self.findings) + 1, os.path.basename(path)))
        os.makedirs(os.path.dirname(kept), exist_ok=True)
        if os.path.isfile(path):
            shutil.copy(path, kept)
        if err:
            with open(kept + ".stderr", "w", encoding="utf-8") as f:
                f.write(err)
        self.findings.append((kind, kept, " ".join(a if len(a) < 200 else a[:200] + "…" for a in args), what, err))
        print("FINDING %s %s: %s\n%s" % (kind, kept, what, "\n".join(err.splitlines()[:12])), file=sys.stderr)

    def mutated(self, source, mutate, index):
        with open(source, "rb") as f:
            data = f.read()
        for _ in range(self.rng.choice([1, 1, 2, 3])):
            data = mutate(data, self.rng)
        path = os.path.join(self.work, "inputs", "%04d-%s" % (index, os.path.basename(source)))
        with open(path, "wb") as f:
            f.write(data)
        return path

    def main(self):
        os.makedirs(os.path.join(self.work, "inputs"))
        tables, xmis, rules = self.seed_files()
        self.product.ready()
        reference_table = os.path.join(self.seeds, "poi.xlsx")
        self.start()
        plan = (["table"] * 13 + ["xmi"] * 4 + ["rules"] * 3)
        started = time.monotonic()
        try:
            while self.inputs < self.wanted:
                kind = plan[self.inputs % len(plan)]
                self.inputs += 1
                if kind == "table":
                    source = self.rng.choice(tables)
                    mutate = flip_bytes if source.endswith(".xls") else mutate_zip
                    path = self.mutated(source, mutate, self.inputs)
                    self.score_and_import(kind, path)
                elif kind == "xmi":
                    path = self.mutated(self.rng.choice(xmis), mutate_xmi, self.inputs)
                    self.score_and_import(kind, path)
                else:
                    path = self.mutated(self.rng.choice(rules), mutate_json, self.inputs)
                    self.run(kind, path, "score", self.rng.choice(xmis), "--rule-set", path)
                    self.run(kind, path, "score", reference_table, "--rule-set", path, "--format", "json")
                os.remove(path) if os.path.exists(path) else None
        finally:
            self.batch.close()
        printed = "".join(self.batch.stderr[self.seen:])
        if STACK_TRACE.search(printed):
            self.finding("batch", "batch-stderr", ["batch"], "a stack trace on the process's stderr", printed)
        print("fuzz: seed %d, %d inputs (%s), %d commands in %.0f s; exit codes %s; %d finding(s)" % (
            self.seed, self.inputs, ", ".join("%s %d" % (k, v) for k, v in sorted(collections.Counter(
                plan[i % len(plan)] for i in range(self.inputs)).items())), self.commands, time.monotonic() - started,
            " ".join("%s: %d" % (k, v) for k, v in sorted(self.codes.items())), len(self.findings)))
        for kind, kept, args, what, err in self.findings:
            print("  %s %s [%s]: %s %s" % (kind, kept, args, what, (err.strip().splitlines() or [""])[0][:300]))
        return 1 if self.findings else 0

    def score_and_import(self, kind, path):
        self.run(kind, path, "score", path)
        # every mutant names the corpus's department and year: keep each beside the others
        code, _, _ = self.run(kind, path, "import", path, "--db", self.db, "--as-new-version")
        after = self.list_store()
        if code == 2 and after != self.listing:
            self.finding(kind, path, ["import", path], "refused (exit code 2) but changed the store")
        self.listing = after


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("work")
    parser.add_argument("seeds")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--inputs", type=int, default=1000)
    options = parser.parse_args()
    fuzz = Fuzz(os.path.abspath(options.root), os.path.abspath(options.work), os.path.abspath(options.seeds),
                options.seed, options.inputs)
    return fuzz.main()


if __name__ == "__main__":
    sys.exit(main())
