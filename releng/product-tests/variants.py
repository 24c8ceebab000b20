"""The same official table as written by different programs: each function takes the .xlsx that the
product exported (POI) and writes the file another program (or a hand-edited workbook) would have
written, with the same cells and values."""

import html
import os
import re
import shutil
import subprocess
import tempfile

from product import cell_ref, column_name, read_zip, sheet_xml, write_zip

CELL = re.compile(r'<c ([^>]*?)(?:/>|>(.*?)</c>)', re.S)
ROW = re.compile(r'<row ([^>]*?)(?:/>|>(.*?)</row>)', re.S)
REF = re.compile(r'\br="([A-Z]+)(\d+)"')


def _entries(path):
    return dict(read_zip(path)), [name for name, _ in read_zip(path)]


def _save(path, entries, order):
    write_zip(path, [(name, entries[name]) for name in order if name in entries])


def _table_sheet(entries):
    """The part name of the first worksheet (the table the product exported)."""
    return sorted(n for n in entries if n.startswith("xl/worksheets/sheet"))[0]


def info_zip(source, target):
    """Unzipped and zipped again with Info-ZIP's `zip -r` (Unix extra fields on every entry)."""
    work = tempfile.mkdtemp()
    try:
        subprocess.run(["unzip", "-q", source, "-d", work], check=True)
        subprocess.run(["zip", "-q", "-r", os.path.abspath(target), "."], cwd=work, check=True)
    finally:
        shutil.rmtree(work)
    listing = subprocess.run(["zipinfo", "-v", target], capture_output=True, text=True, check=True).stdout
    assert "extended-timestamp" in listing or "Unix" in listing, "zip -r wrote no extra fields"


def reordered(source, target):
    """The zip entries in reverse order ([Content_Types].xml last), as Python's zipfile writes them."""
    entries = read_zip(source)
    write_zip(target, list(reversed(entries)))


def _shared_strings(entries):
    data = entries.get("xl/sharedStrings.xml")
    if data is None:
        return []
    strings = []
    for si in re.findall(r"<si>(.*?)</si>", data.decode("utf-8"), re.S):
        strings.append("".join(html.unescape(t) for t in re.findall(r"<t(?: [^>]*)?>(.*?)</t>", si, re.S)))
    return strings


def inline_strings(source, target):
    """Every text cell an inline string, no sharedStrings.xml (as some generators write)."""
    entries, order = _entries(source)
    strings = _shared_strings(entries)

    def inline(match):
        attributes, content = match.group(1), match.group(2) or ""
        if 't="s"' not in attributes:
            return match.group(0)
        index = int(re.search(r"<v>(\d+)</v>", content).group(1))
        text = html.escape(strings[index], quote=False)
        return '<c %s><is><t xml:space="preserve">%s</t></is></c>' % (attributes.replace('t="s"', 't="inlineStr"'), text)

    for name in order:
        if name.startswith("xl/worksheets/sheet"):
            entries[name] = CELL.sub(inline, entries[name].decode("utf-8")).encode("utf-8")
    entries.pop("xl/sharedStrings.xml", None)
    entries["[Content_Types].xml"] = re.sub(rb'<Override[^>]*sharedStrings[^>]*/>', b"", entries["[Content_Types].xml"])
    entries["xl/_rels/workbook.xml.rels"] = re.sub(rb'<Relationship[^>]*sharedStrings[^>]*/>', b"",
                                                   entries["xl/_rels/workbook.xml.rels"])
    _save(target, entries, order)


def _numbers_by_column(sheet):
    """{column letters: [(row number, value text)]} of the plain number cells of a worksheet."""
    columns = {}
    for match in CELL.finditer(sheet):
        attributes, content = match.group(1), match.group(2) or ""
        if re.search(r'\bt="(?!n")', attributes) or "<f" in content:
            continue
        value = re.search(r"<v>([^<]+)</v>", content)
        ref = REF.search(attributes)
        if value and ref:
            columns.setdefault(ref.group(1), []).append((int(ref.group(2)), value.group(1)))
    return columns


