package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.Evidence;
import org.jixiao.store.OpenEditor;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two officers on one evaluation in the real window: the evaluation is saved behind the editor's
 * back, the editor's save is refused with a dialog naming who saved and when, and the officer
 * stores the changes as a copy or reloads the stored version; and the editor shows who else has
 * the evaluation open.
 */
class ConcurrentSaveTest {

	private static final String OTHER_OFFICER = "王五";

	private static Shell shell;
	private static IEclipseContext context;

	@BeforeAll
	static void window() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
	}

	@Test
	void aRefusedSaveIsStoredAsACopyAndBothVersionsExist() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Indicator row = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		row.setUid("row-with-evidence");
		String key = repository().save(null, sample);
		Path roster = Files.writeString(Files.createTempDirectory("evidence").resolve("党员名册.pdf"), "%PDF-1.4 roster");
		Evidence attached = repository().addEvidence(key, row.getUid(), RowPaths.of(row), roster, 1 << 20);
		EvaluationEditorPart editor = open(key);
		edit(editor, "本处的修改");
		saveBehindTheEditorsBack(key, "王五的修改");

		String shown = saveAndAnswer(editor, "另存为副本", "concurrent-save-conflict");
		assertTrue(shown.contains(OTHER_OFFICER), "names who saved: " + shown);
		assertTrue(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}").matcher(shown).find(), "names when: " + shown);
		waitUntil("the copy is saved and shown", 20_000, () -> !key.equals(editor.key()) && !editor.part().isDirty());
		String copy = ui(editor::key);
		assertEquals("王五的修改", repository().load(key).getPreparer(), "the other officer's save is kept");
		assertEquals("本处的修改", repository().load(copy).getPreparer(), "the local changes are stored as a new evaluation");
		List<Evidence> copied = repository().evidence(copy);
		assertEquals(1, copied.size(), "the copy carries the evidence of its rows: " + copied);
		assertEquals(List.of(attached.ownerUid(), attached.fileName(), attached.sha256()),
				List.of(copied.get(0).ownerUid(), copied.get(0).fileName(), copied.get(0).sha256()));
		assertEquals(1, repository().evidence(key).size(), "the original keeps its evidence");

		edit(editor, "副本的第二次修改");
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the copy saves again without a conflict", 10_000, () -> !editor.part().isDirty());
		assertEquals("副本的第二次修改", repository().load(copy).getPreparer());
		close(editor);
		repository().delete(key);
		repository().delete(copy);
	}

	@Test
	void reloadingDiscardsTheLocalChangesAndShowsTheStoredVersion() throws Exception {
		String key = repository().save(null, EvaluationResources.referenceSample());
		EvaluationEditorPart editor = open(key);
		edit(editor, "本处的修改");
		saveBehindTheEditorsBack(key, "王五的修改");

		saveAndAnswer(editor, "重新载入", "concurrent-save-reload");
		waitUntil("the stored version is shown", 20_000,
				() -> editor.session() != null && "王五的修改".equals(editor.session().evaluation().getPreparer()));
		assertFalse(ui(() -> editor.part().isDirty()));
		assertEquals(key, ui(editor::key));

		edit(editor, "重新载入后的修改");
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("after reloading it saves", 10_000, () -> !editor.part().isDirty());
		assertEquals("重新载入后的修改", repository().load(key).getPreparer());
		close(editor);
		repository().delete(key);
	}

	@Test
	void whoElseHasTheEvaluationOpenIsShownAboveTheEditorsTabs() throws Exception {
		String key = repository().save(null, EvaluationResources.referenceSample());
		System.setProperty("jixiao.presence.intervalMillis", "300");
		try {
			EvaluationEditorPart editor = open(key);
			asOtherOfficer(() -> repository().announce(key, "another-editor"));
			waitUntil("the other officer is shown", 20_000, () -> shownAbove().contains("同时打开：" + OTHER_OFFICER));
			assertEquals(List.of(OTHER_OFFICER), ui(() -> editor.openElsewhere().stream().map(OpenEditor::user).toList()));
			Workbench.screenshot(shell, "editor-open-elsewhere");
			// the other editor sees this one
			List<OpenEditor> seenByOther = asOtherOfficer(() -> repository().announce(key, "another-editor"));
			assertEquals(1, seenByOther.size());
			asOtherOfficer(() -> {
				repository().withdraw(key, "another-editor");
				return null;
			});
			waitUntil("the other officer is gone", 20_000, () -> !shownAbove().contains("同时打开"));
			close(editor);
			long deadline = System.currentTimeMillis() + 20_000;
			while (!asOtherOfficer(() -> repository().announce(key, "another-editor")).isEmpty()) {
				assertTrue(System.currentTimeMillis() < deadline, "closing the editor withdraws it");
				Thread.sleep(200);
			}
		} finally {
			System.clearProperty("jixiao.presence.intervalMillis");
		}
		repository().delete(key);
	}

	/** On the UI thread: @return the texts of the visible labels of the editors' tab rows */
	private static String shownAbove() {
		StringBuilder texts = new StringBuilder();
		for (CLabel label : Workbench.all(shell, CLabel.class)) {
			if (label.isVisible()) {
				texts.append(label.getText()).append('\n');
			}
		}
		return texts.toString();
	}

	/** Something another officer's workbench does. */
	private interface Action<T> {
		T run() throws Exception;
	}

	/** Runs an action under the other officer's name (the user preference the repository records). */
	private static <T> T asOtherOfficer(Action<T> action) throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		String user = preferences.get(JixiaoPreferences.USER_NAME, null);
		preferences.put(JixiaoPreferences.USER_NAME, OTHER_OFFICER);
		try {
			return action.run();
		} finally {
			if (user == null) {
				preferences.remove(JixiaoPreferences.USER_NAME);
			} else {
				preferences.put(JixiaoPreferences.USER_NAME, user);
			}
		}
	}

	private static EvaluationEditorPart open(String key) throws Exception {
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertTrue(editor.session() != null, "the evaluation was opened");
		return editor;
	}

	private static void close(EvaluationEditorPart editor) throws Exception {
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
	}

	/** Changes the 填报人 through the editor's command stack, as a field would. */
	private static void edit(EvaluationEditorPart editor, String preparer) throws Exception {
		Workbench.run(() -> editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(),
				editor.session().evaluation(), Literals.EVALUATION__PREPARER, preparer)));
		waitUntil("the editor is dirty", 5_000, () -> editor.part().isDirty());
	}

	/** Another officer saves the evaluation through the repository while the editor has it open. */
	private static void saveBehindTheEditorsBack(String key, String preparer) throws Exception {
		asOtherOfficer(() -> {
			Evaluation stored = repository().load(key);
			stored.setPreparer(preparer);
			return repository().save(key, stored);
		});
	}

	/**
	 * Saves in the editor, expecting the conflict dialog; answers it with a button.
	 *
	 * @return the dialog's text
	 */
	private static String saveAndAnswer(EvaluationEditorPart editor, String answer, String screenshot) throws Exception {
		AtomicReference<String> shown = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "他人已保存", dialog -> {
			Workbench.screenshot(dialog, screenshot);
			shown.set(Workbench.texts(dialog));
			Workbench.button(dialog, answer).orElseThrow().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the conflict was shown", 20_000, () -> shown.get() != null || failure.get() != null);
		assertNull(failure.get());
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		assertNotEquals(null, shown.get());
		return shown.get();
	}
}
