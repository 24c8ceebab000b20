package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.FolderImport;
import org.jixiao.interchange.FolderImport.Kind;
import org.jixiao.interchange.FolderImport.Stored;
import org.jixiao.interchange.FolderImport.Summary;
import org.jixiao.interchange.FolderImport.TargetException;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao import DIR}: a folder tree with good tables (a 部门整体 table, a project evaluation in a
 * nested folder, another department's table), a table with a bad cell, a broken file, a spreadsheet
 * without a 绩效指标 block and a text file; the summary, the exit code and the store's content; a second
 * run refusing what is stored already; and a cancelled run keeping what it stored.
 */
class ImportFolderCommandTest {

	@TempDir
	Path dir;

	/** Writes the folder; returns it. */
	private Path folder() throws Exception {
		Path folder = dir.resolve("tables");
		Path nested = Files.createDirectories(folder.resolve("乡镇/二级"));
		new XlsxExporter().write(EvaluationResources.referenceSample(), folder.resolve("a-dangzhengban.xlsx"));
		Evaluation other = EvaluationResources.referenceSample();
		other.getDepartment().setName("示例县农业农村局");
		new XlsxExporter().write(other, nested.resolve("nongye.xlsx"));
		EvaluationResources.save(EvaluationResources.referenceProjects().get(0), nested.resolve("project-01.xmi"));
		Evaluation bad = EvaluationResources.referenceSample();
		bad.getDepartment().setName("示例县人社局");
		bad.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("很多");
		new XlsxExporter().write(bad, folder.resolve("b-bad-cell.xlsx"));
		Files.write(folder.resolve("c-broken.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("d-ledger.xlsx"))) {
			workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
		}
		Files.writeString(folder.resolve("e-notes.txt"), "自评报告见附件");
		return folder;
	}

	@Test
	void everyTableOfTheTreeIsImportedAndTheSummaryNamesEachProblemRefusalAndSkip() throws Exception {
		Path folder = folder();
		String db = dir.resolve("db").toString();
		Cli.Result result = Cli.run("import", folder.toString(), "--db", db).expect(1);
		String out = result.out();
		assertTrue(out.contains(": 7 files; imported 3, imported with problems 1, refused 1, skipped 2"), out);
		assertTrue(out.matches("(?s).*Imported \\(3\\):\n  a-dangzhengban.xlsx → \\d+ \\(central-department\\)\n.*"), out);
		assertTrue(out.matches("(?s).*  乡镇/二级/project-01.xmi → \\d+\n.*"), out);
		assertTrue(out.matches("(?s).*Imported as drafts with problems to fix \\(1\\):\n  b-bad-cell.xlsx → \\d+ \\(central-department\\)\n"
				+ "    部门整体支出绩效自评表!E\\d+: 实际完成值 '很多' is not a figure.*"), out);
		assertTrue(out.matches("(?s).*Refused \\(1\\):\n  c-broken.xlsx: the file is damaged.*"), out);
		assertTrue(out.matches("(?s).*Skipped, not tables \\(2\\):\n  d-ledger.xlsx: .*no 绩效指标 block.*\n  e-notes.txt: not a table.*"), out);
		assertTrue(result.err().contains("1/7 a-dangzhengban.xlsx"), result.err());
		assertTrue(result.err().contains("7/7 乡镇/二级/project-01.xmi"), result.err());

		Map<String, EvaluationSummary> stored = stored(db);
		assertEquals(List.of("党政办公室", "党政办公室", "示例县人社局", "示例县农业农村局"), new ArrayList<>(departments(stored)));
		assertEquals(1, stored.values().stream().filter(EvaluationSummary::hasErrors).count(), "the table with a bad cell is a draft with errors");
		try (EvaluationStore store = open(db)) {
			long projects = stored.values().stream().filter(summary -> load(store, summary.id()).getKind() == EvaluationKind.PROJECT).count();
			assertEquals(1, projects, "the nested project evaluation is stored as one");
		}

		result = Cli.run("import", folder.toString(), "--db", db).expect(1);
		assertTrue(result.out().contains("imported 0, imported with problems 0, refused 5, skipped 2"), result.out());
		assertTrue(result.out().matches("(?s).*  a-dangzhengban.xlsx: the store already holds the evaluation of 党政办公室, 2023 \\(id \\d+\\).*"),
				result.out());
		assertTrue(result.err().contains("--as-new-version"), result.err());
		assertEquals(4, stored(db).size(), "nothing stored twice");

		result = Cli.run("import", folder.toString(), "--db", db, "--as-new-version").expect(1);
		assertTrue(result.out().contains("imported 3, imported with problems 1, refused 1, skipped 2"), result.out());
		assertTrue(result.out().matches("(?s).*  a-dangzhengban.xlsx → \\d+ \\(central-department\\) \\(new version beside \\d+\\).*"),
				result.out());
		assertEquals(8, stored(db).size());
	}

	@Test
	void aFolderOfGoodTablesExitsWith0AndAMissingFolderWith2() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("good"));
		new XlsxExporter().write(EvaluationResources.referenceSample(), folder.resolve("one.xlsx"));
		Files.writeString(folder.resolve("readme.txt"), "");
		String db = dir.resolve("db").toString();
		Cli.Result result = Cli.run("import", folder.toString(), "--db", db).expect(0);
		assertTrue(result.out().contains("imported 1, imported with problems 0, refused 0, skipped 1"), result.out());

		Cli.run("import", dir.resolve("missing").toString(), "--db", db).expect(2);
		Path locked = Files.createDirectories(dir.resolve("locked"));
		assertTrue(locked.toFile().setReadable(false));
		if (!Files.isReadable(locked)) {
			result = Cli.run("import", locked.toString(), "--db", db).expect(2);
			assertTrue(result.err().contains("not a readable folder"), result.err());
		}
		assertEquals(1, stored(db).size());
	}

	@Test
	void aCancelledRunKeepsWhatItStoredAndSaysHowFarItGot() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("many"));
		for (int i = 0; i < 6; i++) {
			Evaluation evaluation = EvaluationResources.referenceSample();
			evaluation.getDepartment().setName("部门" + i);
			new XlsxExporter().write(evaluation, folder.resolve("t" + i + ".xlsx"));
		}
		String db = dir.resolve("db").toString();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int done;

			@Override
			public void worked(int work) {
				done += work;
				setCanceled(done == 4);
			}
		};
		Summary summary;
		try (EvaluationStore store = open(db)) {
			summary = new FolderImport(false, 2).run(folder, target(store), monitor);
		}
		assertTrue(summary.cancelled());
		assertFalse(summary.complete());
		assertEquals(6, summary.files());
		assertEquals(4, summary.outcomes().size(), "the run stopped after the file at hand");
		assertEquals(4, summary.of(Kind.IMPORTED).size());
		assertEquals(List.of("部门0", "部门1", "部门2", "部门3"), new ArrayList<>(departments(stored(db))),
				"every table decided before the cancellation is stored, none after");
	}

	private static FolderImport.Target target(EvaluationStore store) {
		return new FolderImport.Target() {
			@Override
			public List<Stored> stored(String department, int fiscalYear) {
				return List.of();
			}

			@Override
			public List<String> store(List<Evaluation> evaluations) throws TargetException {
				try {
					return store.insertAll(evaluations, "test").stream().map(String::valueOf).toList();
				} catch (StoreException e) {
					throw new TargetException(e);
				}
			}
		};
	}

	private static EvaluationStore open(String db) throws StoreException {
		return EvaluationStore.open(StoreLocation.embedded(Path.of(db)));
	}

	private static Evaluation load(EvaluationStore store, long id) {
		try {
			return store.load(id);
		} catch (StoreException e) {
			throw new AssertionError(e);
		}
	}

	private static Map<String, EvaluationSummary> stored(String db) throws StoreException {
		try (EvaluationStore store = open(db)) {
			Map<String, EvaluationSummary> byId = new TreeMap<>();
			for (EvaluationSummary summary : store.list(EvaluationQuery.all())) {
				byId.put(summary.id() + "", summary);
			}
			return byId;
		}
	}

	private static List<String> departments(Map<String, EvaluationSummary> stored) {
		return stored.values().stream().map(EvaluationSummary::department).sorted().toList();
	}
}
