package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project evaluations (schema version 8): kind, project header, codes and 不适用 rows survive the store,
 * and its list names each evaluation's kind and project.
 */
class ProjectEvaluationStoreTest {

	@TempDir
	Path dir;

	private EvaluationStore store;

	@BeforeEach
	void open() throws Exception {
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")));
	}

	@AfterEach
	void close() throws Exception {
		store.close();
	}

	@Test
	void aProjectEvaluationRoundTripsWithItsHeaderAndANotApplicableRow() throws Exception {
		Evaluation project = EvaluationResources.referenceProjects().get(3);
		Indicator row = project.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		row.setNotApplicable(true);
		project.getDepartment().setCompetentDepartmentCode("219");
		long id = store.insert(project, "tester");
		Evaluation loaded = store.load(id);
		Evaluations.assertEqual(project, loaded);
		assertEquals(EvaluationKind.PROJECT, loaded.getKind());
		assertEquals("党建专项资金", loaded.getProjectName());
		assertEquals("219001-23-0004", loaded.getProjectCode());
		assertTrue(loaded.isIllustrative());
		assertEquals("219", loaded.getDepartment().getCompetentDepartmentCode());
		assertTrue(loaded.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0).isNotApplicable());
		assertFalse(loaded.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).isNotApplicable());
		// 党建专项资金 without 发展党员 (15): (96.50 − 15) / 85 × 100 = 95.88
		assertEquals(new BigDecimal("95.88"), loaded.getTotalScore());
	}

	@Test
	void aCarriedOverProjectKeepsItsKind() throws Exception {
		Evaluation project = EvaluationResources.referenceProjects().get(8);
		project.setKind(EvaluationKind.CARRIED_OVER);
		project.setIllustrative(false);
		Evaluation loaded = store.load(store.insert(project, "tester"));
		assertEquals(EvaluationKind.CARRIED_OVER, loaded.getKind());
		assertFalse(loaded.isIllustrative());
	}

	@Test
	void theListNamesEachEvaluationsKindAndProject() throws Exception {
		long department = store.insert(EvaluationResources.referenceSample(), "tester");
		long project = store.insert(EvaluationResources.referenceProjects().get(3), "tester");
		Evaluation carried = EvaluationResources.referenceProjects().get(8);
		carried.setKind(EvaluationKind.CARRIED_OVER);
		long carriedOver = store.insert(carried, "tester");
		List<EvaluationSummary> list = store.list(EvaluationQuery.all());
		EvaluationSummary whole = list.stream().filter(s -> s.id() == department).findFirst().orElseThrow();
		assertEquals(EvaluationKind.DEPARTMENT, whole.kind());
		assertEquals(null, whole.projectName());
		EvaluationSummary party = list.stream().filter(s -> s.id() == project).findFirst().orElseThrow();
		assertEquals(EvaluationKind.PROJECT, party.kind());
		assertEquals("党建专项资金", party.projectName());
		assertEquals("219001-23-0004", party.projectCode());
		assertEquals(EvaluationKind.CARRIED_OVER, list.stream().filter(s -> s.id() == carriedOver).findFirst().orElseThrow().kind());
	}

	@Test
	void theDepartmentAndItsNineProjectsReconcileAfterTheStore() throws Exception {
		Evaluation department = store.load(store.insert(EvaluationResources.referenceSample(), "tester"));
		assertEquals(EvaluationKind.DEPARTMENT, department.getKind());
		assertEquals("219001-23-0001", department.getBudget().getProjects().get(0).getCode());
		List<Evaluation> projects = new ArrayList<>();
		for (Evaluation project : EvaluationResources.referenceProjects()) {
			projects.add(store.load(store.insert(project, "tester")));
		}
		assertEquals(List.of(), ProjectReconciliation.check(department, projects));
	}
}
