package org.jixiao.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The cross-check's warning as a Chinese officer reads it, in a JVM whose default locale is zh_CN. */
@Tag("zh")
class NarrativeCrossCheckChineseTest {

	@Test
	void aDisagreementNamesTheNarrativesPlaceAndTheTablesRowInChinese() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		Indicator members = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().stream()
				.filter(i -> "发展党员".equals(i.getName())).findFirst().orElseThrow();
		members.setActualText("31名");
		List<String> found = EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.filter(d -> d.getCode() == EvaluationProblem.NARRATIVE_AGREES.code()).map(Diagnostic::getMessage).toList();
		assertEquals(List.of("叙述 一（三）2 “发展党员30名” ≠ 产出指标 / 数量指标 / 发展党员 实际完成值 31名"), found);
	}
}
