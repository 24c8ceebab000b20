package org.jixiao.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.NarrativeSection;
import org.junit.jupiter.api.Test;

/**
 * The narrative's numbers against the table: the reference sample agrees with itself, and planted
 * disagreements are found, each naming the narrative's place and words and the table's row, column
 * and value.
 */
class NarrativeCrossCheckTest {

	private static List<Diagnostic> check(Evaluation evaluation) {
		return new NarrativeCrossCheck(evaluation, new EvaluationScorer(RuleSetService.getDefault().builtIn(RuleSets.MOF_2020)).score(evaluation)).check();
	}

	private static NarrativeSection section(Evaluation evaluation, int... path) {
		NarrativeSection section = evaluation.getNarrative().get(path[0]);
		for (int i = 1; i < path.length; i++) {
			section = section.getSubsections().get(path[i]);
		}
		return section;
	}

	private static Indicator indicator(Evaluation evaluation, String name) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private static void replace(NarrativeSection section, String from, String to) {
		String paragraph = section.getParagraphs().get(0);
		assertTrue(paragraph.contains(from), paragraph);
		section.getParagraphs().set(0, paragraph.replace(from, to));
	}

	@Test
	void theReferenceSampleAgreesWithItsTable() throws Exception {
		List<Diagnostic> found = check(EvaluationResources.referenceSample());
		assertEquals(List.of(), found.stream().map(Diagnostic::getMessage).toList());
	}

	@Test
	void everyIndicatorWhoseMeasureTheReferenceNarrativeStatesIsCompared() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		List<String> compared = new ArrayList<>();
		evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.forEach(indicator -> {
					String actual = indicator.getActualText();
					Matcher number = Pattern.compile("\\d+(\\.\\d+)?").matcher(actual == null ? "" : actual);
					if (number.find()) {
						indicator.setActualText(actual.substring(0, number.start()) + new BigDecimal(number.group()).add(BigDecimal.ONE)
								+ actual.substring(number.end()));
						if (check(evaluation).stream().anyMatch(d -> d.getData().get(0) == indicator)) {
							compared.add(indicator.getName());
						}
						indicator.setActualText(actual);
					}
				});
		System.out.println("narrative cross-check, indicators compared in the reference sample: " + compared);
		assertTrue(compared.containsAll(List.of("发展党员", "小额担保贷款银行实际发放金额", "市级以上媒体发布或转载报道", "城乡居保当年个人缴费",
				"筹备组织党工委会议", "按季包保走访“四上”企业")), compared.toString());
		assertFalse(compared.contains("非公党建工作指导员补助发放"), "加强30名非公党建工作指导员 counts the officers, not the payments");
	}

	@Test
	void anActualThatDiffersFromTheNarrativeIsAWarningNamingBothPlaces() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		Indicator members = indicator(evaluation, "发展党员");
		members.setActualText("31名");
		List<Diagnostic> found = check(evaluation);
		assertEquals(1, found.size(), found.toString());
		Diagnostic warning = found.get(0);
		assertEquals(Diagnostic.WARNING, warning.getSeverity());
		assertEquals(EvaluationProblem.NARRATIVE_AGREES.code(), warning.getCode());
		assertTrue(warning.getMessage().contains("一（三）2 “发展党员30名”"), warning.getMessage());
		assertTrue(warning.getMessage().endsWith("产出指标 / 数量指标 / 发展党员 实际完成值 31名"), warning.getMessage());
		assertSame(members, warning.getData().get(0));
		assertSame(section(evaluation, 0, 2, 1), warning.getData().get(1));
		assertTrue(EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.anyMatch(d -> d.getCode() == EvaluationProblem.NARRATIVE_AGREES.code() && d.getMessage().equals(warning.getMessage())),
				"the diagnostician reports it");
	}

	@Test
	void theUsualWordingsOfAMeasureAreRecognised() throws Exception {
		for (String wording : List.of("截至目前已发展党员29名", "截至目前党员发展29人", "截至目前共发展党员29名")) {
			Evaluation evaluation = EvaluationResources.referenceSample();
			replace(section(evaluation, 0, 2, 1), "截至目前已发展党员30名", wording);
			List<Diagnostic> found = check(evaluation);
			assertEquals(1, found.size(), wording + ": " + found);
			assertTrue(found.get(0).getMessage().contains("29") && found.get(0).getMessage().endsWith("实际完成值 30名"),
					found.get(0).getMessage());
		}
	}

	@Test
	void moneyIsComparedAcrossUnitsAndANumberNamingNothingIsNoProblem() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		replace(section(evaluation, 0, 4, 1), "实际发放金额850万元", "实际发放金额8500000元");
		replace(section(evaluation, 0, 4, 1), "组织开展线上线下招聘会4场", "组织开展线上线下招聘会5场");
		assertEquals(List.of(), check(evaluation).stream().map(Diagnostic::getMessage).toList());
		replace(section(evaluation, 0, 4, 1), "实际发放金额8500000元", "实际发放金额800万元");
		List<Diagnostic> found = check(evaluation);
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).getMessage().contains("“小额担保贷款银行实际发放金额800万元”")
				&& found.get(0).getMessage().endsWith("小额担保贷款银行实际发放金额 实际完成值 850万元"), found.get(0).getMessage());
	}

	@Test
	void theBudgetFiguresAndTheScoreAreCompared() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		replace(section(evaluation, 0), "共预算项目9个，全年预算总金额25567092.46元", "共预算项目8个，全年预算总金额25567093.46元");
		replace(section(evaluation, 1), "自评得分99.3分", "自评得分98.3分");
		List<String> found = check(evaluation).stream().map(Diagnostic::getMessage).toList();
		assertEquals(3, found.size(), found.toString());
		assertTrue(found.get(0).contains("“预算项目8个”") && found.get(0).endsWith("9个"), found.get(0));
		assertTrue(found.get(1).contains("“全年预算总金额25567093.46元”") && found.get(1).endsWith("全年预算数 25,567,092.46元"),
				found.get(1));
		assertTrue(found.get(2).contains(" 二 “自评得分98.3分” ≠ 自评表 总分") && found.get(2).endsWith("得分 99.30分"), found.get(2));
	}
}
