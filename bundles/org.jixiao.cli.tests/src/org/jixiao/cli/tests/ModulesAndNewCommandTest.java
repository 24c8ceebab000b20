package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.cli.internal.JixiaoCommand;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code jixiao modules} and {@code jixiao new}: the listing, the new evaluation, and bad input. */
class ModulesAndNewCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void modulesListsTheFiveBuiltInModulesInOrderWithTheirTemplateCountsAndLines() {
		assertEquals(0, run("modules"), err.toString());
		List<String> lines = out.toString().lines().filter(l -> !l.startsWith(" ")).toList();
		assertEquals(List.of("partybuilding", "hr", "socialinsurance", "businessenv", "general"),
				lines.stream().map(l -> l.split("\t")[0]).toList(), out.toString());
		String partybuilding = lines.get(0);
		assertTrue(partybuilding.contains("\t9 ") && partybuilding.contains("4") && partybuilding.endsWith("org.jixiao.module.partybuilding"),
				partybuilding);
		assertTrue(lines.get(4).contains("\t20 ") && lines.get(4).contains("15"), lines.get(4));
		assertEquals(5, out.toString().lines().filter(l -> l.startsWith(" ")).count(), "one line of business lines per module");
		assertEquals("", err.toString(), "no contribution of the product is skipped");
	}

	@Test
	void newWritesAnEvaluationFromTheChosenModulesTemplatesWeighingAHundred() throws Exception {
		Path file = dir.resolve("人社局-2024.xmi");
		assertEquals(0, run("new", "--department", "人社局", "--year", "2024", "--modules", "socialinsurance,hr", "--out", file.toString()),
				err.toString());
		assertTrue(out.toString().contains(file.toString()) && out.toString().contains("19"), out.toString());
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
		assertEquals(2, run("new", "--department", "人社局", "--year", "2024", "--modules", "hr,nosuch", "--out", file.toString()));
		assertTrue(err.toString().contains("nosuch") && err.toString().contains("partybuilding"), err.toString());
		assertFalse(Files.exists(file));
	}

	@Test
	void anExistingFileIsKeptUnlessForceIsGiven() throws Exception {
		Path file = dir.resolve("kept.xmi");
		Files.writeString(file, "keep me", StandardCharsets.UTF_8);
		assertEquals(2, run("new", "--department", "党政办公室", "--year", "2023", "--modules", "general", "--out", file.toString()));
		assertTrue(err.toString().contains("kept.xmi"), err.toString());
		assertEquals("keep me", Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(0, run("new", "--department", "党政办公室", "--year", "2023", "--modules", "general", "--out", file.toString(), "--force"),
				err.toString());
		assertEquals(15, EvaluationResources.load(file).getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToInt(s -> s.getIndicators().size()).sum());
	}

	@Test
	void withoutOutTheNewEvaluationIsStoredAndItsIdPrinted() throws Exception {
		Path db = dir.resolve("db");
		assertEquals(0, run("new", "--department", "人社局", "--year", "2025", "--modules", "socialinsurance", "--db", db.toString()),
				err.toString());
		long id = Long.parseLong(out.toString().strip());
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
