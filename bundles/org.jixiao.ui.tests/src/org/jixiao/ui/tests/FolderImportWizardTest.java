package org.jixiao.ui.tests;

import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.FolderImport.Kind;
import org.jixiao.interchange.FolderImport.Summary;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.interchange.ImportWizard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard on a folder, in the real window: every table of the tree is imported in a job whose
 * progress the wizard shows, and its result page lists each file (the problem of a table by cell, the
 * cause of a refused file, the skipped one); Cancel stops a long import and keeps what it stored.
 */
class FolderImportWizardTest {

	private static Shell shell;
	private static IEclipseContext context;

	@TempDir
	Path dir;

	@BeforeAll
	static void window() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
	}

	private static void table(String department, Path file, boolean badCell) throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		evaluation.getDepartment().setName(department);
		if (badCell) {
			evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("很多");
		}
		Files.createDirectories(file.getParent());
		new XlsxExporter().write(evaluation, file);
	}

	/** Runs {@code action} on the UI thread once {@code condition} holds there, polling every 100 ms. */
	private static void when(Display display, BooleanSupplier condition, Workbench.ShellAction action, Shell dialog,
			AtomicReference<Throwable> failure) {
		display.timerExec(100, () -> {
			try {
				if (dialog.isDisposed()) {
					return;
				}
				if (!condition.getAsBoolean()) {
					when(display, condition, action, dialog, failure);
					return;
				}
				action.run(dialog);
			} catch (Exception | Error e) {
				failure.set(e);
				dialog.close();
			}
		});
	}

	private static ImportWizard wizard(Shell dialog) {
		return (ImportWizard) ((WizardDialog) dialog.getData()).getCurrentPage().getWizard();
	}

	private static void chooseFolder(Shell dialog, Path folder) {
		Button mode = find(dialog, Button.class, Fields.FEATURE, ImportWizard.FOLDER_MODE).get(0);
		mode.setSelection(true);
		mode.notifyListeners(SWT.Selection, new Event());
		find(dialog, Text.class, Fields.FEATURE, ImportWizard.FILE).get(0).setText(folder.toString());
		Workbench.button(dialog, IDialogConstants.FINISH_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aFolderTreeIsImportedInAJobAndEveryFileIsListedWithWhatBecameOfIt() throws Exception {
		Path folder = dir.resolve("报送");
		table("文件夹导入甲局", folder.resolve("甲局.xlsx"), false);
		table("文件夹导入乙局", folder.resolve("乡镇/乙局.xlsx"), false);
		table("文件夹导入丙局", folder.resolve("丙局-有错.xlsx"), true);
		Files.write(folder.resolve("损坏.xlsx"), "PK\u0003\u0004 cut off".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(folder.resolve("说明.txt"), "自评报告另附");

		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> summary = new AtomicReference<>();
		AtomicReference<String> buttons = new AtomicReference<>();
		List<String> rows = new ArrayList<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导入自评", dialog -> {
			chooseFolder(dialog, folder);
			when(shell.getDisplay(), () -> wizard(dialog).summary() != null, shown -> {
				summary.set(find(shown, Label.class, Fields.FEATURE, ImportWizard.FOLDER_SUMMARY).get(0).getText());
				Table results = find(shown, Table.class, Fields.FEATURE, ImportWizard.FOLDER_RESULTS).get(0);
				for (TableItem item : results.getItems()) {
					rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(3) + " | " + item.getText(4));
				}
				Workbench.screenshot(shown, "dialog-import-folder");
				buttons.set(Workbench.button(shown, IDialogConstants.FINISH_LABEL).orElseThrow().isEnabled() + " "
						+ Workbench.button(shown, IDialogConstants.NEXT_LABEL).orElseThrow().isEnabled());
				Workbench.button(shown, IDialogConstants.FINISH_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
			}, dialog, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.import");
		assertNull(failure.get());
		assertEquals("共 5 个文件：已导入 2 个，导入但有待改正的问题 1 个，拒绝 1 个，跳过 1 个（不是绩效自评表）。", summary.get());
		assertEquals("true false", buttons.get(), "Finish closes the result page; there is no page after it");
		String all = String.join("\n", rows);
		assertTrue(all.contains("丙局-有错.xlsx | 已导入，待改正 |  | 部门整体支出绩效自评表（中央、安徽式）"), all);
		assertTrue(all.matches("(?s).*丙局-有错.xlsx \\| 已导入，待改正 \\| 部门整体支出绩效自评表!E\\d+ \\| 实际完成值.*很多.*"), all);
		assertTrue(all.contains("损坏.xlsx | 拒绝 |  | 文件已损坏或不完整"), all);
		assertTrue(all.contains("乡镇/乙局.xlsx | 已导入 |  | 部门整体支出绩效自评表（中央、安徽式）"), all);
		assertTrue(all.matches("(?s).*说明.txt \\| 跳过 \\|  \\| 不是绩效自评表.*"), all);
		List<String> departments = repository().list().stream().map(EvaluationEntry::department).toList();
		for (String department : List.of("文件夹导入甲局", "文件夹导入乙局", "文件夹导入丙局")) {
			assertEquals(1, departments.stream().filter(department::equals).count(), department + " is stored once");
		}
	}

	@Test
	void cancelStopsALongImportAndKeepsWhatItStored() throws Exception {
		Path folder = dir.resolve("many");
		int files = 110;
		for (int i = 0; i < files; i++) {
			table("取消测试局" + i, folder.resolve(String.format("t%03d.xlsx", i)), false);
		}
		int before = repository().list().size();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<Summary> summary = new AtomicReference<>();
		AtomicReference<String> label = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导入自评", dialog -> {
			chooseFolder(dialog, folder);
			// the first batch is stored: cancel while the rest is being read
			when(shell.getDisplay(), () -> stored() >= before + 50, running -> {
				Workbench.button(running, IDialogConstants.CANCEL_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
				when(shell.getDisplay(), () -> wizard(running).summary() != null, shown -> {
					summary.set(wizard(shown).summary());
					label.set(find(shown, Label.class, Fields.FEATURE, ImportWizard.FOLDER_SUMMARY).get(0).getText());
					Workbench.button(shown, IDialogConstants.FINISH_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
				}, running, failure);
			}, dialog, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.import");
		assertNull(failure.get());
		Summary done = summary.get();
		assertTrue(done.cancelled(), "cancelled before the end");
		assertTrue(done.outcomes().size() < files, done.outcomes().size() + " of " + files + " handled");
		int stored = done.of(Kind.IMPORTED).size();
		assertEquals(done.outcomes().size(), stored, "every file handled is stored");
		assertEquals(before + stored, repository().list().size(), "what the summary counts is what the store holds");
		assertTrue(label.get().contains("已取消：已处理 " + files + " 个文件中的 " + stored + " 个，此前导入的 " + stored + " 张表均已保存。"),
				label.get());
	}

	private static int stored() {
		try {
			return repository().list().size();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
