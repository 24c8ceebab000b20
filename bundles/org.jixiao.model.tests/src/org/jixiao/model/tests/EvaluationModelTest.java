package org.jixiao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.model.evaluation.TargetBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated metamodel: registration, literals, and exact XMI round trips of every part. */
class EvaluationModelTest {

	private static final EvaluationFactory F = EvaluationFactory.eINSTANCE;

	@Test
	void thePackageIsRegisteredByItsNamespace() {
		assertSame(EvaluationPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://jixiao.org/evaluation/1.0"));
	}

	@Test
	void moneyAndScoresAreBigDecimalsAndEnumerationsAreEEnums() {
		assertSame(EcorePackage.Literals.EBIG_DECIMAL, EvaluationPackage.Literals.AMOUNTS__ADJUSTED_BUDGET.getEType());
		assertSame(EcorePackage.Literals.EBIG_DECIMAL, EvaluationPackage.Literals.INDICATOR__WEIGHT.getEType());
		assertEquals(Comparator.AT_LEAST, Comparator.get("≥"));
		assertEquals(Grade.EXCELLENT, Grade.get("优"));
		assertEquals(MoneyUnit.WAN_YUAN, MoneyUnit.get("万元"));
		assertEquals(TargetBasis.INDUSTRY, TargetBasis.get("行业标准"));
	}

	@Test
	void theConstraintsAreNamedInTheMetamodel() {
		String constraints = EcoreUtil.getAnnotation(EvaluationPackage.Literals.INDICATOR, EcorePackage.eNS_URI, "constraints");
		for (String name : new String[] { "weightPositive", "targetParses", "actualParses", "unitsCompatible", "deviationExplained" }) {
			assertTrue(constraints.contains(name), name);
		}
	}

	@Test
	void everyPartSurvivesAnXmiRoundTripExactly(@TempDir Path dir) throws Exception {
		Evaluation evaluation = F.createEvaluation();
		evaluation.setFiscalYear(2023);
		evaluation.setMoneyUnit(MoneyUnit.WAN_YUAN);
		evaluation.setFormatId("sichuan-project");
		evaluation.setPreparedOn(new Date(1700000000000L));
		evaluation.setDepartment(F.createDepartment());
		evaluation.getDepartment().setName("党政办公室");
		Budget budget = F.createBudget();
		budget.setWeight(BigDecimal.TEN);
		budget.setAdjustedBudget(new BigDecimal("25567092.46"));
		budget.setExecuted(new BigDecimal("25567092.46"));
		BudgetLine line = F.createBudgetLine();
		line.setLabel("当年财政拨款");
		line.setCategory(BudgetCategory.INCOME);
		line.setAdjustedBudget(new BigDecimal("25567092.46"));
		budget.getBreakdowns().add(line);
		evaluation.setBudget(budget);
		IndicatorCategory category = F.createIndicatorCategory();
		category.setName("产出指标");
		category.setWeight(new BigDecimal("90"));
		IndicatorSubcategory subcategory = F.createIndicatorSubcategory();
		subcategory.setName("数量指标");
		Indicator indicator = F.createIndicator();
		indicator.setName("发展党员");
		indicator.setComparator(Comparator.AT_MOST);
		indicator.setTargetText("≤650万元");
		indicator.setWeight(new BigDecimal("1.5"));
		indicator.setCore(true);
		indicator.setInitialTargetText("≤600万元");
		indicator.setTargetBasis(TargetBasis.HISTORY);
		indicator.setScoringCriterion("每超出1%扣0.5分");
		ScoreAdjustment adjustment = F.createScoreAdjustment();
		adjustment.setScore(new BigDecimal("1.25"));
		adjustment.setReason("目标设定偏低");
		indicator.setAdjustment(adjustment);
		IndicatorDetail detail = F.createIndicatorDetail();
		detail.setName("其中：省级");
		detail.setActualText("6篇");
		indicator.getDetails().add(detail);
		subcategory.getIndicators().add(indicator);
		category.getSubcategories().add(subcategory);
		evaluation.getCategories().add(category);
		NarrativeSection section = F.createNarrativeSection();
		section.setKind(SectionKind.NEXT_STEPS);
		section.setNumber("三、");
		section.getParagraphs().add("一是抓好主题教育。");
		evaluation.getNarrative().add(section);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		URI uri = URI.createFileURI(dir.resolve("e.xmi").toString());
		Resource out = resourceSet.createResource(uri);
		out.getContents().add(evaluation);
		out.save(Map.of());
		Resource in = new ResourceSetImpl().getResource(uri, true);
		Evaluation loaded = (Evaluation) in.getContents().get(0);
		assertTrue(EcoreUtil.equals(evaluation, loaded));
		assertEquals(new BigDecimal("25567092.46"), loaded.getBudget().getAdjustedBudget());
		Indicator row = loaded.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		assertEquals(Comparator.AT_MOST, row.getComparator());
		assertEquals("≤600万元", row.getInitialTargetText());
		assertEquals(TargetBasis.HISTORY, row.getTargetBasis());
		assertEquals("每超出1%扣0.5分", row.getScoringCriterion());
		assertEquals("sichuan-project", loaded.getFormatId());
	}
}
