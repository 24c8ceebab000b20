package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.core.validation.ProjectReconciliation.Amount;
import org.jixiao.core.validation.ProjectReconciliation.Finding;
import org.jixiao.core.validation.ProjectReconciliation.Kind;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reference department's nine project evaluations: illustrative, valid, and reconciling with its budget. */
class ReferenceProjectsTest {

	private static final List<String> NAMES = List.of("人员支出", "公用支出", "村干部报酬", "党建专项资金", "党政业务专项", "运转保障专项", "人社业务专项",
			"人才扶持专项", "政府采购");

	@Test
	void theNineProjectsAreIllustrativeProjectEvaluationsOfTheDepartmentsBudgetProjects() throws Exception {
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		assertEquals(NAMES, projects.stream().map(Evaluation::getProjectName).toList());
		Evaluation department = EvaluationResources.referenceSample();
		assertEquals(department.getBudget().getProjects().stream().map(p -> p.getCode()).toList(),
				projects.stream().map(Evaluation::getProjectCode).toList());
		for (Evaluation project : projects) {
			assertEquals(EvaluationKind.PROJECT, project.getKind());
			assertTrue(project.isIllustrative(), project.getProjectName());
			assertEquals(2023, project.getFiscalYear());
			assertEquals("党政办公室", project.getDepartment().getName());
			Diagnostic diagnostic = EvaluationDiagnostician.validate(project, null);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> project.getProjectName() + ": "
					+ diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList());
		}
		assertEquals(new BigDecimal("25567092.46"), projects.stream().map(p -> p.getBudget().getAdjustedBudget())
				.reduce(BigDecimal.ZERO, BigDecimal::add), "the projects add up to the department's 全年预算");
	}

	@Test
	void theProjectsScoreFullExceptTheOneDeviationOfThePartyBuildingFund() throws Exception {
		EvaluationScorer scorer = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020));
		List<BigDecimal> totals = EvaluationResources.referenceProjects().stream().map(p -> scorer.score(p).total()).toList();
		// 党建专项资金: 非公党建工作指导员补助发放 15 × 23/30 = 11.50 instead of 15 → 100 − 3.50 = 96.50.
		assertEquals(List.of("100.00", "100.00", "100.00", "96.50", "100.00", "100.00", "100.00", "100.00", "100.00"),
				totals.stream().map(BigDecimal::toPlainString).toList());
	}

	@Test
	void theNineProjectsReconcileWithTheDepartmentsBudget() throws Exception {
		List<Finding> findings = ProjectReconciliation.check(EvaluationResources.referenceSample(), EvaluationResources.referenceProjects());
		assertEquals(List.of(), findings);
	}

	@Test
	void aPlantedDifferenceIsAWarningNamingTheProjectTheAmountAndBothValues() throws Exception {
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		projects.get(5).getBudget().setExecuted(new BigDecimal("2046000.00"));
		List<Finding> findings = ProjectReconciliation.check(EvaluationResources.referenceSample(), projects);
		assertEquals(1, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertEquals(Kind.AMOUNT_DIFFERS, finding.kind());
		assertTrue(finding.isWarning());
		assertEquals("运转保障专项", finding.project());
		assertEquals("219001-23-0006", finding.code());
		assertEquals(Amount.EXECUTED, finding.amount());
		assertEquals(new BigDecimal("2046300.00"), finding.departmentValue());
		assertEquals(new BigDecimal("2046000.00"), finding.projectValue());
		assertTrue(finding.message().contains("运转保障专项") && finding.message().contains("2,046,300.00")
				&& finding.message().contains("2,046,000.00") && finding.message().contains("-300.00"), finding.message());
	}

	@Test
	void missingStrayAndDuplicateProjectEvaluationsAreReported() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		Evaluation stray = projects.get(8);
		stray.setProjectCode("219001-23-0099");
		Evaluation duplicate = EvaluationResources.referenceProjects().get(0);
		Evaluation otherYear = EvaluationResources.referenceProjects().get(1);
		otherYear.setFiscalYear(2022);
		List<Finding> findings = ProjectReconciliation.check(department,
				List.of(projects.get(0), duplicate, projects.get(1), projects.get(2), projects.get(3), projects.get(4), projects.get(5),
						projects.get(6), projects.get(7), stray, otherYear));
		assertEquals(List.of(Kind.DUPLICATE, Kind.NO_EVALUATION, Kind.NOT_IN_BUDGET), findings.stream().map(Finding::kind).toList());
		assertEquals("政府采购", findings.get(1).project());
		assertTrue(!findings.get(1).isWarning(), "a project not evaluated yet is information");
	}

	@Test
	@Tag("zh")
	void namesTheDifferenceInChinese() throws Exception {
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		projects.get(3).getBudget().setInitialBudget(new BigDecimal("1200000"));
		List<Finding> findings = ProjectReconciliation.check(EvaluationResources.referenceSample(), projects);
		assertEquals("党建专项资金（219001-23-0004）：年初预算数在部门整体预算中为1,250,000.00元，在项目自评表中为1,200,000.00元，相差-50,000.00元",
				findings.get(0).message());
	}
}
