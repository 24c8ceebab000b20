package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.validation.EvaluationProblem;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;

/**
 * The officer's round trip in the real window: open the reference evaluation, enter a target and an
 * actual, see the score and the Problems part change, undo, redo, explain the deviation, save,
 * close, reopen, all through the Derby store; then a save to an unreachable database. The steps
 * build on each other, in order.
 */
@TestMethodOrder(OrderAnnotation.class)
class EvaluationEditorTest {

	private static final String INDICATOR = "发展党员";
	private static final String MODULE_PAGE = "党建";
	private static final String TARGET = "≥40名";
	private static final String ACTUAL = "20名";
	private static final String UNREACHABLE = "jdbc:derby://127.0.0.1:1/jixiao";
	private static final String REASON = "年度发展计划调整，部分入党积极分子推迟到下年度发展。";

	private static Shell shell;
	private static IEclipseContext context;
	private static String key;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void storeTheReferenceSample() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		assertTrue(repository().describe().endsWith("db"), "the tests use the Derby database of -Djixiao.db: " + repository().describe());
		key = repository().save(null, EvaluationResources.referenceSample());
	}

	@Test
	@Order(1)
	void theReferenceEvaluationOpensQuicklyWithItsScore() throws Exception {
		long[] millis = new long[2];
		editor = ui(() -> {
			long start = System.nanoTime();
			MPart part = open();
			millis[0] = (System.nanoTime() - start) / 1_000_000;
			while (shell.getDisplay().readAndDispatch()) {
				// lay out and paint the editor
			}
			millis[1] = (System.nanoTime() - start) / 1_000_000;
			return (EvaluationEditorPart) part.getObject();
		});
		System.out.printf("[measure] opening the reference evaluation in the editor: %d ms (created), %d ms (painted)%n",
				millis[0], millis[1]);
		assertNotNull(editor.session(), "the evaluation was opened");
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));
		assertEquals(0, errors(), "the reference evaluation has no errors");
		assertFalse(ui(() -> editor.part().isDirty()));
		Workbench.screenshot(shell, "editor-overview");
		Workbench.run(() -> editor.showPage("评分"));
		Workbench.screenshot(shell, "editor-score");
	}

	@Test
	@Order(2)
	void enteringATargetAndAnActualChangesTheScoreAndTheProblems() throws Exception {
		Text target = field(Literals.INDICATOR__TARGET_TEXT.getName());
		Text actual = field(Literals.INDICATOR__ACTUAL_TEXT.getName());
		Workbench.type(target, TARGET);
		waitUntil("the target is in the model", 5_000, () -> TARGET.equals(indicator().getTargetText()));
		Workbench.type(actual, ACTUAL);
		waitUntil("the actual is in the model", 5_000, () -> ACTUAL.equals(indicator().getActualText()));

		assertEquals(new BigDecimal("0.75"), ui(() -> indicator().getScore()), "1.5 × 20/40");
		assertEquals(new BigDecimal("98.55"), ui(() -> editor.session().sheet().total()));
		assertTrue(ui(() -> editor.part().isDirty()));
		assertTrue(deviationProblem(), "the Problems part shows the missing deviation explanation");
		waitUntil("the Problems part lists the error", 5_000, () -> problemRows().stream().anyMatch(r -> r.contains(INDICATOR)));
		Workbench.screenshot(shell, "editor-module-page-with-problem");
	}

	@Test
	@Order(3)
	void undoRevertsAndRedoReappliesThroughTheKeyBoundCommands() throws Exception {
		List<String> bindings = ui(EvaluationEditorTest::jixiaoBindings);
		assertTrue(bindings.containsAll(List.of("M1+Z=org.jixiao.ui.command.undo", "M1+Y=org.jixiao.ui.command.redo",
				"M1+S=org.jixiao.ui.command.save")), bindings.toString());
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals("30名", ui(() -> indicator().getActualText()));
		assertEquals("≥30名", ui(() -> indicator().getTargetText()));
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));
		assertFalse(deviationProblem());
		assertFalse(ui(() -> editor.part().isDirty()), "undoing to the save point leaves the editor clean");
		Text actual = field(Literals.INDICATOR__ACTUAL_TEXT.getName());
		waitUntil("the field shows the old value", 5_000, () -> actual.getText().equals("30名"));

		Workbench.execute(context, "org.jixiao.ui.command.redo");
		Workbench.execute(context, "org.jixiao.ui.command.redo");
		assertEquals(new BigDecimal("98.55"), ui(() -> editor.session().sheet().total()));
		assertTrue(deviationProblem());
	}

	@Test
	@Order(4)
	void aLetterInAnAmountIsRefusedWithAMessageAndChangesNothing() throws Exception {
		BigDecimal executed = ui(() -> editor.session().evaluation().getBudget().getExecuted());
		Workbench.run(() -> editor.showPage("预算执行"));
		Text field = field(Literals.AMOUNTS__EXECUTED.getName());
		String before = ui(field::getText);
		Workbench.type(field, "2556709l.46");
		waitUntil("the field reports the bad value", 5_000, () -> bindingError() != null);
		String message = ui(this::bindingError);
		assertTrue(message.contains("全年执行数") && message.contains("2556709l.46"), message);
		assertEquals(executed, ui(() -> editor.session().evaluation().getBudget().getExecuted()), "the model kept its value");
		Workbench.screenshot(shell, "editor-budget-bad-input");
		Workbench.type(field, before);
		waitUntil("the field is valid again", 5_000, () -> bindingError() == null);
		assertEquals(executed, ui(() -> editor.session().evaluation().getBudget().getExecuted()));
	}

	@Test
	@Order(5)
	void aWeightThatBreaksTheSumIsAProblemUntilUndone() throws Exception {
		Workbench.run(() -> editor.reveal(indicator(), Literals.INDICATOR__WEIGHT));
		Text weight = field(Literals.INDICATOR__WEIGHT.getName());
		Workbench.type(weight, "2.5");
		waitUntil("the weight is in the model", 5_000, () -> new BigDecimal("2.5").equals(indicator().getWeight()));
		assertTrue(ui(() -> problems().stream().anyMatch(d -> d.getCode() == EvaluationProblem.INDICATOR_WEIGHTS_SUM.code())),
				"a weight sum that no longer matches is a problem");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals(new BigDecimal("1.5"), ui(() -> indicator().getWeight()));
		assertFalse(ui(() -> problems().stream().anyMatch(d -> d.getCode() == EvaluationProblem.INDICATOR_WEIGHTS_SUM.code())));
	}

	@Test
	@Order(6)
	void explainingTheDeviationRemovesTheProblemAndTheRecoveryFileKeepsTheWork() throws Exception {
		Workbench.run(() -> editor.reveal(indicator(), Literals.INDICATOR__DEVIATION_REASON));
		Text reason = field(Literals.INDICATOR__DEVIATION_REASON.getName());
		Workbench.type(reason, REASON);
		waitUntil("the explanation is in the model", 5_000, () -> REASON.equals(indicator().getDeviationReason()));
		assertFalse(deviationProblem(), "the explained deviation is no longer a problem");
		assertEquals(0, errors());
		waitUntil("the recovery file holds the unsaved work", 10_000, () -> {
			try {
				return Files.isRegularFile(editor.recoveryFile()) && Files.readString(editor.recoveryFile()).contains(REASON);
			} catch (java.io.IOException e) {
				return false;
			}
		});
		Workbench.run(() -> editor.showPage("偏差分析"));
		Workbench.screenshot(shell, "editor-deviations");
	}

	@Test
	@Order(7)
	void savedValuesAreFoundAfterClosingAndReopening() throws Exception {
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the editor is clean", 10_000, () -> !editor.part().isDirty());
		assertFalse(Files.exists(editor.recoveryFile()), "a saved evaluation has no recovery file");
		Workbench.screenshot(shell, "navigator-after-save");

		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		assertTrue(ui(() -> context.get(EPartService.class).getParts().stream()
				.noneMatch(p -> key.equals(p.getPersistedState().get(EvaluationEditorPart.EVALUATION_KEY)) && p.isToBeRendered())));
		long start = System.nanoTime();
		editor = ui(() -> (EvaluationEditorPart) open().getObject());
		System.out.printf("[measure] opening it again: %d ms%n", (System.nanoTime() - start) / 1_000_000);
		Indicator reopened = ui(this::indicator);
		assertEquals(TARGET, reopened.getTargetText());
		assertEquals(ACTUAL, reopened.getActualText());
		assertEquals(REASON, reopened.getDeviationReason());
		assertEquals(new BigDecimal("98.55"), ui(() -> editor.session().sheet().total()));
		assertEquals(TARGET, ui(() -> repository().load(key)).getCategories().stream()
				.flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> INDICATOR.equals(i.getName())).findFirst().orElseThrow().getTargetText());
		Workbench.run(() -> editor.showPage(MODULE_PAGE));
		Workbench.screenshot(shell, "editor-reopened");
	}

	@Test
	@Order(8)
	void anUnreachableDatabaseShowsAMessageAndTheEditorKeepsTheChange() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		Text actual = field(Literals.INDICATOR__ACTUAL_TEXT.getName());
		Workbench.type(actual, "25名");
		waitUntil("the editor is dirty", 5_000, () -> editor.part().isDirty());
		preferences.put(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_SERVER);
		preferences.put(JixiaoPreferences.DATABASE_URL, UNREACHABLE);
		try {
			String shown = saveFailure("save-failed-unreachable-database");
			assertTrue(shown.contains(UNREACHABLE), shown);
			assertTrue(ui(() -> editor.part().isDirty()), "the unsaved change is kept");
			assertEquals("25名", ui(() -> indicator().getActualText()));

			MPart navigator = ui(() -> context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator"));
			Workbench.run(() -> ((EvaluationNavigatorPart) navigator.getObject()).refresh());
			waitUntil("the navigator names the database", 20_000,
					() -> Workbench.texts((Composite) navigator.getWidget()).contains(UNREACHABLE));
		} finally {
			preferences.remove(JixiaoPreferences.DATABASE_MODE);
			preferences.remove(JixiaoPreferences.DATABASE_URL);
		}
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the editor is clean once the database is back", 10_000, () -> !editor.part().isDirty());
		assertEquals("25名", ui(() -> repository().load(key)).getCategories().stream()
				.flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> INDICATOR.equals(i.getName())).findFirst().orElseThrow().getActualText());
	}

	@Test
	@Order(10)
	void aDatabaseHeldByAnotherProcessShowsAMessageAndTheEditorKeepsTheChange() throws Exception {
		Path held = Files.createTempDirectory("jixiao-held").resolve("db"); //$NON-NLS-1$
		Process holder = holdDatabase(held);
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		try {
			Text actual = field(Literals.INDICATOR__ACTUAL_TEXT.getName());
			Workbench.type(actual, "26名");
			waitUntil("the editor is dirty", 5_000, () -> editor.part().isDirty());
			preferences.put(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_EMBEDDED);
			preferences.put(JixiaoPreferences.DATABASE_PATH, held.toString());
			String shown = saveFailure("save-failed-locked-database");
			assertTrue(shown.contains(held.toString()) && shown.contains("使用"), shown);
			assertTrue(ui(() -> editor.part().isDirty()), "the unsaved change is kept");
			assertEquals("26名", ui(() -> indicator().getActualText()));
		} finally {
			preferences.remove(JixiaoPreferences.DATABASE_MODE);
			preferences.remove(JixiaoPreferences.DATABASE_PATH);
			holder.getOutputStream().close();
			holder.waitFor(30, TimeUnit.SECONDS);
			holder.destroyForcibly();
		}
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the editor is clean once saved to its own database", 10_000, () -> !editor.part().isDirty());
	}

	/**
	 * Saves, expecting the save to fail: waits for the 保存失败 dialog, screenshots and closes it.
	 *
	 * @param screenshot the screenshot's name
	 * @return the dialog's text
	 */
	private static String saveFailure(String screenshot) throws Exception {
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "保存失败", dialog -> {
			Workbench.screenshot(dialog, screenshot);
			shown.set(Workbench.texts(dialog));
			dialog.close();
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the save error was shown", 20_000, () -> shown.get() != null || failure.get() != null);
		assertEquals(null, failure.get());
		return shown.get();
	}

	/**
	 * Starts a second JVM that creates and holds an embedded Derby database with Derby's own {@code ij}
	 * tool, the way another workbench would; it lets go when its input ends.
	 */
	private static Process holdDatabase(Path database) throws Exception {
		List<String> classPath = new ArrayList<>();
		for (org.osgi.framework.Bundle bundle : FrameworkUtil.getBundle(EvaluationEditorTest.class).getBundleContext().getBundles()) {
			if (Set.of("derby", "org.apache.derby.derbyshared", "org.apache.derby.derbytools").contains(bundle.getSymbolicName())) {
				classPath.add(org.eclipse.core.runtime.FileLocator.getBundleFileLocation(bundle).orElseThrow().getAbsolutePath());
			}
		}
		assertEquals(3, classPath.size(), classPath.toString());
		String javaCommand = ProcessHandle.current().info().command().orElseThrow();
		Path output = Files.createTempFile("jixiao-holder", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Process holder = new ProcessBuilder(javaCommand, "-cp", String.join(java.io.File.pathSeparator, classPath), "org.apache.derby.tools.ij")
				.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		// the value is computed, so it shows in the output only once the connection is open
		holder.getOutputStream().write(("connect 'jdbc:derby:" + database + ";create=true';\nvalues 'HE' || 'LD';\n")
				.getBytes(StandardCharsets.UTF_8));
		holder.getOutputStream().flush();
		waitUntil("the other process holds the database", 30_000, () -> {
			try {
				return Files.readString(output, StandardCharsets.UTF_8).contains("HELD");
			} catch (java.io.IOException e) {
				return false;
			}
		});
		return holder;
	}

	@Test
	@Order(9)
	void addingFromTheModulesTemplateLibraryIsOneUndoableCommand() throws Exception {
		Workbench.run(() -> editor.showPage(MODULE_PAGE));
		int before = ui(() -> partyBuildingIndicators().size());
		Button add = ui(() -> Workbench.button((Composite) editor.part().getWidget(), "从模板库添加…").orElseThrow(() -> new AssertionError("the module page offers the template library")));
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> {
			Workbench.whenShown(shell.getDisplay(), "模板库：党建", dialog -> {
				Table table = find(dialog, Table.class, Fields.FEATURE, "templates").get(0);
				table.setSelection(0, 1);
				Workbench.screenshot(dialog, "dialog-template-library");
				shown.set(table.getItem(0).getText(1) + "|" + table.getItem(1).getText(1));
				dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			}, failure);
			add.notifyListeners(SWT.Selection, new Event());
		});
		waitUntil("templates were picked", 10_000, () -> shown.get() != null || failure.get() != null);
		assertEquals(null, failure.get());
		assertEquals(before + 2, ui(() -> partyBuildingIndicators().size()), shown.get());
		assertTrue(ui(() -> partyBuildingIndicators().stream().anyMatch(i -> shown.get().startsWith(i.getName() + "|"))));
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals(before, ui(() -> partyBuildingIndicators().size()), "one undo removes what the template library added");
		Workbench.execute(context, "org.jixiao.ui.command.redo");
		assertEquals(before + 2, ui(() -> partyBuildingIndicators().size()));
		Workbench.execute(context, "org.jixiao.ui.command.undo");
	}

	private List<Indicator> partyBuildingIndicators() {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> "partybuilding".equals(i.getModuleId())).toList();
	}

	private static MPart open() {
		return EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class));
	}

	private Indicator indicator() {
		Evaluation evaluation = editor.session().evaluation();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					if (INDICATOR.equals(indicator.getName())) {
						return indicator;
					}
				}
			}
		}
		throw new AssertionError("no indicator " + INDICATOR);
	}

	/** @return the field of the indicator on its module page */
	private Text field(String feature) throws Exception {
		return ui(() -> {
			if (!feature.equals(Literals.AMOUNTS__EXECUTED.getName())) {
				editor.reveal(indicator(), Literals.INDICATOR__TARGET_TEXT);
			}
			List<Text> texts = find((Composite) editor.part().getWidget(), Text.class, Fields.FEATURE, feature);
			assertEquals(1, texts.size(), "one visible field edits " + feature);
			return texts.get(0);
		});
	}

	private static List<Diagnostic> problems() {
		return editor.session().diagnostic().getChildren();
	}

	private static long errors() throws Exception {
		return ui(() -> problems().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count());
	}

	private boolean deviationProblem() throws Exception {
		return ui(() -> problems().stream().anyMatch(d -> d.getCode() == EvaluationProblem.DEVIATION_EXPLAINED.code()
				&& d.getData().get(0) == indicator()));
	}

	/** @return the rows of the Problems part's table, cells joined */
	private static List<String> problemRows() {
		MPart problems = context.get(EPartService.class).findPart("org.jixiao.ui.part.problems");
		Table table = find((Composite) problems.getWidget(), Table.class, Fields.FEATURE, "problems").get(0);
		return java.util.Arrays.stream(table.getItems())
				.map(item -> item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2)).toList();
	}

	private String bindingError() {
		for (Binding binding : editor.session().bindings().getBindings()) {
			IStatus status = (IStatus) binding.getValidationStatus().getValue();
			if (status.getSeverity() == IStatus.ERROR) {
				return status.getMessage();
			}
		}
		return null;
	}

	/** @return the key bindings of the Jixiao commands in the application's binding tables, as key=command */
	private static List<String> jixiaoBindings() {
		return context.get(MApplication.class).getBindingTables().stream().flatMap(t -> t.getBindings().stream())
				.filter(b -> b.getCommand() != null && b.getCommand().getElementId().startsWith("org.jixiao."))
				.map(b -> b.getKeySequence() + "=" + b.getCommand().getElementId()).toList();
	}
}
