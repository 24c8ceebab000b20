package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.validation.EvaluationProblem;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.interchange.ImportWizard;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.NewEvaluationDialog;
import org.jixiao.ui.internal.report.ReportDialog;
import org.jixiao.ui.internal.report.ReportPreviewPart;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The acceptance scenario of the workbench, in the real window and through its commands and
 * dialogs: create an evaluation with the new-evaluation dialog, enter a target and an actual, see
 * the score and the Problems part change, undo, explain the deviation, save to Derby, close, reopen,
 * generate the PDF report and preview it; import a table through the import wizard; copy to a new
 * year and delete through the navigator's commands.
 */
@TestMethodOrder(OrderAnnotation.class)
class AcceptanceTest {

	private static final String DEPARTMENT = "验收测试局";
	private static final String INDICATOR = "发展党员";
	private static final String TARGET = "≥40名";
	private static final String ACTUAL = "20名";
	private static final String REASON = "发展计划调整，部分对象推迟到下年度。";

	private static Shell shell;
	private static IEclipseContext context;
	private static EvaluationEditorPart editor;
	private static String key;

	@Test
	@Order(1)
	void theNewEvaluationDialogCreatesStoresAndOpensAnEvaluation() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		Workbench.screenshot(shell, "workbench-start");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "新建自评", dialog -> {
			find(dialog, Text.class, NewEvaluationDialog.FIELD, "department").get(0).setText(DEPARTMENT);
			find(dialog, Spinner.class, NewEvaluationDialog.FIELD, "year").get(0).setSelection(2024);
			assertTrue(find(dialog, Button.class, NewEvaluationDialog.FIELD, "module:partybuilding").get(0).getSelection(),
					"the installed modules are offered, checked");
			Workbench.screenshot(dialog, "dialog-new-evaluation");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.new");
		assertNull(failure.get());
		waitUntil("the new evaluation is open", 20_000, () -> editor() != null && editor().key() != null
				&& DEPARTMENT.equals(editor().session().evaluation().getDepartment().getName()));
		editor = ui(AcceptanceTest::editor);
		key = editor.key();
		assertFalse(ui(() -> editor.part().isDirty()), "the new evaluation was stored");
		assertEquals(2024, ui(() -> editor.session().evaluation().getFiscalYear()));
		waitUntil("the navigator lists it", 20_000, () -> navigatorText().contains(DEPARTMENT));
		Workbench.screenshot(shell, "navigator-new-evaluation");
	}

	@Test
	@Order(2)
	void aTargetAndAnActualChangeTheScoreAndTheProblemsAndUndoRevertsThem() throws Exception {
		String targetBefore = ui(() -> indicator().getTargetText());
		BigDecimal totalBefore = ui(() -> editor.session().sheet().total());
		List<Integer> problemsBefore = ui(AcceptanceTest::problemsOfTheIndicator);
		Workbench.type(field(Literals.INDICATOR__TARGET_TEXT.getName()), TARGET);
		Workbench.type(field(Literals.INDICATOR__ACTUAL_TEXT.getName()), ACTUAL);
		waitUntil("both values are in the model", 5_000, () -> ACTUAL.equals(indicator().getActualText()));
		BigDecimal weight = ui(() -> indicator().getWeight());
		BigDecimal half = weight.divide(BigDecimal.valueOf(2));
		assertTrue(half.subtract(ui(() -> indicator().getScore())).abs().compareTo(new BigDecimal("0.01")) <= 0, "weight × 20/40");
		assertNotEquals(totalBefore, ui(() -> editor.session().sheet().total()));
		assertTrue(deviationProblem(), "the deviation needs an explanation");
		assertNotEquals(problemsBefore, ui(AcceptanceTest::problemsOfTheIndicator));
		waitUntil("the Problems part lists it", 5_000, () -> problemRows().stream().anyMatch(r -> r.contains(INDICATOR)));
		Workbench.screenshot(shell, "acceptance-module-page-with-problem");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals(targetBefore, ui(() -> indicator().getTargetText()));
		assertNull(ui(() -> indicator().getActualText()));
		assertEquals(totalBefore, ui(() -> editor.session().sheet().total()));
		assertEquals(problemsBefore, ui(AcceptanceTest::problemsOfTheIndicator));
		Workbench.execute(context, "org.jixiao.ui.command.redo");
		Workbench.execute(context, "org.jixiao.ui.command.redo");
		assertTrue(deviationProblem());
	}

