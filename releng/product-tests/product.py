"""Runs the materialized product (./jixiao at the clone's root) and writes the spreadsheet files the
product-level tests feed it. Python's standard library only (Debian's python3, no pip)."""

import json
import os
import re
import select
import subprocess
import threading
import time
import zipfile
from xml.sax.saxutils import escape

# What a Java stack trace looks like on a terminal.
STACK_TRACE = re.compile(r"^\s+at [\w$.<>/-]+\(|^Exception in thread |^Caused by: |^\s*\.\.\. \d+ more$", re.M)


class Product:
    """The product's launcher, with the environment every run shares."""

    def __init__(self, root):
        self.root = root
        self.launcher = os.path.join(root, "jixiao")
        self.env = dict(os.environ, LC_ALL="C.UTF-8")

    def run(self, *args, timeout=300, env=None):
        """Runs `./jixiao ARGS` as its own process (with these environment variables added); returns
        (exit code, stdout, stderr)."""
        done = subprocess.run([self.launcher, *args], cwd=self.root, env=dict(self.env, **(env or {})), capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
        return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")

    def ready(self):
        """Builds the product first when it is older than its sources (./jixiao does), so that no
        command of a batch waits for a build."""
        code, _, err = self.run("--version", timeout=3600)
        if code != 0:
            raise SystemExit("./jixiao --version: exit code %d\n%s" % (code, err))

    def batch(self):
        return Batch(self)


class Hang(Exception):
    """A command of a batch did not answer in time."""


class Batch:
    """`./jixiao batch`: one JVM that runs one command line per input line, each through the same
    picocli entry as `./jixiao ARGS`, and answers one JSON line each."""

    def __init__(self, product):
        self.process = subprocess.Popen([product.launcher, "batch"], cwd=product.root, env=product.env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.stderr = []
        self._reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()
        self._pending = b""

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    def run(self, *args, timeout=120):
        """Runs one command line; returns (exit code, stdout, stderr). Raises Hang after timeout s."""
        self.process.stdin.write((json.dumps(list(args), ensure_ascii=False) + "\n").encode("utf-8"))
        self.process.stdin.flush()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.process.stdout], [], [], max(left, 0))
            if not ready:
                raise Hang(" ".join(args))
            chunk = os.read(self.process.stdout.fileno(), 1 << 16)
            if not chunk:
                raise Hang("the batch ended (exit code %s) at: %s" % (self.process.poll(), " ".join(args)))
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        result = json.loads(line.decode("utf-8"))
        return result["exit"], result["out"], result["err"]

    def close(self):
        """Ends the batch; returns its exit code."""
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(timeout=10)
        return self.process.returncode

    def kill(self):
        self.process.kill()
        self.process.wait()


# ---------------------------------------------------------------------------------------------------
# Spreadsheets

def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell_ref(row, column):
    return "%s%d" % (column_name(column), row + 1)


NUMBER = re.compile(r"-?\d+(\.\d+)?$")


def read_table(path):
    """A corpus table (bundles/org.jixiao.interchange.tests/corpus/*.table, see its README): the facts
    (`# expect total: …`) and the rows with their merges, as the interchange tests build them."""
    facts, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("#"):
                key, _, value = line[1:].partition(":")
                facts.setdefault(key.strip(), value.strip())
                continue
            if line.endswith("# illustrative"):
                line = line[: -len("# illustrative")]
            rows.append([c.strip()[:-1] if c.strip().endswith("†") else c.strip() for c in line.split("|")])
    return facts, rows


def layout(rows):
    """The cells and merged regions of rows in the corpus notation (`^` merges up, `<` left)."""
    owner, regions, cells = [], [], {}
    for r, row in enumerate(rows):
        owner.append([None] * len(row))
        for c, value in enumerate(row):
            region = None
            if value == "^" and r > 0 and c < len(owner[r - 1]):
                region = owner[r - 1][c]
                region[2] = max(region[2], r)
            elif value == "<" and c > 0:
                region = owner[r][c - 1]
                region[3] = max(region[3], c)
            if region is not None:
                owner[r][c] = region
                continue
            region = [r, c, r, c]
            regions.append(region)
            owner[r][c] = region
            if value:
                cells[(r, c)] = float(value) if NUMBER.match(value) else value
    merges = [tuple(reg) for reg in regions if reg[2] > reg[0] or reg[3] > reg[1]]
    return cells, merges


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>"""
SHEET_TYPE = '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sheet_xml(cells, merges):
    """A worksheet with inline strings and number cells."""
    rows = {}
    for (r, c), value in sorted(cells.items()):
        rows.setdefault(r, []).append((c, value))
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>' % NS_MAIN]
    for r in sorted(rows):
        out.append('<row r="%d">' % (r + 1))
        for c, value in rows[r]:
            if isinstance(value, float):
                out.append('<c r="%s"><v>%s</v></c>' % (cell_ref(r, c), repr(value).removesuffix(".0")))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                           % (cell_ref(r, c), escape(value)))
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append('<mergeCells count="%d">' % len(merges))
        for r0, c0, r1, c1 in merges:
            out.append('<mergeCell ref="%s:%s"/>' % (cell_ref(r0, c0), cell_ref(r1, c1)))
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def write_xlsx(path, sheets):
    """Writes an .xlsx of [(name, cells, merges)] with inline strings, no styles, no shared strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES % "".join(SHEET_TYPE % (i + 1) for i in range(len(sheets))))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (
                       NS_MAIN, NS_REL, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                                                for i, (n, _, _) in enumerate(sheets))))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(
                       '<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, NS_REL, i + 1)
                       for i in range(len(sheets))))
        for i, (_, cells, merges) in enumerate(sheets):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(cells, merges))


def read_zip(path):
    """The entries of a zip file, in order: [(name, bytes)]."""
    with zipfile.ZipFile(path) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
