package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao compare ID}: this year's draft, copied from last year's reference sample, beside it row
 * by row; a unit without last year's evaluation; an unknown id.
 */
class CompareCommandTest {

	private static final boolean ZH = Locale.getDefault().getLanguage().equals("zh");

	@TempDir
	Path dir;

	@Test
	void showsLastYearsTargetActualAndScoreBesideThisYears() throws Exception {
		Path database = dir.resolve("db");
		String last;
		String now;
		String alone;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			Evaluation sample = EvaluationResources.referenceSample();
			sample.setFiscalYear(2022);
			long lastId = store.insert(sample, "tester");
			long nowId = store.copyToNewYear(lastId, 2023, "tester");
			Evaluation draft = store.load(nowId);
			List<Indicator> rows = draft.getCategories().get(0).getSubcategories().get(0).getIndicators();
			Indicator first = rows.get(0);
			first.setActualText(first.getTargetText());
			Indicator added = EcoreUtil.copy(first);
			added.setUid(null);
			added.setName("新增的指标");
			rows.add(added);
			store.update(nowId, draft, "tester");
			Evaluation other = EvaluationResources.referenceSample();
			other.getDepartment().setName("水务局");
			alone = Long.toString(store.insert(other, "tester"));
			last = Long.toString(lastId);
			now = Long.toString(nowId);
			Indicator lastFirst = store.load(lastId).getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
			Cli.Result compared = Cli.run("compare", now, "--db", database.toString()).expect(0);
			String out = compared.out();
			assertTrue(out.startsWith(ZH ? "2023年度党政办公室（编号 " + now + "）与2022年度（编号 " + last + "）对比"
					: "2023 党政办公室 (evaluation " + now + ") beside 2022 (evaluation " + last + ")"), out);
			assertTrue(out.contains("上年目标") && out.contains("上年实际") && out.contains("上年得分"), out);
			String firstLine = out.lines().filter(line -> line.contains(first.getName())).findFirst().orElseThrow();
			assertTrue(firstLine.contains("沿用") && firstLine.contains(lastFirst.getActualText()), firstLine);
			String addedLine = out.lines().filter(line -> line.contains("新增的指标")).findFirst().orElseThrow();
			assertTrue(addedLine.contains("新增") && addedLine.contains("—"), addedLine);
			int total = draft.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).mapToInt(s -> s.getIndicators().size()).sum();
			assertTrue(out.contains(ZH ? total + " 项指标中 " + (total - 1) + " 项与上年对应：沿用 " + (total - 1) + " 项"
					: (total - 1) + " of " + total + " indicators matched: " + (total - 1) + " copied"), out);
			assertTrue(out.contains(ZH ? "，上年 99.30（优）" : "; last year 99.30 (Excellent)"), out);
		}

		Cli.Result none = Cli.run("compare", alone, "--db", database.toString()).expect(0);
		assertEquals(ZH ? "没有水务局2022年度的绩效自评可与编号 " + alone + " 对比：各指标均为新增。"
				: "No evaluation of 水务局 for 2022 to compare evaluation " + alone + " with: every row is new.", none.out().strip());
		Cli.Result unknown = Cli.run("compare", "999", "--db", database.toString()).expect(1);
		assertTrue(unknown.err().contains("jixiao compare") && unknown.err().contains("999"), unknown.err());
	}
}
