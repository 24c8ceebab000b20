package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao modules} and {@code jixiao new}: the listing, the new evaluation, and bad input. */
class ModulesAndNewCommandTest {

	@TempDir
	Path dir;

	@Test
	void modulesListsTheFiveBuiltInModulesInOrderWithTheirTemplateCountsAndLines() {
		Cli.Result result = Cli.run("modules").expect(0);
		List<String> lines = result.out().lines().filter(l -> !l.startsWith(" ")).toList();
		assertEquals(List.of("partybuilding", "hr", "socialinsurance", "businessenv", "general"),
				lines.stream().map(l -> l.split("\t")[0]).toList(), result.out());
		String partybuilding = lines.get(0);
		assertTrue(partybuilding.contains("\t9 ") && partybuilding.contains("4") && partybuilding.endsWith("org.jixiao.module.partybuilding"),
				partybuilding);
		assertTrue(lines.get(4).contains("\t20 ") && lines.get(4).contains("15"), lines.get(4));
		assertEquals(5, result.out().lines().filter(l -> l.startsWith(" ")).count(), "one line of business lines per module");
		assertEquals("", result.err(), "no contribution of the product is skipped");
	}

	@Test
	void newWritesAnEvaluationFromTheChosenModulesTemplatesWeighingAHundred() throws Exception {
		Path file = dir.resolve("人社局-2024.xmi");
		Cli.Result result = Cli.run("new", "--department", "人社局", "--year", "2024",
				"--modules", "socialinsurance,hr", "--out", file.toString()).expect(0);
		assertTrue(result.out().contains(file.toString()) && result.out().contains("19"), result.out());
		Evaluation evaluation = EvaluationResources.load(file);
		assertEquals("人社局", evaluation.getDepartment().getName());
		assertEquals(2024, evaluation.getFiscalYear());
		List<Indicator> indicators = evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).toList();
		assertEquals(19, indicators.size());
		assertEquals(Set.of("socialinsurance", "hr"), indicators.stream().map(Indicator::getModuleId).collect(Collectors.toSet()));
		BigDecimal total = evaluation.getBudget().getWeight();
		for (IndicatorCategory category : evaluation.getCategories()) {
			total = total.add(category.getWeight());
		}
		assertEquals(0, total.compareTo(BigDecimal.valueOf(100)), total.toPlainString());
		assertTrue(indicators.stream().anyMatch(i -> i.getName().equals("欠薪投诉案件线索办结率") && i.getTargetText().equals("=100%")));
	}

	@Test
	void anUnknownModuleIsRefusedWithExitCode2NamingItAndTheInstalledOnes() {
		Path file = dir.resolve("x.xmi");
		Cli.Result result = Cli.run("new", "--department", "人社局", "--year", "2024",
				"--modules", "hr,nosuch", "--out", file.toString()).expect(2);
		assertTrue(result.err().contains("nosuch") && result.err().contains("partybuilding"), result.err());
		assertFalse(Files.exists(file));
	}

	@Test
	void anExistingFileIsKeptUnlessForceIsGiven() throws Exception {
		Path file = dir.resolve("kept.xmi");
		Files.writeString(file, "keep me", StandardCharsets.UTF_8);
		Cli.Result result = Cli.run("new", "--department", "党政办公室", "--year", "2023",
				"--modules", "general", "--out", file.toString()).expect(2);
		assertTrue(result.err().contains("kept.xmi"), result.err());
		assertEquals("keep me", Files.readString(file, StandardCharsets.UTF_8));
		Cli.run("new", "--department", "党政办公室", "--year", "2023", "--modules", "general",
				"--out", file.toString(), "--force").expect(0);
		assertEquals(15, EvaluationResources.load(file).getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToInt(s -> s.getIndicators().size()).sum());
	}

	@Test
	void withoutOutTheNewEvaluationIsStoredAndItsIdPrinted() throws Exception {
		Path db = dir.resolve("db");
		Cli.Result result = Cli.run("new", "--department", "人社局", "--year", "2025",
				"--modules", "socialinsurance", "--db", db.toString()).expect(0);
		long id = Long.parseLong(result.out().strip());
		try (org.jixiao.store.EvaluationStore store = org.jixiao.store.EvaluationStore
				.open(org.jixiao.store.StoreLocation.embedded(db))) {
			org.jixiao.model.evaluation.Evaluation stored = store.load(id);
			assertEquals("人社局", stored.getDepartment().getName());
			assertEquals(2025, stored.getFiscalYear());
			assertEquals(12, stored.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
					.flatMap(s -> s.getIndicators().stream()).filter(i -> "socialinsurance".equals(i.getModuleId())).count());
		}
	}
}
