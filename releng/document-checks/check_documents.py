#!/usr/bin/env python3
"""Checks the DOCX and XLSX documents the product writes as a real office client renders them.

Every .docx and .xlsx of a folder (by default the output of `./jixiao demo` into a temporary folder)
is converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`); the words of that PDF and
of the product's own PDF of the same document are read with their boxes (`pdftotext -bbox`, poppler),
and it is asserted that

- no two words' boxes overlap, and no word lies outside its page;
- every cell text of the document (each table cell, each paragraph outside a table) appears in the
  LibreOffice rendering, the cells of a row from left to right, each row below the one before it, a
  cell that spans rows beside the rows it spans, and the cells of one grid column left of the cells of
  the next column (no column shifted against its heading);
- the page count is within one page of the product's PDF.

The product's PDFs get the same word-box check. Standard library and Debian packages only
(libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils). Exit code 0 when every check
passes, 1 when one fails (each failure is printed with its file, page and text), 2 when the tools
or the documents are missing.
"""

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
WHITESPACE = re.compile(r"\s+")

# Two boxes overlap when they share more than this width (points) and this part of the lower height:
# the boxes pdftotext reports are the fonts' ascent to descent, which touch on tightly set lines.
OVERLAP_WIDTH = 0.8
OVERLAP_HEIGHT = 0.35
# How far a word may reach beyond the page edge (rounding of the PDF's coordinates).
PAGE_SLACK = 0.5
# Cells of one row whose first lines are this close vertically are read left to right (a short text
# is centred vertically in a row made tall by a long one).
ROW_SLACK = 30
# The number formats built into the spreadsheet formats, by id.
BUILT_IN_FORMATS = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "yyyy-mm-dd"}


@dataclass
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Rendering:
    """The words of a PDF in the order they are drawn, with the page sizes."""

    pdf: Path
    pages: list = field(default_factory=list)  # (width, height) per page
    words: list = field(default_factory=list)

    def stream(self):
        """The drawn text without white space, and for each of its characters the word it is in."""
        chars = []
        owner = []
        for index, word in enumerate(self.words):
            text = normalize(word.text)
            chars.append(text)
            owner.extend([index] * len(text))
        return "".join(chars), owner


@dataclass
class Cell:
    row: int  # index of the row in its table
    column: int  # first grid column
    span: int  # grid columns spanned
    rows: int  # rows spanned
    text: str
    table: int


def normalize(text):
    return WHITESPACE.sub("", text)


def read_words(pdf, raw):
    """Words with boxes; `raw` keeps the order in which they are drawn."""
    args = ["pdftotext", "-bbox"] + (["-raw"] if raw else []) + [str(pdf), "-"]
    out = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    rendering = Rendering(pdf)
    page = -1
    for match in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([-\d.]+)" yMin="([-\d.]+)" '
                             r'xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', out):
        if match.group(1):
            rendering.pages.append((float(match.group(1)), float(match.group(2))))
            page += 1
        else:
            rendering.words.append(Word(page, float(match.group(3)), float(match.group(4)), float(match.group(5)),
                                        float(match.group(6)), html.unescape(match.group(7))))
    return rendering


def word_box_problems(rendering):
    """Words that overlap another word or reach outside their page."""
    problems = []
    by_page = {}
    for word in rendering.words:
        by_page.setdefault(word.page, []).append(word)
    for page, words in sorted(by_page.items()):
        width, height = rendering.pages[page]
        for word in words:
            if word.x0 < -PAGE_SLACK or word.y0 < -PAGE_SLACK or word.x1 > width + PAGE_SLACK or word.y1 > height + PAGE_SLACK:
                problems.append(f"page {page + 1}: “{word.text}” lies outside the page "
                                f"({word.x0:.1f},{word.y0:.1f})–({word.x1:.1f},{word.y1:.1f}) of {width:.0f}×{height:.0f}")
        words = sorted(words, key=lambda w: w.x0)
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                if b.x0 >= a.x1 - OVERLAP_WIDTH:
                    break
                wide = min(a.x1, b.x1) - max(a.x0, b.x0)
                high = min(a.y1, b.y1) - max(a.y0, b.y0)
                if wide > OVERLAP_WIDTH and high > OVERLAP_HEIGHT * min(a.y1 - a.y0, b.y1 - b.y0):
                    problems.append(f"page {page + 1}: “{a.text}” and “{b.text}” overlap at "
                                    f"({max(a.x0, b.x0):.1f},{max(a.y0, b.y0):.1f})")
    return problems


