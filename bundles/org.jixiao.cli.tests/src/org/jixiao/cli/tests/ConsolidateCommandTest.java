package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.consolidation.Sample;
import org.jixiao.core.consolidation.SampleEntry.Decision;
import org.jixiao.core.consolidation.SampleFile;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao consolidate} on an embedded store of several departments over two years, one
 * confirmed with a 复核得分, one with a planted low execution, and synthetic evaluations for volume:
 * the ranking on stdout, the workbook read back with POI, the PDF's text, the seeded sample and the
 * reviewer's decisions kept in its file, and bad input refused.
 */
class ConsolidateCommandTest {

	private static final String YEAR = "2024"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path db;
	private long confirmed;
	private long lowExecution;

	@BeforeEach
	void storeTwoYears() throws Exception {
		db = dir.resolve("db"); //$NON-NLS-1$
		Evaluation reference = EvaluationResources.referenceSample();
		List<Evaluation> evaluations = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Evaluation synthetic = SyntheticEvaluations.create(i, 20);
			synthetic.setFiscalYear(2023 + i % 2);
			synthetic.getDepartment().setName("综合单位" + i / 2); //$NON-NLS-1$
			evaluations.add(synthetic);
		}
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			store.insertAll(evaluations, "tester"); //$NON-NLS-1$
			store.insert(copy(reference, "党政办公室", 2023), "tester"); //$NON-NLS-1$ //$NON-NLS-2$
			store.insert(copy(reference, "党政办公室", 2024), "tester"); //$NON-NLS-1$ //$NON-NLS-2$
			confirmed = store.insert(copy(reference, "财政局", 2024), "tester"); //$NON-NLS-1$ //$NON-NLS-2$
			lowExecution = store.insert(copy(reference, "建设局", 2024), "tester"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (Connection sql = new EmbeddedDriver().connect("jdbc:derby:" + db.toAbsolutePath(), new Properties())) { //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', SELF_SCORE = TOTAL_SCORE, SELF_GRADE = GRADE, " //$NON-NLS-1$
					+ "REVIEW_SCORE = 99.87, REVIEW_GRADE = '优' WHERE ID = ?", confirmed); //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.BUDGET SET ADJUSTED_BUDGET = '5000000.00', EXECUTED = '3500000.00' WHERE EVALUATION_ID = ?", lowExecution); //$NON-NLS-1$
		} finally {
			try {
				new EmbeddedDriver().connect("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true", new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (java.sql.SQLException e) {
				// 08006: shut down, as expected
			}
		}
	}

	@Test
	void printsTheRankingAndWritesTheWorkbook() throws Exception {
		Path xlsx = dir.resolve("汇总.xlsx"); //$NON-NLS-1$
		Cli.Result result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--out", xlsx.toString()).expect(0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(1).contains("财政局") && lines.get(1).contains("99.87"), "the confirmed 复核得分 ranks first:\n" + result.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String building = lines.stream().filter(line -> line.contains("建设局")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertTrue(building.contains("70.00%"), building); //$NON-NLS-1$
		assertEquals(23, lines.stream().filter(line -> line.matches("\\s*(\\d+|-)\\s+\\d+\\s+.*")).count(), result.out()); //$NON-NLS-1$
		assertTrue(result.err().contains("23"), result.err()); //$NON-NLS-1$
		assertTrue(result.out().contains(xlsx.toAbsolutePath().toString()), result.out());

		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals(2, workbook.getNumberOfSheets(), "ranking and distribution, no sample"); //$NON-NLS-1$
			Sheet ranking = workbook.getSheetAt(0);
			assertTrue(ranking.getRow(0).getCell(0).getStringCellValue().contains(YEAR));
			Row header = ranking.getRow(2);
			Row first = ranking.getRow(3);
			assertEquals("财政局", first.getCell(2).getStringCellValue()); //$NON-NLS-1$
			assertEquals(99.87, first.getCell(8).getNumericCellValue(), 1e-9, header.getCell(8).getStringCellValue());
			assertEquals(1, (int) first.getCell(0).getNumericCellValue());
			Row buildingRow = row(ranking, "建设局"); //$NON-NLS-1$
			assertEquals(5_000_000.00, buildingRow.getCell(4).getNumericCellValue(), 1e-9);
			assertEquals(0.70, buildingRow.getCell(6).getNumericCellValue(), 1e-9);
			assertEquals("0.00%", buildingRow.getCell(6).getCellStyle().getDataFormatString()); //$NON-NLS-1$
			assertFalse(buildingRow.getCell(16).getStringCellValue().isEmpty(), "flagged for the budget hearing"); //$NON-NLS-1$
			assertTrue(row(ranking, "财政局").getCell(16).getStringCellValue().isEmpty()); //$NON-NLS-1$
			Row office = row(ranking, "党政办公室"); //$NON-NLS-1$
			assertEquals(0.0, office.getCell(13).getNumericCellValue(), 1e-9, "the same score as last year"); //$NON-NLS-1$
			Sheet distribution = workbook.getSheetAt(1);
			int graded = 0;
			for (int r = 3; r <= 7; r++) {
				graded += (int) distribution.getRow(r).getCell(1).getNumericCellValue();
			}
			assertEquals(23, graded, "every evaluation has a grade or none"); //$NON-NLS-1$
		}
	}