	@Test
	@Order(3)
	void anExplanationRemovesTheProblemAndTheValuesSurviveSaveCloseReopen() throws Exception {
		Workbench.run(() -> editor.reveal(indicator(), Literals.INDICATOR__DEVIATION_REASON));
		Workbench.type(field(Literals.INDICATOR__DEVIATION_REASON.getName()), REASON);
		waitUntil("the explanation is in the model", 5_000, () -> REASON.equals(indicator().getDeviationReason()));
		assertFalse(deviationProblem());
		Workbench.run(() -> editor.showPage("偏差分析"));
		Workbench.screenshot(shell, "acceptance-deviations");
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the editor is clean", 10_000, () -> !editor.part().isDirty());
		BigDecimal total = ui(() -> editor.session().sheet().total());
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class),
				context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertEquals(TARGET, ui(() -> indicator().getTargetText()));
		assertEquals(ACTUAL, ui(() -> indicator().getActualText()));
		assertEquals(REASON, ui(() -> indicator().getDeviationReason()));
		assertEquals(total, ui(() -> editor.session().sheet().total()));
		Workbench.run(() -> editor.showPage("评分"));
		Workbench.screenshot(shell, "acceptance-score");
	}

	@Test
	@Order(4)
	void theReportDialogWritesThePdfAndThePreviewShowsTheHtml() throws Exception {
		Path out = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots")).resolveSibling("reports");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> result = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "生成报告", dialog -> {
			find(dialog, Text.class, Fields.FEATURE, ReportDialog.FOLDER).get(0).setText(out.toString());
			find(dialog, Button.class, Fields.FEATURE, "DOCX").get(0).setSelection(false);
			find(dialog, Button.class, Fields.FEATURE, "XLSX").get(0).setSelection(false);
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			awaitResult(dialog, result, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.report");
		waitUntil("the report was written", 120_000, () -> result.get() != null || failure.get() != null);
		assertNull(failure.get());
		Path pdf = out.resolve("2024-" + DEPARTMENT + "-自评报告.pdf");
		assertTrue(result.get().contains(pdf.toString()), result.get());
		assertTrue(Files.size(pdf) > 1000);
		Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
		String content = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.waitFor(60, TimeUnit.SECONDS));
		assertTrue(content.contains(DEPARTMENT), "the PDF names the department");
		waitUntil("the preview is open", 20_000, () -> context.get(EPartService.class).getParts().stream()
				.anyMatch(p -> ReportPreviewPart.DESCRIPTOR.equals(p.getElementId()) && p.getObject() != null));
		Thread.sleep(2_000);
		Workbench.screenshot(shell, "report-preview");
	}

	/** On the UI thread: waits for the dialog's result, screenshots it and opens the preview. */
	private static void awaitResult(Shell dialog, AtomicReference<String> result, AtomicReference<Throwable> failure) {
		Text text = find(dialog, Text.class, Fields.FEATURE, ReportDialog.RESULT).get(0);
		if (text.getText().isEmpty()) {
			dialog.getDisplay().timerExec(200, () -> awaitResult(dialog, result, failure));
			return;
		}
		try {
			Workbench.screenshot(dialog, "dialog-report");
			result.set(text.getText());
			Workbench.button(dialog, "预览").orElseThrow().notifyListeners(SWT.Selection, new Event());
		} catch (Exception | Error e) {
			failure.set(e);
			dialog.close();
		}
	}

	@Test
	@Order(5)
	void theImportWizardPreviewsATableAndStoresIt() throws Exception {
		Path table = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots")).resolveSibling("import.xlsx");
		new XlsxExporter().write(EvaluationResources.referenceSample(), table);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> summary = new AtomicReference<>();
		AtomicBoolean asked = new AtomicBoolean();
		boolean stored = ui(
				() -> repository().list().stream().anyMatch(e -> "党政办公室".equals(e.department()) && e.fiscalYear() == 2023 && !e.isProject()));
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导入自评", dialog -> {
			find(dialog, Text.class, Fields.FEATURE, ImportWizard.FILE).get(0).setText(table.toString());
			Workbench.button(dialog, IDialogConstants.NEXT_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
			summary.set(find(dialog, Label.class, Fields.FEATURE, ImportWizard.SUMMARY).get(0).getText());
			Workbench.screenshot(dialog, "dialog-import-preview");
			Workbench.whenShown(shell.getDisplay(), "已有同年度评价", question -> {
				asked.set(true);
				Workbench.button(question, "另存为新版本").orElseThrow().notifyListeners(SWT.Selection, new Event());
			}, failure);
			Workbench.button(dialog, IDialogConstants.FINISH_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.import");
		waitUntil("the import finished", 20_000, () -> summary.get() != null || failure.get() != null);
		assertNull(failure.get());
		assertTrue(summary.get().contains("党政办公室") && summary.get().contains("2023") && summary.get().contains("99.30"), summary.get());
		waitUntil("the imported evaluation is open", 20_000, () -> editor() != null && editor() != editor
				&& "党政办公室".equals(editor().session().evaluation().getDepartment().getName()));
		assertEquals(stored, asked.get(), "a second evaluation of the same department and year is stored only after asking");
		assertEquals(new BigDecimal("99.30"), ui(() -> editor().session().sheet().total()));
		waitUntil("the navigator lists it", 20_000, () -> navigatorText().contains("党政办公室"));
		Workbench.screenshot(shell, "workbench-imported");
	}

	@Test
	@Order(6)
	void copyingToANewYearKeepsTargetsAndClearsActualsAndDeleteAsksFirst() throws Exception {
		selectInNavigator(key);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "复制为新年度", dialog -> {
			text(dialog).setText("2025");
			Workbench.screenshot(dialog, "dialog-copy-to-new-year");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.copyYear");
		assertNull(failure.get());
		waitUntil("the 2025 draft is open", 20_000, () -> editor() != null && editor().session() != null
				&& editor().session().evaluation().getFiscalYear() == 2025);
		EvaluationEditorPart copy = ui(AcceptanceTest::editor);
		String copyKey = copy.key();
		Indicator copied = ui(() -> copy.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> INDICATOR.equals(i.getName())).findFirst().orElseThrow());
		assertEquals(TARGET, copied.getTargetText(), "the target is carried over");
		assertNull(copied.getActualText(), "the actual value is cleared");
		assertNull(copied.getDeviationReason(), "the explanation is cleared");

		Workbench.run(() -> context.get(EPartService.class).hidePart(copy.part(), true));
		selectInNavigator(copyKey);
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "删除自评", dialog -> {
			Workbench.screenshot(dialog, "dialog-delete");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.delete");
		assertNull(failure.get());
		waitUntil("the navigator no longer lists the copy", 20_000, () -> !navigatorText().contains("2025"));
		assertTrue(ui(() -> repository().list().stream().noneMatch(e -> e.id().equals(copyKey))));
	}

	/** @return the only text field of a dialog */
	private static Text text(Composite root) {
		for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
			if (child instanceof Text found) {
				return found;
			}
			if (child instanceof Composite composite && text(composite) != null) {
				return text(composite);
			}
		}
		return null;
	}

	/** Activates the navigator and selects the evaluation with that key, as a click does. */
	private static void selectInNavigator(String evaluationKey) throws Exception {
		MPart navigator = ui(() -> context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator"));
		Workbench.run(() -> context.get(EPartService.class).activate(navigator));
		waitUntil("the navigator lists " + evaluationKey, 20_000, () -> navigatorText().contains("第 " + evaluationKey + " 号"));
		Workbench.run(() -> {
			org.eclipse.swt.widgets.Tree tree = find((Composite) navigator.getWidget(), org.eclipse.swt.widgets.Tree.class, Fields.FEATURE,
					"navigator").get(0);
			for (org.eclipse.swt.widgets.TreeItem department : tree.getItems()) {
				for (org.eclipse.swt.widgets.TreeItem year : department.getItems()) {
					for (org.eclipse.swt.widgets.TreeItem entry : year.getItems()) {
						if (entry.getText().startsWith("第 " + evaluationKey + " 号")) {
							tree.setSelection(entry);
							tree.notifyListeners(SWT.Selection, selectionEvent(entry));
						}
					}
				}
			}
		});
	}

	private static Event selectionEvent(org.eclipse.swt.widgets.TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	private static EvaluationEditorPart editor() {
		return context.getActiveLeaf().get(EvaluationEditorPart.class);
	}

	private static Indicator indicator() {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> INDICATOR.equals(i.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no indicator " + INDICATOR));
	}

	private static Text field(String feature) throws Exception {
		return ui(() -> {
			editor.reveal(indicator(), Literals.INDICATOR__TARGET_TEXT);
			List<Text> texts = find((Composite) editor.part().getWidget(), Text.class, Fields.FEATURE, feature);
			assertEquals(1, texts.size(), "one visible field edits " + feature);
			return texts.get(0);
		});
	}

	private static boolean deviationProblem() throws Exception {
		return ui(() -> editor.session().diagnostic().getChildren().stream()
				.anyMatch(d -> d.getSeverity() >= Diagnostic.WARNING && d.getCode() == EvaluationProblem.DEVIATION_EXPLAINED.code()
						&& d.getData().get(0) == indicator()));
	}

	/** @return the codes of the diagnostics about the indicator, in order */
	private static List<Integer> problemsOfTheIndicator() {
		return editor.session().diagnostic().getChildren().stream().filter(d -> !d.getData().isEmpty() && d.getData().get(0) == indicator())
				.map(Diagnostic::getCode).toList();
	}

	private static List<String> problemRows() {
		MPart problems = context.get(EPartService.class).findPart("org.jixiao.ui.part.problems");
		Table table = find((Composite) problems.getWidget(), Table.class, Fields.FEATURE, "problems").get(0);
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2))
				.toList();
	}

	private static String navigatorText() {
		MPart navigator = context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator");
		org.eclipse.swt.widgets.Tree tree = find((Composite) navigator.getWidget(), org.eclipse.swt.widgets.Tree.class, Fields.FEATURE,
				"navigator").get(0);
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			text.append(item.getText()).append('\n');
			for (org.eclipse.swt.widgets.TreeItem year : item.getItems()) {
				text.append(year.getText()).append('\n');
				for (org.eclipse.swt.widgets.TreeItem entry : year.getItems()) {
					text.append(entry.getText()).append('\n');
				}
			}
		}
		return text.toString();
	}
}
