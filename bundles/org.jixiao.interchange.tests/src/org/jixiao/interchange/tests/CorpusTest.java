package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of tables departments published (see {@code corpus/README.md}): each imports, keeps every
 * row, flags exactly the cells its notes name, and scores the expected total, read from .xlsx and from
 * .ods alike. The corpus holds at least 40 real wordings.
 */
class CorpusTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	static Stream<String> tables() throws Exception {
		return CorpusTable.index().stream();
	}

	private static ImportResult read(byte[] bytes, String name) throws Exception {
		return new XlsxImporter(MOF).read(new ByteArrayInputStream(bytes), name);
	}

	private static int indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).mapToInt(s -> s.getIndicators().size())
				.sum();
	}

	private static void assertAsExpected(CorpusTable table, ImportResult result) {
		List<String> errors = result.errors().stream().map(ImportProblem::cell).distinct().sorted().toList();
		assertEquals(table.expectedErrors(), errors, () -> table + ": " + result.problems());
		assertEquals(table.expectedIndicators(), indicators(result.evaluation()), table + ": every row is imported");
		assertEquals(table.expectedTotal(), new EvaluationScorer(MOF).score(result.evaluation()).total(),
				() -> table + ": " + result.problems());
		assertTrue(result.problems().stream().allMatch(p -> p.reference().matches("Sheet1![A-Z]+\\d+(:[A-Z]+\\d+)?")),
				() -> table + ": every problem names its cell: " + result.problems());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void aPublishedTableImportsAndScoresAsExpected(String name) throws Exception {
		CorpusTable table = CorpusTable.read(name);
		assertAsExpected(table, read(table.xlsx(), name + ".xlsx"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tables")
	void theSameTableSavedAsOdsImportsTheSame(String name) throws Exception {
		CorpusTable table = CorpusTable.read(name);
		assertAsExpected(table, read(OdsTables.fromXlsx(table.xlsx()), name + ".ods"));
	}

	@Test
	void theCorpusHoldsAtLeastFortyRealWordings() throws Exception {
		Set<String> wordings = new LinkedHashSet<>();
		for (String name : CorpusTable.index()) {
			wordings.addAll(CorpusTable.read(name).realWordings());
		}
		assertTrue(wordings.size() >= 40, wordings.size() + " real wordings: " + wordings);
	}

	@Test
	void everyTableNamesItsSource() throws Exception {
		for (String name : CorpusTable.index()) {
			CorpusTable table = CorpusTable.read(name);
			assertTrue(table.facts.containsKey("source") && table.facts.containsKey("kind"), name + " names its source and kind");
		}
	}
}
