package org.jixiao.ui.internal.review;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.StoreException;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.preferences.JixiaoPreferences;

import jakarta.inject.Named;

/**
 * The commands of the review chain, one handler for all: the command parameter {@value #PARAMETER}
 * names the step ({@link ReviewAction#SUBMIT}, {@code WITHDRAW}, {@code ACCEPT}, {@code FORWARD},
 * {@code RETURN}, {@code CONFIRM}, or {@value #RECTIFICATION} for the steps of 整改). A step is
 * enabled when the repository allows it for the evaluation selected in the navigator, else the one
 * of the active editor ({@link EvaluationRepository#allowedActions}: by role and state); it asks what
 * it needs in a dialog, runs as a job, and then posts {@link EvaluationEditorPart#REVIEWED_TOPIC}
 * so that the navigator and the editor show the new state. A refused step shows the store's message.
 */
public final class ReviewHandler {

	/** The command parameter with the step's name. */
	public static final String PARAMETER = "org.jixiao.ui.commandparameter.reviewAction"; //$NON-NLS-1$
	/** The parameter's value for the steps of 整改. */
	public static final String RECTIFICATION = "RECTIFICATION"; //$NON-NLS-1$
	/** The family of the jobs that take steps, for tests to wait on. */
	public static final Object FAMILY = ReviewHandler.class;

	private static final Set<ReviewAction> RECTIFICATION_STEPS = EnumSet.of(ReviewAction.ISSUE_RECTIFICATION, ReviewAction.ANSWER_RECTIFICATION,
			ReviewAction.ACCEPT_RECTIFICATION, ReviewAction.RETURN_RECTIFICATION);

	/**
	 * The evaluation a step concerns.
	 *
	 * @param key its key
	 * @param title its name, for dialogs and jobs
	 */
	record Target(String key, String title) {
	}

	@CanExecute
	boolean canExecute(@Named(PARAMETER) String step, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected,
			@Optional EvaluationEditorPart editor, @Optional @Service EvaluationRepository repository) {
		Target target = target(selected, editor);
		if (target == null || repository == null || !repository.supportsReview()) {
			return false;
		}
		try {
			Set<ReviewAction> allowed = repository.allowedActions(target.key());
			return RECTIFICATION.equals(step) ? allowed.stream().anyMatch(RECTIFICATION_STEPS::contains) : allowed.contains(ReviewAction.valueOf(step));
		} catch (RepositoryException e) {
			return false;
		}
	}

	@Execute
	void execute(Shell shell, @Named(PARAMETER) String step, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected,
			@Optional EvaluationEditorPart editor, @Service EvaluationRepository repository, IEventBroker events, UISynchronize sync) {
		Target target = target(selected, editor);
		try {
			if (RECTIFICATION.equals(step)) {
				rectify(shell, target, repository, events, sync);
				return;
			}
			ReviewAction action = ReviewAction.valueOf(step);
			switch (action) {
			case SUBMIT -> {
				if (editor != null && target.key().equals(editor.key()) && editor.part().isDirty()) {
					MessageDialog.openError(shell, action.displayName(), Messages.Review_saveFirst);
					return;
				}
				if (MessageDialog.openConfirm(shell, action.displayName(), NLS.bind(Messages.Review_submitQuestion, target.title()))) {
					run(target, action, () -> repository.step(target.key(), action, null), shell, events, sync);
				}
			}
			case RETURN, CONFIRM -> {
				RowNotesDialog dialog = new RowNotesDialog(shell, action == ReviewAction.RETURN ? RowNotesDialog.Kind.RETURN : RowNotesDialog.Kind.CONFIRM,
						target.title(), Rows.of(repository.load(target.key())));
				if (dialog.open() == Window.OK) {
					run(target, action, action == ReviewAction.RETURN ? () -> repository.returnToUnit(target.key(), dialog.comment(), dialog.rowComments())
							: () -> repository.confirm(target.key(), dialog.comment(), dialog.adjustments()), shell, events, sync);
				}
			}
			default -> {
				InputDialog dialog = new InputDialog(shell, action.displayName(), NLS.bind(Messages.Review_stepQuestion, action.displayName(), target.title()),
						"", null); //$NON-NLS-1$
				if (dialog.open() == Window.OK) {
					String comment = dialog.getValue().isBlank() ? null : dialog.getValue().strip();
					run(target, action, () -> repository.step(target.key(), action, comment), shell, events, sync);
				}
			}
			}
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Review_failedTitle, e.getMessage());
		}
	}

	private static void rectify(Shell shell, Target target, EvaluationRepository repository, IEventBroker events, UISynchronize sync)
			throws RepositoryException {
		List<Rectification> notices = repository.rectifications(target.key());
		RectificationDialog dialog = new RectificationDialog(shell, target.title(), notices, repository.allowedActions(target.key()));
		if (dialog.open() != Window.OK) {
			return;
		}
		ReviewAction action = dialog.action();
		if (action == ReviewAction.ISSUE_RECTIFICATION) {
			run(target, action, () -> repository.issueRectification(target.key(), dialog.problem(), dialog.requirement(), dialog.deadline()), shell,
					events, sync);
			return;
		}
		Rectification notice = RectificationDialog.target(notices, action);
		if (notice == null) {
			MessageDialog.openError(shell, Messages.Review_failedTitle, NLS.bind(Messages.Rectification_noNotice, action.displayName()));
			return;
		}
		if (action != ReviewAction.ANSWER_RECTIFICATION || dialog.evidence().isEmpty()) {
			run(target, action, () -> repository.rectificationStep(notice.id(), action, dialog.text()), shell, events, sync);
			return;
		}
		long limit = JixiaoPreferences.evidenceLimit(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE));
		String owner = Rectification.evidenceOwner(notice.id());
		String path = NLS.bind(Messages.Rectification_evidencePath, notice.id());
		run(target, action, () -> {
			for (Path file : dialog.evidence()) {
				try {
					EvidenceStore.check(file, limit);
				} catch (StoreException e) {
					throw new RepositoryException(e.getMessage(), e);
				}
			}
			Object answered = repository.rectificationStep(notice.id(), action, dialog.text());
			for (Path file : dialog.evidence()) {
				repository.addEvidence(target.key(), owner, path, file, limit);
			}
			return answered;
		}, shell, events, sync);
	}

	/** A step against the repository. */
	@FunctionalInterface
	private interface Step {
		Object take() throws RepositoryException;
	}

	private static void run(Target target, ReviewAction action, Step step, Shell shell, IEventBroker events, UISynchronize sync) {
		Job job = new Job(NLS.bind(Messages.Review_job, action.displayName(), target.title())) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					step.take();
					events.post(EvaluationEditorPart.REVIEWED_TOPIC, target.key());
					return Status.OK_STATUS;
				} catch (RepositoryException e) {
					sync.asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openError(shell, NLS.bind(Messages.Review_refusedTitle, action.displayName()), e.getMessage());
						}
					});
					return Status.info(e.getMessage());
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.schedule();
	}

	private static Target target(Object selected, EvaluationEditorPart editor) {
		if (selected instanceof EvaluationEntry entry) {
			return new Target(entry.id(), NLS.bind(Messages.Review_entryTitle, new Object[] { entry.department(), entry.fiscalYear(), entry.id() }));
		}
		if (editor != null && editor.key() != null) {
			return new Target(editor.key(), editor.part().getLabel());
		}
		return null;
	}
}