def _add_sheet(entries, order, name, xml, first):
    """Adds a worksheet named name, before the others when first; returns its part name."""
    number = 1 + max(int(re.search(r"sheet(\d+)\.xml", n).group(1)) for n in entries if re.match(r"xl/worksheets/sheet\d+\.xml$", n))
    part = "xl/worksheets/sheet%d.xml" % number
    rel_id = "rIdJixiao%d" % number
    entries[part] = xml.encode("utf-8")
    order.append(part)
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(b"</Types>", (
        '<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        % part).encode())
    entries["xl/_rels/workbook.xml.rels"] = entries["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", (
        '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet%d.xml"/></Relationships>' % (rel_id, number)).encode())
    workbook = entries["xl/workbook.xml"].decode("utf-8")
    prefix = re.search(r'xmlns:(\w+)="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', workbook).group(1)
    element = '<sheet name="%s" sheetId="%d" %s:id="%s"/>' % (name, 100 + number, prefix, rel_id)
    if first:
        workbook = re.sub(r"(<sheets>)", r"\1" + element, workbook, count=1)
        # sheet-local names (the print titles and area) follow their sheet to its new position
        workbook = re.sub(r'localSheetId="(\d+)"', lambda m: 'localSheetId="%d"' % (int(m.group(1)) + 1), workbook)
        workbook = re.sub(r'(activeTab|firstSheet)="\d+"', r'\1="0"', workbook)
    else:
        workbook = workbook.replace("</sheets>", element + "</sheets>")
    entries["xl/workbook.xml"] = workbook.encode("utf-8")
    return part


def shared_formulas(source, target):
    """The longest run of number cells in one column made a shared formula with cached values, whose
    references point into a data sheet that holds the same numbers (as a table filled from a workbook's
    own data sheet)."""
    entries, order = _entries(source)
    part = _table_sheet(entries)
    sheet = entries[part].decode("utf-8")
    column, run = None, []
    for letters, cells in _numbers_by_column(sheet).items():
        current = []
        for row, value in cells:
            current = current + [(row, value)] if current and current[-1][0] == row - 1 else [(row, value)]
            if len(current) > len(run):
                column, run = letters, current
    assert len(run) >= 3, "no run of number cells to make formulas of"
    first, last = run[0][0], run[-1][0]
    values = dict(run)

    def formula(match):
        attributes, content = match.group(1), match.group(2) or ""
        ref = REF.search(attributes)
        if not ref or ref.group(1) != column or int(ref.group(2)) not in values or re.search(r'\bt="(?!n")', attributes):
            return match.group(0)
        row = int(ref.group(2))
        shared = ('<f t="shared" ref="%s%d:%s%d" si="0">数据!A%d</f>' % (column, first, column, last, first)
                  if row == first else '<f t="shared" si="0"/>')
        return "<c %s>%s<v>%s</v></c>" % (attributes, shared, values[row])

    entries[part] = CELL.sub(formula, sheet).encode("utf-8")
    data = {(row - 1, 0): float(value) for row, value in run}
    _add_sheet(entries, order, "数据", sheet_xml(data, []), first=False)
    _save(target, entries, order)


def _column_number(letters):
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def styles_only(source, target):
    """Cells that carry a style and nothing else, right of the table and in rows below it, as a
    workbook formatted beyond its data leaves them."""
    entries, order = _entries(source)
    part = _table_sheet(entries)
    sheet = entries[part].decode("utf-8")
    styles = entries["xl/styles.xml"].decode("utf-8")
    xfs = int(re.search(r'<cellXfs count="(\d+)"', styles).group(1))
    style = xfs - 1
    last_column = max(_column_number(m.group(1)) for m in REF.finditer(sheet))
    extra = [column_name(last_column + i) for i in range(3)]  # the three columns after the last one

    def widen(match):
        attributes, content = match.group(1), match.group(2)
        number = int(re.search(r'\br="(\d+)"', attributes).group(1))
        blanks = "".join('<c r="%s%d" s="%d"/>' % (letters, number, style) for letters in extra)
        return "<row %s>%s%s</row>" % (attributes, content or "", blanks)

    sheet = ROW.sub(widen, sheet)
    last_row = max(int(m.group(1)) for m in re.finditer(r'<row [^>]*?\br="(\d+)"', sheet))
    below = "".join('<row r="%d">%s</row>' % (r, "".join('<c r="%s" s="%d"/>' % (cell_ref(r - 1, c), style)
                                                         for c in range(12))) for r in range(last_row + 1, last_row + 40))
    sheet = sheet.replace("</sheetData>", below + "</sheetData>", 1)
    sheet = re.sub(r"<dimension [^>]*/>", "", sheet)
    entries[part] = sheet.encode("utf-8")
    _save(target, entries, order)


def several_sheets(source, target):
    """The table as the second of three sheets: a sheet of instructions before it, one of notes after."""
    entries, order = _entries(source)
    cover = sheet_xml({(0, 0): "填表说明", (1, 0): "本表按财政部门要求填写，金额单位为万元。", (3, 0): "联系人",
                       (3, 1): "张三", (4, 0): 2023.0}, [((0, 0, 0, 3))])
    notes = sheet_xml({(0, 0): "附注", (1, 0): "各项指标完成值以年度统计为准。", (2, 0): 1.0, (2, 1): 2.0}, [])
    _add_sheet(entries, order, "填表说明", cover, first=True)
    _add_sheet(entries, order, "附注", notes, first=False)
    _save(target, entries, order)


def libreoffice(source, target_dir, extension, profile):
    """LibreOffice Calc's own file: `soffice --headless --convert-to EXT`."""
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", extension,
                    "--outdir", target_dir, source], check=True, capture_output=True, timeout=300)
    converted = os.path.join(target_dir, os.path.splitext(os.path.basename(source))[0] + "." + extension)
    assert os.path.getsize(converted) > 0, converted
    return converted
