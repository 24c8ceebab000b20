package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.TargetBasis;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Project evaluations (项目支出绩效自评) in the workbench, on the reference department with eight of its
 * nine project evaluations stored (the ninth's amounts planted with a difference where a test says
 * so): the department's 项目总览 creates the missing one from its budget project, the officer fills an
 * actual, marks a row 不适用 (undone and redone through the command stack), sees the total rescaled,
 * saves, and finds it scored in the overview and the navigator; a planted difference of amounts is a
 * warning naming the project in the budget page, the overview and the Problems view, and in the budget
 * page of the project's own evaluation.
 */
class ProjectEvaluationsTest {

	private static final String UNIT = "项目自评测试单位";
	private static final String PARTY = "党建专项资金";
	private static final String PROCUREMENT = "政府采购";

	private static Shell shell;
	private static IEclipseContext context;
	private static final List<String> stored = new ArrayList<>();

	@BeforeAll
	static void window() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
	}

	@AfterAll
	static void clean() throws Exception {
		Workbench.run(() -> {
			EPartService parts = context.get(EPartService.class);
			parts.getParts().stream().filter(p -> p.getObject() instanceof EvaluationEditorPart).toList().forEach(p -> parts.hidePart(p, true));
		});
		for (String key : stored) {
			repository().delete(key);
		}
	}

	/** Stores the department's evaluation and its project evaluations but 党建专项资金 (and that of 政府采购 with 100 yuan less executed). */
	private static String storeDepartment(int year, boolean planted) throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		department.getDepartment().setName(UNIT);
		department.setFiscalYear(year);
		String key = repository().save(null, department);
		stored.add(key);
		for (Evaluation project : EvaluationResources.referenceProjects()) {
			if (PARTY.equals(project.getProjectName())) {
				continue;
			}
			project.getDepartment().setName(UNIT);
			project.setFiscalYear(year);
			if (planted && PROCUREMENT.equals(project.getProjectName())) {
				project.getBudget().setExecuted(project.getBudget().getExecuted().subtract(new BigDecimal("100")));
			}
			stored.add(repository().save(null, project));
		}
		return key;
	}

	@Test
	void createFillAndScoreAProjectEvaluationFromTheDepartmentsProjects() throws Exception {
		String key = storeDepartment(2031, false);
		EvaluationEditorPart department = open(key);
		Workbench.run(() -> department.showPage("项目总览"));
		Workbench.waitUntil("the project evaluations are read", 20_000, () -> department.projects().isRead());
		assertEquals(8, ui(() -> department.projects().linked().size()));
		Table overview = ui(() -> table(department, "projects"));
		int party = ui(() -> row(overview, PARTY));
		assertEquals("未自评", ui(() -> cell(overview, party, "状态")));
		assertTrue(ui(() -> label(department, "reconciliation")).isEmpty(), "the eight stored projects reconcile");

		Workbench.run(() -> {
			overview.setSelection(party);
			overview.notifyListeners(SWT.Selection, new Event());
			click(department, "打开/新建项目自评");
		});
		Workbench.waitUntil("the new project evaluation opens", 30_000, () -> editorOf(PARTY, 2031) != null);
		EvaluationEditorPart project = ui(() -> editorOf(PARTY, 2031));
		stored.add(project.key());
		Evaluation evaluation = project.session().evaluation();
		assertEquals(EvaluationKind.PROJECT, evaluation.getKind());
		assertEquals("219001-23-0004", evaluation.getProjectCode());
		assertEquals(PARTY, ui(() -> field(project, Literals.EVALUATION__PROJECT_NAME.getName()).getText()));
		assertEquals("219001-23-0004", ui(() -> field(project, Literals.EVALUATION__PROJECT_CODE.getName()).getText()));
		assertEquals("高新区管委会", ui(() -> field(project, Literals.DEPARTMENT__COMPETENT_DEPARTMENT.getName()).getText()));
		assertEquals(UNIT, ui(() -> field(project, Literals.DEPARTMENT__NAME.getName()).getText()));
		Workbench.screenshot(shell, "project-header");

		Workbench.run(() -> project.showPage("预算执行"));
		Table breakdowns = ui(() -> table(project, "breakdowns"));
		int thisYear = ui(() -> row(breakdowns, "本年财政拨款"));
		assertEquals("1250000.00", ui(() -> cell(breakdowns, thisYear, "全年预算数")), ui(() -> Arrays.stream(breakdowns.getItems())
				.map(i -> i.getText(0) + "/" + i.getText(1) + "/" + i.getText(2) + "/" + i.getText(3)).toList().toString()
				+ Arrays.stream(breakdowns.getColumns()).map(c -> c.getText()).toList()));
		assertTrue(ui(() -> row(breakdowns, "上年结转资金")) >= 0 && ui(() -> row(breakdowns, "其他资金")) >= 0);
		Workbench.screenshot(shell, "project-budget");

		String module = ModuleRegistry.getDefault().module("partybuilding").orElseThrow().name();
		Workbench.run(() -> project.showPage(module));
		Table indicators = ui(() -> indicatorTable(project));
		Indicator first = ui(() -> (Indicator) indicators.getItem(0).getData());
		Indicator second = ui(() -> (Indicator) indicators.getItem(1).getData());
		Workbench.run(() -> {
			indicators.setSelection(0);
			indicators.notifyListeners(SWT.Selection, new Event());
		});
		String actual = first.getTargetValue() == null ? first.getTargetText()
				: first.getTargetValue().toPlainString() + (first.getTargetUnit() == null ? "" : first.getTargetUnit());
		Workbench.type(ui(() -> field(project, Literals.INDICATOR__ACTUAL_TEXT.getName())), actual);
		Workbench.waitUntil("the actual reaches the model", 5_000, () -> actual.equals(first.getActualText()));
		Workbench.type(ui(() -> field(project, Literals.INDICATOR__INITIAL_TARGET_TEXT.getName())), "≥18次");
		Workbench.type(ui(() -> field(project, Literals.INDICATOR__SCORING_CRITERION.getName())), "每少1次扣1分");
		Workbench.waitUntil("年初指标值 and 评（扣）分标准 reach the model", 5_000,
				() -> "≥18次".equals(first.getInitialTargetText()) && "每少1次扣1分".equals(first.getScoringCriterion()));
		Button core = ui(() -> Workbench.find((Composite) project.part().getWidget(), Button.class, Fields.FEATURE,
				Literals.INDICATOR__CORE.getName()).get(0));
		Workbench.run(() -> {
			core.setSelection(true);
			core.notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(first.isCore(), "核心指标 reaches the model");
		Combo basis = ui(() -> Workbench.find((Composite) project.part().getWidget(), Combo.class, Fields.FEATURE,
				Literals.INDICATOR__TARGET_BASIS.getName()).get(0));
		assertEquals("计划标准", ui(basis::getText), "the template's basis of the target");
		Workbench.run(() -> {
			basis.select(basis.indexOf("行业标准"));
			basis.notifyListeners(SWT.Selection, new Event());
		});
		assertEquals(TargetBasis.INDUSTRY, first.getTargetBasis());
		Workbench.run(() -> project.session().domain().getCommandStack().undo());
		Workbench.waitUntil("undo takes the basis back and the combo follows", 5_000,
				() -> first.getTargetBasis() == TargetBasis.PLAN && "计划标准".equals(basis.getText()));

		// the other rows as the officer fills them: each reaches its target
		Workbench.run(() -> project.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(c -> c.getIndicators().stream()).filter(i -> i != first && i != second).forEach(i -> project.session().domain()
						.getCommandStack().execute(SetCommand.create(project.session().domain(), i, Literals.INDICATOR__ACTUAL_TEXT, i.getTargetText()))));
		Workbench.run(() -> {
			indicators.setSelection(1);
			indicators.notifyListeners(SWT.Selection, new Event());
		});
		Button notApplicable = ui(() -> Workbench.find((Composite) project.part().getWidget(), Button.class, Fields.FEATURE,
				Literals.INDICATOR__NOT_APPLICABLE.getName()).get(0));
		Workbench.run(() -> {
			notApplicable.setSelection(true);
			notApplicable.notifyListeners(SWT.Selection, new Event());
		});
		Workbench.waitUntil("不适用 reaches the model", 5_000, second::isNotApplicable);
		Workbench.waitUntil("the table marks the row", 5_000, () -> cell(indicators, 1, "不适用").equals("✓"));
		Workbench.run(() -> project.session().domain().getCommandStack().undo());
		assertFalse(second.isNotApplicable(), "undo takes 不适用 back");
		Workbench.waitUntil("the checkbox follows the undo", 5_000, () -> !notApplicable.getSelection());
		Workbench.run(() -> project.session().domain().getCommandStack().redo());
		assertTrue(second.isNotApplicable(), "redo marks it again");
		Workbench.screenshot(shell, "project-not-applicable");

		Workbench.run(() -> project.showPage("评分"));
		String rescaled = ui(() -> label(project, "totalExplanation"));
		assertTrue(rescaled.contains("不适用指标 " + second.getName()) && rescaled.contains("× 100"), rescaled);
		BigDecimal total = ui(() -> project.session().sheet().total());
		Workbench.screenshot(shell, "project-score-rescaled");

		Workbench.run(project::save);
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		Workbench.waitUntil("the project evaluation is saved", 10_000, () -> !project.part().isDirty());

		Workbench.run(() -> activate(department));
		// the overview listed the new evaluation as stored when created, and reads it again once saved
		Workbench.waitUntil("the overview reads the saved project evaluation", 20_000, () -> department.projects().linked().size() == 9
				&& Fields.format(total).equals(cell(overview, row(overview, PARTY), "得分")));
		assertEquals("100.00%", ui(() -> cell(overview, row(overview, PARTY), "执行率")));
		assertTrue(ui(() -> cell(overview, row(overview, PARTY), "状态")).contains("第 " + project.key() + " 号"));
		Workbench.screenshot(shell, "department-overview");

		EvaluationNavigatorPart navigator = navigator();
		Workbench.run(navigator::refresh);
		Workbench.waitUntil("the navigator lists the project evaluation", 20_000, () -> navigator.labels().stream()
				.anyMatch(l -> l.startsWith("第 " + project.key() + " 号 · 项目支出：" + PARTY) && l.contains(Fields.format(total) + " 分")));
		assertTrue(ui(() -> navigator.labels()).stream().anyMatch(l -> l.startsWith("第 " + key + " 号 · 部门整体")));
		Workbench.run(() -> navigator.select(project.key()));
		Workbench.screenshot(shell, "navigator-projects");
	}

	@Test
	void aProjectEvaluatedLastYearIsCopiedWithThisYearsAmounts() throws Exception {
		Evaluation last = EvaluationResources.referenceProjects().stream().filter(p -> PARTY.equals(p.getProjectName())).findFirst().orElseThrow();
		last.getDepartment().setName(UNIT);
		last.setFiscalYear(2033);
		String lastKey = repository().save(null, last);
		stored.add(lastKey);
		Evaluation department = EvaluationResources.referenceSample();
		department.getDepartment().setName(UNIT);
		department.setFiscalYear(2034);
		BudgetProject party = department.getBudget().getProjects().stream().filter(p -> PARTY.equals(p.getName())).findFirst().orElseThrow();
		party.setAdjustedBudget(new BigDecimal("1300000.00"));
		party.setExecuted(new BigDecimal("1287000.00"));
		String key = repository().save(null, department);
		stored.add(key);

		EvaluationEditorPart editor = open(key);
		Workbench.run(() -> editor.showPage("预算执行"));
		Workbench.waitUntil("the project evaluations are read", 20_000, () -> editor.projects().isRead());
		Table projects = ui(() -> table(editor, "projects"));
		Workbench.run(() -> {
			projects.setSelection(row(projects, PARTY));
			projects.notifyListeners(SWT.Selection, new Event());
			click(editor, "打开/新建项目自评");
		});
		Workbench.waitUntil("the copied project evaluation opens", 30_000, () -> editorOf(PARTY, 2034) != null);
		EvaluationEditorPart copy = ui(() -> editorOf(PARTY, 2034));
		stored.add(copy.key());
		Evaluation evaluation = copy.session().evaluation();
		assertEquals(2034, evaluation.getFiscalYear());
		assertEquals(last.getProjectCode(), evaluation.getProjectCode());
		assertEquals(names(last), names(evaluation), "last year's indicators, targets and weights");
		assertTrue(indicators(evaluation).stream().allMatch(i -> i.getActualText() == null || i.getActualText().isEmpty()), "actuals cleared");
		assertEquals(0, new BigDecimal("1300000.00").compareTo(evaluation.getBudget().getAdjustedBudget()));
		assertEquals(0, new BigDecimal("1287000.00").compareTo(evaluation.getBudget().getExecuted()));
		assertEquals(0, new BigDecimal("1287000.00").compareTo(evaluation.getBudget().getBreakdowns().stream()
				.filter(l -> "本年财政拨款".equals(l.getLabel())).findFirst().orElseThrow().getExecuted()));
		Workbench.run(() -> activate(editor));
		Workbench.waitUntil("the budget page shows the project's evaluation", 10_000,
				() -> editor.projects().of(party).isPresent() && !cell(projects, row(projects, PARTY), "项目自评").equals("未自评"));

		EvaluationNavigatorPart navigator = navigator();
		Workbench.run(navigator::refresh);
		Workbench.waitUntil("the navigator lists last year's project evaluation, whose 部门整体 is missing", 20_000,
				() -> navigator.labels().stream().anyMatch(l -> l.startsWith("第 " + lastKey + " 号 · 项目支出：" + PARTY)));
	}

	private static EvaluationNavigatorPart navigator() throws Exception {
		return ui(() -> (EvaluationNavigatorPart) context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator").getObject());
	}

	@Test
	void aBudgetProjectWithoutCodeGetsOneAsAnUndoableChangeAndOneOfAMissingModuleIsRefused() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		department.getDepartment().setName(UNIT);
		department.setFiscalYear(2035);
		department.getBudget().getProjects().stream().filter(p -> PROCUREMENT.equals(p.getName())).findFirst().orElseThrow().setCode(null);
		department.getBudget().getProjects().get(0).setModuleId("nosuchmodule");
		String key = repository().save(null, department);
		stored.add(key);
		EvaluationEditorPart editor = open(key);
		Workbench.run(() -> editor.showPage("预算执行"));
		Workbench.waitUntil("the project evaluations are read", 20_000, () -> editor.projects().isRead());
		Table projects = ui(() -> table(editor, "projects"));
		BudgetProject procurement = ui(() -> editor.session().evaluation().getBudget().getProjects().stream()
				.filter(p -> PROCUREMENT.equals(p.getName())).findFirst().orElseThrow());
		assertTrue(ui(() -> label(editor, "reconciliation")).contains(PROCUREMENT), "a project without a code cannot be matched");
		Workbench.run(() -> {
			projects.setSelection(row(projects, PROCUREMENT));
			projects.notifyListeners(SWT.Selection, new Event());
			click(editor, "打开/新建项目自评");
		});
		assertEquals("P09", procurement.getCode(), "the code from the project's place, the department having none");
		assertTrue(editor.part().isDirty(), "the 部门整体 must be saved for the link to hold");
		Workbench.waitUntil("the new project evaluation opens", 30_000, () -> editorOf(PROCUREMENT, 2035) != null);
		EvaluationEditorPart project = ui(() -> editorOf(PROCUREMENT, 2035));
		stored.add(project.key());
		assertEquals("P09", project.session().evaluation().getProjectCode());
		Workbench.run(() -> activate(editor));
		Workbench.waitUntil("the code's warning is gone", 10_000, () -> !label(editor, "reconciliation").contains(PROCUREMENT));
		Workbench.run(() -> editor.session().domain().getCommandStack().undo());
		assertEquals(null, procurement.getCode(), "undo takes the code back");
		Workbench.run(() -> editor.session().domain().getCommandStack().redo());
		assertEquals("P09", procurement.getCode());

		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "未能创建项目自评", dialog -> {
			refusal.set(Workbench.texts(dialog));
			dialog.close();
		}, failure));
		Workbench.run(() -> {
			activate(editor);
			projects.setSelection(row(projects, "人员支出"));
			projects.notifyListeners(SWT.Selection, new Event());
			click(editor, "打开/新建项目自评");
		});
		Workbench.waitUntil("the refusal is shown", 30_000, () -> refusal.get() != null);
		assertEquals(null, failure.get());
		assertTrue(refusal.get().contains("人员支出") && refusal.get().contains("nosuchmodule"), refusal.get());
		assertTrue(repository().list().stream().noneMatch(e -> e.fiscalYear() == 2035 && "人员支出".equals(e.projectName())), "nothing stored");
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream()).toList();
	}

	private static List<String> names(Evaluation evaluation) {
		return indicators(evaluation).stream().map(i -> i.getName() + "|" + i.getTargetText() + "|" + i.getWeight()).toList();
	}

	@Test
	void aPlantedDifferenceOfAmountsIsAWarningNamingTheProject() throws Exception {
		String key = storeDepartment(2032, true);
		EvaluationEditorPart department = open(key);
		Workbench.run(() -> department.showPage("预算执行"));
		Workbench.waitUntil("the project evaluations are read", 20_000, () -> department.projects().isRead());
		Workbench.waitUntil("the budget page shows the warning", 5_000, () -> label(department, "reconciliation").contains(PROCUREMENT));
		String warning = ui(() -> label(department, "reconciliation"));
		assertTrue(warning.contains("全年执行数") && warning.contains("391,100.00") && warning.contains("391,000.00"), warning);
		assertFalse(warning.contains(PARTY), "a project without an evaluation yet is no warning: " + warning);
		assertEquals(1, ui(() -> department.reconciliationProblems().size()));
		Table problems = ui(() -> Workbench.find((Composite) context.get(EPartService.class).findPart("org.jixiao.ui.part.problems").getWidget(),
				Table.class, Fields.FEATURE, "problems").get(0));
		try {
			Workbench.waitUntil("the Problems view names the project", 5_000,
					() -> Arrays.stream(problems.getItems()).anyMatch(i -> i.getText(1).endsWith(PROCUREMENT) && i.getText(2).contains("全年执行数")));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": " + ui(() -> Arrays.stream(problems.getItems()).map(i -> i.getText(1) + " | " + i.getText(2)).toList()));
		}
		Workbench.screenshot(shell, "reconciliation-warning");

		Workbench.run(() -> department.showPage("项目总览"));
		assertTrue(ui(() -> label(department, "reconciliation")).contains(PROCUREMENT));

		String procurement = repository().list().stream().filter(e -> PROCUREMENT.equals(e.projectName()) && e.fiscalYear() == 2032)
				.findFirst().orElseThrow().id();
		EvaluationEditorPart project = open(procurement);
		Workbench.run(() -> project.showPage("预算执行"));
		Workbench.waitUntil("the project's budget page shows the difference with its 部门整体", 20_000,
				() -> label(project, "reconciliation").contains("全年执行数") && label(project, "reconciliation").contains("391,000.00"));
		assertEquals(1, ui(() -> project.reconciliationProblems().size()));
	}

	private static EvaluationEditorPart open(String key) throws Exception {
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertTrue(editor.session() != null, "the evaluation was opened");
		return editor;
	}

	private static void activate(EvaluationEditorPart editor) {
		context.get(EPartService.class).activate(editor.part());
	}

	/** On the UI thread: the open editor of the stored project evaluation of that name and year. */
	private static EvaluationEditorPart editorOf(String projectName, int year) {
		for (MPart part : context.get(EPartService.class).getParts()) {
			if (part.getObject() instanceof EvaluationEditorPart editor && editor.session() != null && editor.key() != null
					&& projectName.equals(editor.session().evaluation().getProjectName()) && editor.session().evaluation().getFiscalYear() == year) {
				return editor;
			}
		}
		return null;
	}

	/** On the UI thread: clicks the editor's visible button of that text. */
	private static void click(EvaluationEditorPart editor, String text) {
		Button button = Workbench.button((Composite) editor.part().getWidget(), text).orElseThrow(() -> new AssertionError("no button " + text));
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Table table(EvaluationEditorPart editor, String feature) {
		return Workbench.find((Composite) editor.part().getWidget(), Table.class, Fields.FEATURE, feature).get(0);
	}

	/** On the UI thread: the visible indicator table of a module page, the one with a 不适用 column. */
	private static Table indicatorTable(EvaluationEditorPart editor) {
		return Workbench.all((Composite) editor.part().getWidget(), Table.class).stream()
				.filter(t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("不适用"))).findFirst().orElseThrow();
	}

	private static Text field(EvaluationEditorPart editor, String feature) {
		return Workbench.find((Composite) editor.part().getWidget(), Text.class, Fields.FEATURE, feature).get(0);
	}

	private static String label(EvaluationEditorPart editor, String feature) {
		List<Label> labels = Workbench.find((Composite) editor.part().getWidget(), Label.class, Fields.FEATURE, feature);
		return labels.isEmpty() ? "" : labels.get(0).getText();
	}

	/** On the UI thread: the index of the row whose first cell is that text, or -1. */
	private static int row(Table table, String first) {
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getText(0).equals(first)) {
				return i;
			}
		}
		return -1;
	}

	/** On the UI thread: the text of a row's cell in the column of that title (with or without its unit, 元). */
	private static String cell(Table table, int row, String column) {
		List<String> titles = Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
		int index = titles.indexOf(column) >= 0 ? titles.indexOf(column) : titles.indexOf(column + "（元）");
		return table.getItem(row).getText(index);
	}
}
