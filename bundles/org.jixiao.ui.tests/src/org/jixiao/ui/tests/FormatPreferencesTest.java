package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.ui.internal.editor.EvaluationSession;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.interchange.ExportWizard;
import org.jixiao.ui.internal.preferences.PreferencesDialog;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.Test;

/**
 * The preferences' 表格格式 tab: each kind offers the formats that serve it; the format chosen for
 * project evaluations is stored, and exports and new project evaluations take it unless an evaluation
 * names its own.
 */
class FormatPreferencesTest {

	@Test
	void theProjectFormatChosenInThePreferencesIsUsedForProjectEvaluations() throws Exception {
		Shell shell = Workbench.window();
		IEclipseContext context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> offered = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "首选项", dialog -> {
			Workbench.all(dialog, TabFolder.class).get(0).setSelection(3);
			Combo project = find(dialog, Combo.class, Fields.FEATURE, PreferencesDialog.FORMAT_PROJECT).get(0);
			Combo department = find(dialog, Combo.class, Fields.FEATURE, PreferencesDialog.FORMAT_DEPARTMENT).get(0);
			offered.set(String.join("|", project.getItems()) + " / " + String.join("|", department.getItems()));
			assertTrue(project.getText().contains("central-project"), project.getText());
			project.select(project.indexOf(project.getItems()[1]));
			Workbench.screenshot(dialog, "dialog-preferences-formats");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.preferences");
		assertNull(failure.get());
		assertTrue(offered.get().contains("sichuan-project") && offered.get().contains("chongqing-department"), offered.get());
		assertTrue(!offered.get().split(" / ")[0].contains("chongqing-department"), "a department format is not offered for projects");
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		try {
			assertEquals(TableFormats.SICHUAN_PROJECT, node.get(JixiaoPreferences.FORMAT_PROJECT, null));
			Evaluation project = EvaluationResources.referenceProjects().get(3);
			assertEquals(TableFormats.SICHUAN_PROJECT, JixiaoPreferences.tableFormat(node, project).id());
			assertEquals(TableFormats.SICHUAN_PROJECT, JixiaoPreferences.newEvaluationFormatId(node, EvaluationKind.PROJECT));
			assertNull(JixiaoPreferences.newEvaluationFormatId(node, EvaluationKind.DEPARTMENT));

			// the export wizard writes the project's table in the chosen format, which the importer recognises
			Path table = Files.createTempDirectory("formats").resolve("党建专项资金.xlsx");
			Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导出自评", dialog -> {
				find(dialog, Text.class, Fields.FEATURE, ExportWizard.FILE).get(0).setText(table.toString());
				Workbench.button(dialog, IDialogConstants.FINISH_LABEL).orElseThrow().notifyListeners(SWT.Selection, new Event());
			}, failure));
			Workbench.run(() -> new WizardDialog(shell, new ExportWizard(project, table.getParent())).open());
			assertNull(failure.get());
			ImportResult exported = new XlsxImporter().read(table);
			assertEquals(TableFormats.SICHUAN_PROJECT, exported.format().id(), "exported in the preferences' format");
			assertEquals(project.getProjectName(), exported.evaluation().getProjectName());

			// the editor's problems hold a text longer than the chosen format allows (四川: 评价结论 ≤ 200 字)
			Evaluation longConclusion = EcoreUtil.copy(project);
			NarrativeSection conclusion = EvaluationFactory.eINSTANCE.createNarrativeSection();
			conclusion.setKind(SectionKind.RESULTS);
			conclusion.setTitle("评价结论");
			conclusion.getParagraphs().add("养".repeat(201));
			longConclusion.getNarrative().add(0, conclusion);
			EvaluationSession session = ui(() -> new EvaluationSession(longConclusion));
			List<String> warnings = session.diagnostic().getChildren().stream().filter(d -> d.getData().contains(conclusion))
					.map(Diagnostic::getMessage).toList();
			assertEquals(1, warnings.size(), warnings.toString());
			assertTrue(warnings.get(0).contains("201") && warnings.get(0).contains("200"), warnings.get(0));
			Workbench.run(() -> session.domain().getCommandStack().execute(SetCommand.create(session.domain(), conclusion,
					Literals.NARRATIVE_SECTION__PARAGRAPHS, List.of("养".repeat(200)))));
			assertTrue(session.diagnostic().getChildren().stream().noneMatch(d -> d.getData().contains(conclusion)), "200 字 pass");
			Workbench.run(session::dispose);

			project.setFormatId(TableFormats.CHONGQING_DEPARTMENT);
			assertEquals(TableFormats.SICHUAN_PROJECT, JixiaoPreferences.tableFormat(node, project).id(),
					"a department's format named by a project evaluation does not serve it");
			project.setFormatId(TableFormats.CENTRAL_PROJECT);
			assertEquals(TableFormats.CENTRAL_PROJECT, JixiaoPreferences.tableFormat(node, project).id(), "an evaluation's own format first");
		} finally {
			node.remove(JixiaoPreferences.FORMAT_PROJECT);
			node.remove(JixiaoPreferences.FORMAT_DEPARTMENT);
			node.flush();
		}
	}
}