	@Test
	void theSameSeedDrawsTheSameSampleAndTheDecisionsAreKept() throws Exception {
		Path file = dir.resolve("sample.json"); //$NON-NLS-1$
		Cli.Result first = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "30", "--seed", "20241207", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--weighted").expect(0); //$NON-NLS-1$
		Cli.Result again = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "30", "--seed", "20241207", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--weighted", "--sample-file", file.toString()).expect(0); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(sampleLines(first.out()), sampleLines(again.out()));
		assertTrue(first.err().contains("20241207"), "the seed is printed: " + first.err()); //$NON-NLS-1$ //$NON-NLS-2$
		Sample sample = SampleFile.read(file);
		assertEquals(7, sample.entries().size(), "30 % of 23, rounded up"); //$NON-NLS-1$
		long drawn = sample.entries().get(0).evaluationId();
		long notDrawn = first.out().lines().skip(1).takeWhile(line -> !line.isEmpty()).map(line -> Long.parseLong(line.trim().split("\\s+")[1])) //$NON-NLS-1$
				.filter(id -> sample.entry(id) == null).findFirst().orElseThrow();

		Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample-file", file.toString(), "--exclude", Long.toString(drawn), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--include", Long.toString(notDrawn), "--user", "复核员").expect(0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Sample decided = SampleFile.read(file);
		assertEquals(Decision.EXCLUDED, decided.entry(drawn).decision());
		assertEquals("复核员", decided.entry(drawn).decidedBy()); //$NON-NLS-1$
		assertEquals(Decision.INCLUDED, decided.entry(notDrawn).decision());
		assertEquals(8, decided.entries().size());
		assertEquals(7, decided.selected().size());

		Cli.Result redrawn = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "30", "--seed", "20241207", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--weighted", "--sample-file", file.toString()).expect(0); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(decided, SampleFile.read(file), "the same draw keeps the decisions"); //$NON-NLS-1$
		assertTrue(redrawn.out().contains(Long.toString(notDrawn)));
		String before = Files.readString(file, StandardCharsets.UTF_8);
		Cli.Result other = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "30", "--seed", "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--sample-file", file.toString()).expect(2); //$NON-NLS-1$
		assertTrue(other.err().contains(file.toString()), other.err());
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "another draw never overwrites the decisions"); //$NON-NLS-1$
	}

	@Test
	void writesTheSummaryReportAsPdf() throws Exception {
		Path pdf = dir.resolve("汇总.pdf"); //$NON-NLS-1$
		Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--out", pdf.toString(), "--sample", "10", "--seed", "5").expect(0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		String text = pdftotext(pdf);
		for (String department : new String[] { "党政办公室", "财政局", "建设局", "综合单位0" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(text.contains(department), department + " in:\n" + text); //$NON-NLS-1$
		}
		assertTrue(text.contains("99.87"), "the 复核得分:\n" + text); //$NON-NLS-1$ //$NON-NLS-2$
		String heading = Locale.getDefault().getLanguage().equals("zh") ? "复核得分" : "Reviewscore"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(text.contains(heading), heading + " in:\n" + text); //$NON-NLS-1$
		assertTrue(text.contains("70.00%"), "the planted low execution:\n" + text); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void badInputIsRefusedWithExitCode2() {
		Cli.Result result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--out", dir.resolve("a.docx").toString()).expect(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(result.err().contains("a.docx"), result.err()); //$NON-NLS-1$
		assertTrue(!Files.exists(dir.resolve("a.docx"))); //$NON-NLS-1$
		result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "0").expect(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(result.err().contains("--sample"), result.err()); //$NON-NLS-1$
		result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--sample", "10", "--seed", "3", "--exclude", "999999") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.expect(2);
		assertTrue(result.err().contains("999999"), result.err()); //$NON-NLS-1$
		result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--include", "1").expect(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(result.err().contains("--include"), result.err()); //$NON-NLS-1$
		result = Cli.run("consolidate", "--year", YEAR, "--db", db.toString(), "--low-execution", "120").expect(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(result.err().contains("120"), result.err()); //$NON-NLS-1$
	}

	private static Evaluation copy(Evaluation reference, String department, int year) {
		Evaluation copy = EcoreUtil.copy(reference);
		copy.getDepartment().setName(department);
		copy.setFiscalYear(year);
		return copy;
	}

	private static Row row(Sheet sheet, String department) {
		for (Row row : sheet) {
			if (row.getRowNum() > 2 && department.equals(row.getCell(2).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(department + " not in " + sheet.getSheetName());
	}

	private static List<String> sampleLines(String out) {
		List<String> lines = out.lines().toList();
		int blank = lines.indexOf(""); //$NON-NLS-1$
		assertTrue(blank > 0, out);
		return lines.subList(blank, lines.size());
	}

	private static void update(Connection sql, String statement, long id) throws Exception {
		try (PreparedStatement update = sql.prepareStatement(statement)) {
			update.setLong(1, id);
			assertEquals(1, update.executeUpdate());
		}
	}

	private static String pdftotext(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext finished"); //$NON-NLS-1$
		assertEquals(0, process.exitValue(), output);
		return output.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