def docx_cells(path):
    """The table cells of a DOCX (vertical merges resolved) and its paragraphs outside tables, in order."""
    with zipfile.ZipFile(path) as docx:
        body = ET.fromstring(docx.read("word/document.xml")).find(W + "body")
    cells = []
    tables = [0]

    def text_of(element):
        parts = []
        for node in element.iter():
            if node.tag == W + "t" and node.text:
                parts.append(node.text)
        return "".join(parts)

    def walk_table(table):
        number = tables[0]
        tables[0] += 1
        open_merges = {}  # grid column -> the cell whose vertical merge continues
        for r, row in enumerate(table.findall(W + "tr")):
            column = 0
            for tc in row.findall(W + "tc"):
                properties = tc.find(W + "tcPr")
                span = 1
                merge = None
                if properties is not None:
                    grid_span = properties.find(W + "gridSpan")
                    if grid_span is not None:
                        span = int(grid_span.get(W + "val"))
                    v_merge = properties.find(W + "vMerge")
                    if v_merge is not None:
                        merge = v_merge.get(W + "val") or "continue"
                nested = tc.findall(".//" + W + "tbl")
                if merge == "continue" and column in open_merges:
                    open_merges[column].rows += 1
                else:
                    paragraphs = [p for p in tc.findall(W + "p")]
                    text = "".join(text_of(p) for p in paragraphs)
                    cell = Cell(r, column, span, 1, text, number)
                    if normalize(text):
                        cells.append(cell)
                    if merge == "restart":
                        open_merges[column] = cell
                    else:
                        open_merges.pop(column, None)
                for inner in nested:
                    walk_table(inner)
                column += span

    def walk(parent):
        for child in parent:
            if child.tag == W + "tbl":
                walk_table(child)
            elif child.tag == W + "p":
                text = text_of(child)
                if normalize(text):
                    cells.append(Cell(0, 0, 1, 1, text, tables[0]))
                    tables[0] += 1
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    walk(content)

    walk(body)
    return cells


def excel_number(value, code):
    """A number as the spreadsheet shows it, for the formats the product writes (None: General)."""
    if code == "#,##0.00":
        return f"{value:,.2f}"
    if code == "#,##0":
        return f"{value:,.0f}"
    if code == "0":
        return f"{value:.0f}"
    if code == "0%":
        return f"{value * 100:.0f}%"
    if code == "0.00":
        return f"{value:.2f}"
    if code == "0.00%":
        return f"{value * 100:.2f}%"
    if code in ("yyyy-mm-dd", "yyyy\\-mm\\-dd"):
        return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()
    if value == int(value):
        return str(int(value))
    return f"{value:.10g}"


def xlsx_cells(path):
    """The non-empty cells of each sheet of an XLSX, merged regions resolved."""
    with zipfile.ZipFile(path) as xlsx:
        names = xlsx.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(xlsx.read("xl/sharedStrings.xml")).findall(S + "si"):
                shared.append("".join(t.text or "" for t in si.iter(S + "t")))
        styles = ET.fromstring(xlsx.read("xl/styles.xml"))
        codes = dict(BUILT_IN_FORMATS)
        codes.update({int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(S + "numFmt")})
        cell_formats = [int(xf.get("numFmtId", "0")) for xf in styles.find(S + "cellXfs").findall(S + "xf")]
        sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
        cells = []
        for number, name in enumerate(sheets):
            sheet = ET.fromstring(xlsx.read(name))
            spans = {}
            merges = sheet.find(S + "mergeCells")
            for merge in [] if merges is None else merges.findall(S + "mergeCell"):
                first, last = merge.get("ref").split(":")
                (r0, c0), (r1, c1) = address(first), address(last)
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
            for c in sheet.iter(S + "c"):
                row, column = address(c.get("r"))
                value = c.find(S + "v")
                kind = c.get("t")
                if kind == "s" and value is not None:
                    text = shared[int(value.text)]
                elif kind == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter(S + "t"))
                elif kind == "str" and value is not None:
                    text = value.text or ""
                elif value is not None:
                    format_id = cell_formats[int(c.get("s", "0"))]
                    text = excel_number(float(value.text), codes.get(format_id))
                else:
                    continue
                if normalize(text):
                    rows, columns = spans.get((row, column), (1, 1))
                    cells.append(Cell(row, column, columns, rows, text, number))
        return cells


def address(reference):
    letters, digits = re.fullmatch(r"([A-Z]+)(\d+)", reference).groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1


