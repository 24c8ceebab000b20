package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewState;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;
import org.jixiao.ui.internal.review.ReviewHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review chain on the embedded single-user store, without accounts: the one user submits from
 * the editor's evaluation; the editor's tab says it is frozen and a save is refused with the store's
 * message, nothing saved lost; the user withdraws it and it can be saved again.
 */
class EmbeddedReviewTest {

	private static Shell shell;
	private static IEclipseContext context;

	@BeforeAll
	static void window() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
	}

	@Test
	void submittedIsFrozenUntilWithdrawn() throws Exception {
		String key = repository().save(null, EvaluationResources.referenceSample());
		assertTrue(repository().supportsReview(), "the embedded store keeps the review chain");
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		String title = ui(() -> editor.part().getLabel());

		step(ReviewAction.SUBMIT);
		assertEquals(ReviewState.SUBMITTED, repository().reviewStatus(key).state());
		waitUntil("the editor's tab says it is frozen", 10_000, () -> editor.part().getLabel().equals(title + "【已提交】"));
		waitUntil("the navigator shows the state", 10_000, () -> navigator().labels().stream()
				.anyMatch(l -> l.startsWith("第 " + key + " 号") && l.contains("【已提交】") && l.contains("自评得分 ")));

		Workbench.run(() -> editor.session().domain().getCommandStack().execute(
				SetCommand.create(editor.session().domain(), editor.session().evaluation(), Literals.EVALUATION__PREPARER, "冻结后的修改")));
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "保存失败", dialog -> {
			refusal.set(Workbench.texts(dialog));
			Workbench.screenshot(dialog, "review-embedded-frozen-save-refused");
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the refusal is shown", 10_000, () -> refusal.get() != null);
		assertTrue(refusal.get().contains("已提交"), "the store's message names the state: " + refusal.get());
		assertTrue(ui(() -> editor.part().isDirty()), "the change is kept in the editor");

		Workbench.run(() -> editor.revert());
		step(ReviewAction.WITHDRAW);
		assertEquals(ReviewState.DRAFT, repository().reviewStatus(key).state());
		waitUntil("the editor is editable again", 10_000, () -> editor.part().getLabel().equals(title));
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		repository().delete(key);
	}

	/** Takes a step on the active editor's evaluation through the command, answering its dialog. */
	private static void step(ReviewAction action) throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		ui(() -> {
			Workbench.whenShown(shell.getDisplay(), action.displayName(),
					dialog -> dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()), failure);
			ParameterizedCommand command = context.get(ECommandService.class).createCommand("org.jixiao.ui.command.review",
					Map.of(ReviewHandler.PARAMETER, action.name()));
			EHandlerService handlers = context.getActiveLeaf().get(EHandlerService.class);
			assertTrue(handlers.canExecute(command), action + " is enabled for the single user");
			handlers.executeHandler(command);
			return null;
		});
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		Job.getJobManager().join(ReviewHandler.FAMILY, null);
	}

	private static EvaluationNavigatorPart navigator() {
		return (EvaluationNavigatorPart) context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator").getObject();
	}
}
