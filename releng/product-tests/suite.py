"""The product-level suite: runs the materialized product (./jixiao) on the reference table as written by
different programs, and checks that every file imports and scores as its source does, that a refused
file changes nothing in the store, that a command failing with an Error says so in one line and exits 1,
that the sample exported in every shipped table format scores as its source, imports back in its format
and passes the LibreOffice layout check, that `check --deep` finds every package the product's
bundles reach, that a report drawn in a JVM of its own keeps every rare character in embedded fonts, and
that the command line's classes come from the ahead-of-time cache.

Usage: python3 suite.py ROOT WORK   (ROOT: the clone, WORK: an empty scratch folder)"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

import variants
from product import STACK_TRACE, Product, write_xlsx

REFERENCE_TOTAL = "99.30"


class Suite:
    def __init__(self, root, work):
        self.root, self.work = root, work
        self.product = Product(root)
        self.failures = []
        self.checks = 0
        self.told = 0
        self.db = os.path.join(work, "db")

    def check(self, condition, what):
        self.checks += 1
        if not condition:
            self.failures.append(what)
            print("FAIL " + what, file=sys.stderr)

    def ok(self, what):
        """Ends a group of checks: "ok" when none of them failed since the last group, else "not ok"."""
        failed = len(self.failures) - self.told
        print(("ok   " if failed == 0 else "not ok (%d failed) " % failed) + what)
        self.told = len(self.failures)

    def well_behaved(self, args, code, out, err):
        """Every run: exit code 0, 1 or 2, no stack trace on stderr, a message when not 0, output when 0."""
        shown = " ".join(args)
        self.check(code in (0, 1, 2), "%s: exit code %d\n%s" % (shown, code, err))
        self.check(not STACK_TRACE.search(err), "%s: a stack trace on stderr:\n%s" % (shown, err))
        self.check(code == 0 or err.strip(), "%s: exit code %d without a message" % (shown, code))
        self.check(code != 0 or out.strip(), "%s: exit code 0 without output" % shown)

    def run(self, runner, *args):
        code, out, err = runner.run(*args)
        self.well_behaved(args, code, out, err)
        return code, out, err

    def score(self, runner, path):
        code, out, err = self.run(runner, "score", path, "--format", "json")
        try:
            return code, json.loads(out)
        except ValueError:
            self.check(False, "score %s: no JSON on stdout (exit code %d): %s" % (path, code, err))
            return code, None

    def listing(self, runner):
        code, out, _ = self.run(runner, "list", "--db", self.db)
        self.check(code == 0, "list: exit code %d" % code)
        return out

    @staticmethod
    def rows(scored):
        """What must be identical: the total, the grade, the budget row and every indicator's score."""
        return (scored["total"], scored["grade"], scored["budget"]["score"],
                [(i["level1"], i["level2"], i["name"], i["target"], i["actual"], i["weight"], i["score"])
                 for i in scored["indicators"]])

    def main(self):
        sample = os.path.join(self.root, "bundles/org.jixiao.core/samples/2023-dangzhengban.xmi")
        corpus = os.path.join(self.work, "corpus")
        os.makedirs(corpus)
        self.product.ready()
        batch = self.product.batch()
        try:
            code, out, _ = self.run(batch, "import", sample, "--db", self.db)
            self.check(code == 0, "import of the reference sample: exit code %d" % code)
            sample_id = out.strip()
            poi = os.path.join(corpus, "poi.xlsx")
            code, _, _ = self.run(batch, "export", sample_id, "--format", "xlsx", "--out", poi, "--db", self.db)
            self.check(code == 0, "export --format xlsx: exit code %d" % code)
            files = self.write_corpus(poi, corpus)
            code, source = self.score(batch, poi)
            self.check(source is not None and source["total"] == float(REFERENCE_TOTAL) and code == 0,
                       "the exported table scores %s: %s" % (REFERENCE_TOTAL, source and source["total"]))
            if source is None:
                return
            # the same department and year again: kept beside the first (without the option, refused)
            import_code, _, _ = self.run(batch, "import", poi, "--db", self.db, "--as-new-version")
            for path in files:
                self.same_as_source(batch, path, source, import_code)
            self.refused_files_change_nothing(batch, corpus)
            self.table_formats(batch, sample_id)
        finally:
            batch.close()
            self.check(not STACK_TRACE.search("".join(batch.stderr)),
                       "the batch's own stderr has a stack trace:\n" + "".join(batch.stderr))
        self.rezipped_table_through_the_launcher(os.path.join(corpus, "info-zip.xlsx"))
        self.an_error_inside_a_command(poi)
        self.deep_check()
        self.rare_characters_in_a_report()
        self.command_line_from_the_cache()

    def write_corpus(self, poi, corpus):
        """The table as other programs write it; returns the paths."""
        files = []
        for name, write in [("info-zip.xlsx", variants.info_zip), ("reordered.xlsx", variants.reordered),
                            ("inline-strings.xlsx", variants.inline_strings),
                            ("shared-formulas.xlsx", variants.shared_formulas),
                            ("styles-only.xlsx", variants.styles_only), ("several-sheets.xlsx", variants.several_sheets)]:
            path = os.path.join(corpus, name)
            write(poi, path)
            files.append(path)
        profile = os.path.join(self.work, "lo-profile")
        for extension in ("xlsx", "xls", "ods"):
            out_dir = os.path.join(corpus, "libreoffice-" + extension)
            os.makedirs(out_dir)
            files.append(variants.libreoffice(poi, out_dir, extension, profile))
        return files

    def same_as_source(self, batch, path, source, source_import_code):
        """The file scores as its source, and imports into an evaluation that scores as its source."""
        name = os.path.relpath(path, self.work)
        code, scored = self.score(batch, path)
        self.check(scored is not None and self.rows(scored) == self.rows(source),
                   "score %s differs from its source: %s" % (name, scored and self.diff(scored, source)))
        self.check(code == 0, "score %s: exit code %d" % (name, code))
        code, out, err = self.run(batch, "import", path, "--db", self.db, "--as-new-version")
        self.check(code == source_import_code, "import %s: exit code %d, the source's %d\n%s" % (name, code, source_import_code, err))
        if code in (0, 1) and out.strip().isdigit():
            xmi = os.path.join(self.work, os.path.basename(path) + ".stored.xmi")
            self.run(batch, "export", out.strip(), "--format", "xmi", "--out", xmi, "--db", self.db)
            _, stored = self.score(batch, xmi)
            self.check(stored is not None and self.rows(stored) == self.rows(source),
                       "import %s stored an evaluation that scores differently: %s" % (name, stored and self.diff(stored, source)))
        self.ok("%s: total %s" % (name, scored and scored["total"]))

    @staticmethod
    def diff(scored, source):
        a, b = Suite.rows(scored), Suite.rows(source)
        if a[:3] != b[:3]:
            return "total/grade/budget %s, source %s" % (a[:3], b[:3])
        rows = [(x, y) for x, y in zip(a[3], b[3]) if x != y]
        return "%d vs %d rows; first differing: %s" % (len(a[3]), len(b[3]), rows[:2])

    def refused_files_change_nothing(self, batch, corpus):
        """A file that is no spreadsheet, or has no 自评表 block, is refused (exit code 2) and the store's
        list is the same before and after."""
        not_a_table = os.path.join(corpus, "notes.xlsx")
        with open(not_a_table, "w", encoding="utf-8") as f:
            f.write("这不是表格\n")
        no_block = os.path.join(corpus, "no-block.xlsx")
        write_xlsx(no_block, [("Sheet1", {(0, 0): "会议记录", (1, 0): "时间", (1, 1): 2023.0}, [])])
        truncated = os.path.join(corpus, "truncated.xlsx")
        with open(os.path.join(corpus, "poi.xlsx"), "rb") as f, open(truncated, "wb") as t:
            t.write(f.read()[:700])
        for path in (not_a_table, no_block, truncated):
            before = self.listing(batch)
            code, _, err = self.run(batch, "import", path, "--db", self.db)
            self.check(code == 2, "import %s: exit code %d, expected 2 (refused)\n%s" % (path, code, err))
            self.check(os.path.basename(path) in err, "import %s: the message does not name the file: %s" % (path, err))
            self.check(self.listing(batch) == before, "import %s was refused but changed the store" % path)
        self.ok("refused files change nothing in the store")

    def table_formats(self, batch, sample_id):
        """Issue 17: the reference sample (部门整体) and its project 党建专项资金 exported by the product in
        every shipped table format (`export --format-id`) score as their source, import back with the format
        detected from the headings, and pass the LibreOffice layout check (check_documents.py)."""
        project = os.path.join(self.root, "bundles/org.jixiao.core/samples/2023-dangzhengban-projects/project-04.xmi")
        code, out, err = self.run(batch, "import", project, "--db", self.db)
        self.check(code == 0 and out.strip().isdigit(), "import of the reference project: exit code %d\n%s" % (code, err))
        project_id = out.strip()
        folder = os.path.join(self.work, "formats")
        os.makedirs(folder)
        for format_id, evaluation in (("central-department", sample_id), ("chongqing-department", sample_id),
                                      ("central-project", project_id), ("sichuan-project", project_id)):
            source_xmi = os.path.join(self.work, format_id + ".source.xmi")
            self.run(batch, "export", evaluation, "--format", "xmi", "--out", source_xmi, "--db", self.db)
            _, source = self.score(batch, source_xmi)
            path = os.path.join(folder, format_id + ".xlsx")
            code, _, err = self.run(batch, "export", evaluation, "--format-id", format_id, "--out", path, "--db", self.db)
            self.check(code == 0, "export --format-id %s: exit code %d\n%s" % (format_id, code, err))
            code, scored = self.score(batch, path)
            self.check(code == 0 and scored is not None and source is not None and scored["total"] == source["total"],
                       "the %s table scores %s, its source %s" % (format_id, scored and scored["total"], source and source["total"]))
            code, _, err = self.run(batch, "import", path, "--db", self.db, "--as-new-version")
            self.check(code == 0 and format_id in err, "import of the %s table: exit code %d, format not named\n%s" % (format_id, code, err))
            self.ok("%s: exported, scored %s, imported with its format detected" % (format_id, scored and scored["total"]))
        checker = os.path.join(self.root, "releng/document-checks/check_documents.py")
        done = subprocess.run([sys.executable, checker, folder, "--formats", "xlsx"], capture_output=True, timeout=1200,
                              stdin=subprocess.DEVNULL)
        self.check(done.returncode == 0, "check_documents.py on the table formats: exit code %d\n%s%s"
                   % (done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")))
        self.ok("every table format's XLSX passes the LibreOffice layout check")

    def rezipped_table_through_the_launcher(self, path):
        """The acceptance of issue 12: the table re-zipped by Info-ZIP imports and scores 99.30 through
        ./jixiao, each command its own process."""
        code, out, err = self.product.run("score", path)
        self.well_behaved(["score", path], code, out, err)
        self.check(code == 0 and re.search(r"\b%s\b" % re.escape(REFERENCE_TOTAL), out),
                   "./jixiao score %s: exit code %d, no total %s:\n%s%s" % (path, code, REFERENCE_TOTAL, out, err))
        db = os.path.join(self.work, "db-rezipped")
        code, out, err = self.product.run("import", path, "--db", db)
        self.well_behaved(["import", path], code, out, err)
        self.check(code == 0 and out.strip().isdigit(), "./jixiao import %s: exit code %d\n%s" % (path, code, err))
        code, listing, err = self.product.run("list", "--db", db)
        self.check(code == 0 and REFERENCE_TOTAL in listing, "./jixiao list after the import: %s%s" % (listing, err))
        self.ok("the table re-zipped by Info-ZIP imports and scores %s through ./jixiao" % REFERENCE_TOTAL)

    def an_error_inside_a_command(self, poi):
        """A command that fails with an Error prints one line naming its file and the cause, exits 1, and
        leaves the stack trace in the product's log."""
        code, out, err = self.product.run("score", poi, "--inject-error")
        lines = [line for line in err.splitlines() if line.strip()]
        self.check(code == 1, "score --inject-error: exit code %d, expected 1" % code)
        self.check(len(lines) == 1 and poi in lines[0] and "NoClassDefFoundError" in lines[0],
                   "score --inject-error: not one line naming the file and the cause:\n" + err)
        self.check(not STACK_TRACE.search(err), "score --inject-error: a stack trace on stderr")
        log = re.search(r"(/\S+\.log)", err)
        self.check(log is not None and os.path.exists(log.group(1)) and "InjectedByTheTests" in open(log.group(1), encoding="utf-8", errors="replace").read(),
                   "score --inject-error: the stack trace is not in the log the message names: %s" % err)
        self.ok("an Error inside a command: one line, exit code 1, the trace in the log")

    def deep_check(self):
        """check --deep passes on the product and fails, naming the bundle, on a copy of the product
        without commons-lang3 (the wiring that made re-zipped tables fail)."""
        args = ["check", "--deep", "--db", os.path.join(self.work, "check-db"), "--out", os.path.join(self.work, "check.pdf")]
        code, out, err = self.product.run(*args)
        self.well_behaved(args, code, out, err)
        self.check(code == 0, "check --deep: exit code %d\n%s" % (code, err))
        self.ok("check --deep: " + next((line for line in err.splitlines()[1:2]), "?"))
        product = glob.glob(os.path.join(self.root, "releng/org.jixiao.product/target/products/org.jixiao.ui.product/linux/gtk/x86_64"))[0]
        copy = os.path.join(self.work, "product-without-lang3")
        # what runs of the product write into configuration/ is left out: runs beside this one (the
        # document checks, the third-party module) may be making or removing those files meanwhile
        shutil.copytree(product, copy, symlinks=True, ignore=shutil.ignore_patterns(
            "*.jsa", "*.aot", "*.aotconf", "cli-*", "org.eclipse.osgi", "org.eclipse.core.runtime", "org.eclipse.equinox.app", "*.log"))
        config = os.path.join(copy, "configuration/config.ini")
        with open(config, encoding="utf-8") as f:
            text = f.read()
        without = re.sub(r"reference\\:file\\:org\.apache\.commons\.lang3_[^,@]*@4,", "", text)
        self.check(without != text, "config.ini lists no commons-lang3 to remove")
        with open(config, "w", encoding="utf-8") as f:
            f.write(without)
        for jar in glob.glob(os.path.join(copy, "plugins/org.apache.commons.lang3_*")):
            os.remove(jar)
        launcher = glob.glob(os.path.join(copy, "plugins/org.eclipse.equinox.launcher_*.jar"))[0]
        java = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin/java")
        done = subprocess.run([java, "-Xmx256m", "-Djava.awt.headless=true", "-jar", launcher, "-application", "org.jixiao.cli.app",
                               "-nosplash", "-nl", "zh_CN", "check", "--deep", "--db", os.path.join(self.work, "check-db2"),
                               "--out", os.path.join(self.work, "check2.pdf")], capture_output=True, timeout=300,
                              stdin=subprocess.DEVNULL)
        err = done.stderr.decode("utf-8", "replace")
        self.check(done.returncode == 1 and "org.apache.commons.commons-compress" in err and "org.apache.commons.lang3" in err,
                   "check --deep on a product without commons-lang3: exit code %d, commons-compress's import not named:\n%s"
                   % (done.returncode, err[-3000:]))
        shutil.rmtree(copy)
        self.ok("check --deep names commons-compress's missing org.apache.commons.lang3 in a product without it")


    def rare_characters_in_a_report(self):
        """`report --format pdf` in a JVM of its own draws the rare characters of names and places that
        the default fonts lack, 𠮷 (outside the BMP) among them, from embedded fonts: the fonts they fall
        back to are registered before BIRT maps its first font (a first render once left 𠮷 blank, in
        a non-embedded Times-Roman)."""
        sentence = "人名地名用字：张喆、李堃、王犇、赵淼、昇平村、𠮷野家。"
        with open(os.path.join(self.root, "bundles/org.jixiao.core/samples/2023-dangzhengban.xmi"), encoding="utf-8") as f:
            text = f.read()
        rare = os.path.join(self.work, "rare.xmi")
        with open(rare, "w", encoding="utf-8") as f:
            f.write(text.replace("<paragraphs>", "<paragraphs>" + sentence, 1))
        out = os.path.join(self.work, "rare")
        args = ["report", rare, "--format", "pdf", "--out", out]
        code, stdout, err = self.product.run(*args)
        self.well_behaved(args, code, stdout, err)
        pdfs = glob.glob(os.path.join(out, "*自评报告.pdf"))
        self.check(code == 0 and len(pdfs) == 1, "report of the rare characters: exit code %d, %s\n%s" % (code, pdfs, err))
        if code != 0 or len(pdfs) != 1:
            return
        drawn = subprocess.run(["pdftotext", "-enc", "UTF-8", pdfs[0], "-"], capture_output=True).stdout.decode("utf-8", "replace")
        # the text without line breaks, compared after compatibility normalization: OpenPDF's ToUnicode
        # map of a Noto CJK face names the compatibility ideograph U+F9E1 for 李, the same glyph
        drawn = re.sub(r"\s+", "", unicodedata.normalize("NFKC", drawn))
        at = drawn.find("人名地名用字")
        self.check(at >= 0 and drawn[at:at + len(sentence)] == unicodedata.normalize("NFKC", sentence),
                   "the rare characters as drawn: %r" % drawn[at:at + len(sentence) + 5] if at >= 0 else "no sentence in the PDF's text")
        fonts = subprocess.run(["pdffonts", pdfs[0]], capture_output=True).stdout.decode("utf-8", "replace").splitlines()[2:]
        self.check(fonts and all(re.match(r".*\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row) for row in fonts),
                   "a font not embedded:\n" + "\n".join(fonts))
        self.ok("report in a JVM of its own: the rare characters drawn, 𠮷 among them, every font embedded (%d)" % len(fonts))

    def command_line_from_the_cache(self):
        """On JDK 25 and later, a command's classes come from its ahead-of-time cache, the command line's
        (picocli's Java 5 class files, which the build rewrites as Java 8 ones) among them."""
        release = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "release")
        version = re.search(r'^JAVA_VERSION="(\d+)', open(release, encoding="utf-8").read(), re.M) if os.path.exists(release) else None
        if version is None or int(version.group(1)) < 25:
            self.ok("the ahead-of-time cache: not checked, the JDK is older than 25")
            return
        for _ in range(2):  # the first run of a command records what it loads, the second assembles its cache
            self.product.run("--version")
        log = os.path.join(self.work, "version-classes.log")
        code, out, err = self.product.run("--version", env={"JAVA_TOOL_OPTIONS": "-Xlog:class+load=info:file=" + log})
        self.check(code == 0 and os.path.exists(log), "--version with the class loading log: exit code %d\n%s" % (code, err))
        if not os.path.exists(log):
            return
        sources = {}
        with open(log, encoding="utf-8", errors="replace") as f:
            for line in f:
                found = re.search(r"\] (\S+) source: (.*)$", line)
                if found:
                    sources[found.group(1)] = found.group(2)
        cached = [name for name, source in sources.items() if source == "shared objects file"]
        picocli = [name for name in sources if name.startswith("picocli.")]
        self.check(len(cached) > len(sources) * 0.8, "--version: %d of %d classes from the cache" % (len(cached), len(sources)))
        self.check(picocli and all(sources[name] == "shared objects file" for name in picocli),
                   "--version: picocli's classes not from the cache: %s" % [name for name in picocli if sources[name] != "shared objects file"][:5])
        self.ok("--version: %d of %d classes from the ahead-of-time cache, picocli's %d among them" % (len(cached), len(sources), len(picocli)))


def main():
    suite = Suite(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))
    suite.main()
    print("product tests: %d checks, %d failed" % (suite.checks, len(suite.failures)))
    return 1 if suite.failures else 0


if __name__ == "__main__":
    sys.exit(main())