def locate(cells, rendering):
    """The word of the rendering where each cell's text begins, or None when the text is not there.

    Every place where a cell's text is drawn (each of its lines in the order they are drawn, so a text
    broken over a page is found piece by piece) is a candidate; the cells are taken row by row, and
    each gets the first candidate in reading order (page, top, left) that lies below the rows before
    it and right of the cell before it in its row. A cell with no such candidate is out of order.
    """
    stream, owner = rendering.stream()
    anchors = []
    row_key = None
    floor = (-1, -1e9)  # the top of the row before
    top = None  # the top of the current row
    previous = None  # the word of the cell before, in this row
    for cell in cells:
        key = (cell.table, cell.row)
        if key != row_key:
            if top is not None:
                floor = top
            row_key, top, previous = key, None, None
        text = normalize(cell.text)
        candidates = []
        for start in occurrences(stream, owner, text):
            word = rendering.words[owner[start]]
            if word not in candidates:
                candidates.append(word)
        candidates.sort(key=lambda w: (w.page, w.y0, w.x0))
        if not candidates:
            anchors.append(None)
            continue
        chosen = None
        for word in candidates:
            if (word.page, word.y0) < (floor[0], floor[1] + 0.5):
                continue
            if previous is not None and word.page == previous.page and abs(word.y0 - previous.y0) < ROW_SLACK \
                    and word.x0 <= previous.x0:
                continue
            chosen = word
            break
        if chosen is None:
            anchors.append(("out of order", candidates[0]))
            continue
        anchors.append(("ok", chosen))
        previous = chosen
        if cell.rows == 1 and (top is None or (chosen.page, chosen.y0) < top):
            top = (chosen.page, chosen.y0)
    return anchors


def occurrences(stream, owner, text):
    """Where the text begins in the drawn text: each occurrence made of whole words, else its pieces
    found in turn."""
    found = []
    position = stream.find(text)
    while position >= 0:
        end = position + len(text)
        if (position == 0 or owner[position - 1] != owner[position]) and (end == len(stream) or owner[end] != owner[end - 1]):
            found.append(position)
        position = stream.find(text, position + 1)
    if not found:
        piece = find_pieces(stream, text, 0)
        if piece is not None:
            found.append(piece)
    return found


def find_pieces(stream, text, cursor, gap=4000):
    position = stream.find(text, cursor)
    if position >= 0:
        return position
    first = None
    i = 0
    at = cursor
    while i < len(text):
        limit = len(stream) if first is None else min(len(stream), at + gap)
        length = len(text) - i
        while length > 0:
            found = stream.find(text[i:i + length], at, limit)
            if found >= 0 and (first is not None or length >= min(4, len(text))):
                break
            length -= 1
        if length == 0:
            return None
        if first is None:
            first = found
        at = found + length
        i += length
    return first


def layout_problems(cells, anchors, rendering):
    """Missing texts, and cells drawn out of their row's or column's place."""
    problems = []
    placed = {}
    # a text that several cells hold (—, 1.50) cannot tell which of its places is whose: it is only
    # looked for, and the layout is judged by the cells whose text is their own
    counts = {}
    for cell in cells:
        counts[normalize(cell.text)] = counts.get(normalize(cell.text), 0) + 1
    for cell, anchor in zip(cells, anchors):
        if anchor is None:
            problems.append(f"“{short(cell.text)}” (table {cell.table + 1}, row {cell.row + 1}) is not in {rendering.pdf.name}")
        elif anchor[0] == "out of order":
            problems.append(f"“{short(cell.text)}” (table {cell.table + 1}, row {cell.row + 1}) is drawn out of order, "
                            f"on page {anchor[1].page + 1}")
        elif counts[normalize(cell.text)] == 1:
            placed[id(cell)] = anchor[1]
    tables = {}
    for cell in cells:
        if id(cell) in placed:
            tables.setdefault(cell.table, []).append(cell)
    for number, table in tables.items():
        rows = {}
        for cell in table:
            rows.setdefault(cell.row, []).append(cell)
        # the cells of a row, left to right
        for r, row in rows.items():
            row.sort(key=lambda c: c.column)
            for a, b in zip(row, row[1:]):
                wa, wb = placed[id(a)], placed[id(b)]
                if wa.page == wb.page and wb.x0 <= wa.x0:
                    problems.append(f"page {wb.page + 1}: “{short(b.text)}” (column {b.column + 1}) is drawn left of "
                                    f"“{short(a.text)}” (column {a.column + 1}) in table {number + 1}, row {r + 1}")
        # each row below the one before; a cell spanning rows beside them
        single = {r: [placed[id(c)] for c in row if c.rows == 1] for r, row in rows.items()}
        ordered = sorted(r for r in single if single[r])
        for r0, r1 in zip(ordered, ordered[1:]):
            low = max((w.page, w.y0) for w in single[r0])
            high = min((w.page, w.y0) for w in single[r1])
            if high <= low:
                problems.append(f"page {high[0] + 1}: row {r1 + 1} of table {number + 1} is drawn at or above row {r0 + 1} "
                                f"(“{short(rows[r1][0].text)}”)")
        for cell in table:
            if cell.rows > 1:
                spanned = [w for r in range(cell.row, cell.row + cell.rows) for w in single.get(r, [])]
                if spanned:
                    word = placed[id(cell)]
                    top = min((w.page, w.y0) for w in spanned)
                    bottom = max((w.page, w.y1) for w in spanned)
                    if (word.page, word.y1) < top or (word.page, word.y0) > bottom:
                        problems.append(f"page {word.page + 1}: “{short(cell.text)}” is drawn apart from the {cell.rows} rows it spans "
                                        f"(table {number + 1}, rows {cell.row + 1}–{cell.row + cell.rows})")
        # the cells of one grid column left of those of the next, page by page
        columns = {}
        for cell in table:
            if cell.span == 1:
                word = placed[id(cell)]
                columns.setdefault((word.page, cell.column), []).append(word)
        for (page, column), words in sorted(columns.items()):
            following = columns.get((page, column + 1))
            if following:
                right = max(words, key=lambda w: w.x0)
                left = min(following, key=lambda w: w.x0)
                if left.x0 <= right.x0:
                    problems.append(f"page {page + 1}: column {column + 2} of table {number + 1} (“{short(left.text)}”) is shifted "
                                    f"left of column {column + 1} (“{short(right.text)}”)")
    return problems


