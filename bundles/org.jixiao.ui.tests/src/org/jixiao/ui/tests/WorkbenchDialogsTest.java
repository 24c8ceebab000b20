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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

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
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.Grade;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.interchange.ExportWizard;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.preferences.PreferencesDialog;
import org.jixiao.ui.internal.report.ReportWarmUp;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dialogs around the editor, on an evaluation of its own: the rule set's thresholds in the
 * preferences change the grade of the open evaluation and can be restored; JFace's buttons speak
 * Chinese; the export wizard writes the official table and names a file it cannot write; the
 * recovery file of an editor that did not close normally is offered when the evaluation opens again;
 * the report engine's warm-up is turned off and on in the preferences.
 */
@TestMethodOrder(OrderAnnotation.class)
class WorkbenchDialogsTest {

	private static final String DEPARTMENT = "对话框测试局";

	private static Shell shell;
	private static IEclipseContext context;
	private static String key;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void openAnEvaluationOfItsOwn() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName(DEPARTMENT);
		key = repository().save(null, sample);
		editor = ui(() -> (EvaluationEditorPart) open().getObject());
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));
		assertEquals(Grade.EXCELLENT, ui(() -> editor.session().sheet().grade()));
	}

	@Test
	@Order(1)
	void jfaceSpeaksChinese() {
		assertEquals("确定", IDialogConstants.OK_LABEL);
		assertEquals("取消", IDialogConstants.CANCEL_LABEL);
		assertEquals("完成(&F)", IDialogConstants.FINISH_LABEL);
	}

	@Test
	@Order(2)
	void changedThresholdsRegradeTheOpenEvaluationAndCanBeRestored() throws Exception {
		Path own = Path.of(System.getProperty(RuleSetService.DIRECTORY_PROPERTY), RuleSets.MOF_2020 + ".json");
		assertFalse(Files.exists(own));
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> error = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "首选项", dialog -> {
			assertEquals("确定", dialog.getDefaultButton().getText(), "JFace's OK button is in Chinese");
			rulesTab(dialog);
			assertTrue(find(dialog, org.eclipse.swt.widgets.Label.class, Fields.FEATURE, PreferencesDialog.RULE_SOURCE).get(0).getText()
					.startsWith("内置规则"));
			Text excellent = find(dialog, Text.class, Fields.FEATURE, "grades.excellent").get(0);
			assertEquals("90", excellent.getText());
			excellent.setText("九十");
			error.set(((TitleAreaDialog) dialog.getData()).getErrorMessage());
			assertFalse(dialog.getDefaultButton().isEnabled(), "OK waits for a number");
			Workbench.screenshot(dialog, "dialog-preferences-rule-error");
			excellent.setText("99.5");
			assertNull(((TitleAreaDialog) dialog.getData()).getErrorMessage());
			Workbench.screenshot(dialog, "dialog-preferences-rules");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.preferences");
		assertNull(failure.get());
		assertEquals("“优”最低总分：“九十”不是数字", error.get());
		assertTrue(Files.readString(own).contains("99.5"), "the thresholds are the department's version of mof-2020");
		waitUntil("99.30 is 良 below a 优 minimum of 99.5", 5_000, () -> editor.session().sheet().grade() == Grade.GOOD);
		Workbench.run(() -> editor.showPage("评分"));
		Workbench.screenshot(shell, "editor-score-department-rules");

		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "首选项", dialog -> {
			rulesTab(dialog);
			assertTrue(find(dialog, org.eclipse.swt.widgets.Label.class, Fields.FEATURE, PreferencesDialog.RULE_SOURCE).get(0).getText()
					.startsWith("本部门修改版"));
			find(dialog, Button.class, Fields.FEATURE, PreferencesDialog.RESTORE_RULES).get(0).notifyListeners(SWT.Selection, new Event());
			assertEquals("90", find(dialog, Text.class, Fields.FEATURE, "grades.excellent").get(0).getText());
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.preferences");
		assertNull(failure.get());
		assertFalse(Files.exists(own), "restoring the built-in values removes the department's version");
		waitUntil("the open evaluation is 优 again", 5_000, () -> editor.session().sheet().grade() == Grade.EXCELLENT);
	}

	@Test
	@Order(3)
	void theExportWizardWritesTheOfficialTableAndNamesAFileItCannotWrite() throws Exception {
		Path folder = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots")).resolveSibling("exports");
		Files.createDirectories(folder);
		Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file");
		Path table = folder.resolve("exported.xlsx");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> error = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导出自评", dialog -> {
			Text file = find(dialog, Text.class, Fields.FEATURE, ExportWizard.FILE).get(0);
			assertTrue(file.getText().endsWith("2023-" + DEPARTMENT + "-自评表.xlsx"), file.getText());
			file.setText(notAFolder.resolve("table.xlsx").toString());
			Button finish = Workbench.button(dialog, IDialogConstants.FINISH_LABEL).orElseThrow();
			finish.notifyListeners(SWT.Selection, new Event());
			error.set(((WizardDialog) dialog.getData()).getCurrentPage().getErrorMessage());
			Workbench.screenshot(dialog, "dialog-export-error");
			file.setText(table.toString());
			Workbench.screenshot(dialog, "dialog-export");
			finish.notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.export");
		assertNull(failure.get());
		assertEquals("无法写入 " + notAFolder.resolve("table.xlsx") + "：所在文件夹不存在", error.get());
		assertEquals("a file", Files.readString(notAFolder), "the failed export harmed nothing");
		ImportResult imported = new XlsxImporter().read(table);
		assertEquals(DEPARTMENT, imported.evaluation().getDepartment().getName());
		assertEquals(0, new BigDecimal("99.30").compareTo(imported.statedTotal()), "the table states " + imported.statedTotal());
	}

	@Test
	@Order(4)
	void unsavedWorkLeftByAnEditorThatDidNotCloseIsOfferedWhenItOpensAgain() throws Exception {
		Indicator indicator = ui(() -> editor.session().evaluation().getCategories().get(0).getSubcategories().get(0).getIndicators()
				.get(0));
		String changed = "改动" + System.nanoTime();
		Workbench.run(() -> editor.session().domain().getCommandStack()
				.execute(SetCommand.create(editor.session().domain(), indicator, Literals.INDICATOR__ACTUAL_TEXT, changed)));
		Path recovery = editor.recoveryFile();
		waitUntil("the recovery file holds the change", 10_000, () -> {
			try {
				return Files.isRegularFile(recovery) && Files.readString(recovery).contains(changed);
			} catch (java.io.IOException e) {
				return false;
			}
		});
		byte[] left = Files.readAllBytes(recovery);
		// the part goes without the workbench's save prompt, and takes its recovery file with it;
		// put the file back as a workbench that stopped abruptly would have left it
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		assertFalse(Files.exists(recovery));
		Files.write(recovery, left);

		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> question = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "恢复未保存的修改", dialog -> {
			question.set(Workbench.texts(dialog));
			Workbench.screenshot(dialog, "dialog-recovery");
			Workbench.button(dialog, IDialogConstants.YES_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
		}, failure));
		editor = ui(() -> (EvaluationEditorPart) open().getObject());
		assertNull(failure.get());
		assertTrue(question.get().contains("恢复"), question.get());
		assertEquals(changed, ui(() -> editor.session().evaluation().getCategories().get(0).getSubcategories().get(0).getIndicators()
				.get(0).getActualText()), "the unsaved change is back");
		assertTrue(ui(() -> editor.part().isDirty()), "and still to be saved");
		assertNotEquals(changed, ui(() -> repository().load(key)).getCategories().get(0).getSubcategories().get(0).getIndicators()
				.get(0).getActualText(), "the store was not touched");
	}

	@Test
	@Order(5)
	void theReportEngineWarmUpIsTheOfficersChoice() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		assertTrue(ReportWarmUp.enabled(preferences), "on by default");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		for (boolean wanted : new boolean[] { false, true }) {
			Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "首选项", dialog -> {
				Workbench.all(dialog, TabFolder.class).get(0).setSelection(2);
				Button warmUp = find(dialog, Button.class, Fields.FEATURE, PreferencesDialog.REPORT_WARM_UP).get(0);
				assertEquals(!wanted, warmUp.getSelection());
				assertTrue(warmUp.getText().startsWith("启动后在后台预热报告引擎"), warmUp.getText());
				if (!wanted) {
					Workbench.screenshot(dialog, "dialog-preferences-reports");
				}
				warmUp.setSelection(wanted);
				dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			}, failure));
			Workbench.execute(context, "org.jixiao.ui.command.preferences");
			assertNull(failure.get());
			assertEquals(wanted, preferences.getBoolean(JixiaoPreferences.REPORT_WARM_UP, !wanted));
			assertEquals(wanted, ReportWarmUp.enabled(preferences));
		}
	}

	private static void rulesTab(Shell dialog) {
		Workbench.all(dialog, TabFolder.class).get(0).setSelection(1);
	}

	private static MPart open() {
		return EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class));
	}
}