def short(text, length=24):
    text = normalize(text)
    return text if len(text) <= length else text[:length] + "…"


def convert(soffice, document, outdir, profile):
    outdir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                             "--outdir", str(outdir), str(document)], capture_output=True, timeout=300)
    pdf = outdir / (document.stem + ".pdf")
    if result.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"LibreOffice did not convert {document}: {result.stdout.decode()} {result.stderr.decode()}")
    return pdf


def run_demo(root, workdir):
    out = workdir / "demo"
    env = dict(os.environ)
    subprocess.run([str(root / "jixiao"), "demo", "--db", str(workdir / "db"), "--out", str(out)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        help="the documents to check (default: `./jixiao demo` into a temporary folder)")
    parser.add_argument("--keep", type=Path, help="keep LibreOffice's PDFs here")
    parser.add_argument("--formats", default="docx,xlsx", help="the office formats to check (default: docx,xlsx)")
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftotext") is None:
        print("check-documents: soffice and pdftotext are needed (releng/scripts/install-packages.sh)", file=sys.stderr)
        return 2
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory(prefix="jixiao-documents-") as temp:
        workdir = Path(temp)
        folder = args.folder or run_demo(root, workdir)
        suffixes = tuple("." + f.strip() for f in args.formats.split(",") if f.strip() in ("docx", "xlsx"))
        documents = sorted(p for p in folder.iterdir() if p.suffix in suffixes)
        if not documents:
            print(f"check-documents: no {' or '.join(suffixes) or 'known format'} in {folder}", file=sys.stderr)
            return 2
        failures = 0
        for pdf in sorted(folder.glob("*.pdf")):
            problems = word_box_problems(read_words(pdf, raw=False))
            report(pdf.name, len(read_words(pdf, raw=False).pages), problems)
            failures += len(problems)
        for document in documents:
            rendered = convert(soffice, document, (args.keep or workdir / "libreoffice") / document.suffix[1:],
                               workdir / "profile")
            product_pdf = document.with_suffix(".pdf")
            words = read_words(rendered, raw=False)
            problems = word_box_problems(words)
            cells = docx_cells(document) if document.suffix == ".docx" else xlsx_cells(document)
            drawn = read_words(rendered, raw=True)
            problems += layout_problems(cells, locate(cells, drawn), drawn)
            pages = len(words.pages)
            if product_pdf.exists():
                expected = len(read_words(product_pdf, raw=False).pages)
                if abs(pages - expected) > 1:
                    problems.append(f"LibreOffice renders {pages} pages, the product's PDF has {expected}")
                pages = f"{pages} (product's PDF: {expected})"
            report(f"{document.name} in LibreOffice", pages, problems)
            failures += len(problems)
        print(f"check-documents: {'FAILED, ' + str(failures) + ' problems' if failures else 'passed'}", file=sys.stderr)
        return 1 if failures else 0


def report(name, pages, problems):
    print(f"{name}: {pages} pages, {len(problems)} problems")
    for problem in problems:
        print(f"  {problem}")


if __name__ == "__main__":
    sys.exit(main())
