package org.jixiao.ui.internal.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.jixiao.store.OpenEditor;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;

/**
 * Tells the repository that the editor has its evaluation open, at once and every half minute while
 * it stays open, and shows who else has it open at the top right of the editor's tabs (the names,
 * with machine and since when in the tooltip); withdraws when the editor closes.
 */
final class EditorPresence {

	/** How often the editor announces itself, in milliseconds; tests shorten it. */
	static final String INTERVAL_PROPERTY = "jixiao.presence.intervalMillis"; //$NON-NLS-1$

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final EvaluationRepository repository;
	private final String key;
	private final UISynchronize sync;
	private final String sessionId = UUID.randomUUID().toString();
	private final long interval = Long.getLong(INTERVAL_PROPERTY, 30_000);
	private final Job job;
	private volatile List<OpenEditor> others = List.of();
	private CLabel label;
	private volatile boolean disposed;

	EditorPresence(EvaluationRepository repository, String key, UISynchronize sync) {
		this.repository = repository;
		this.key = key;
		this.sync = sync;
		this.job = Job.create(Messages.Editor_presence, monitor -> {
			announce();
			if (!disposed) {
				job().schedule(interval);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private Job job() {
		return job;
	}

	/** Shows the others in this tab folder (the editor builds a new one when it reopens). */
	void show(CTabFolder folder) {
		label = new CLabel(folder, SWT.NONE);
		label.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
		folder.setTopRight(label, SWT.RIGHT);
		update();
	}

	/** @return the others that had the evaluation open at the last announcement */
	List<OpenEditor> others() {
		return others;
	}

	private void announce() {
		try {
			others = repository.announce(key, sessionId);
		} catch (RepositoryException e) {
			ILog.of(EditorPresence.class).warn(e.getMessage(), e);
			return;
		}
		sync.asyncExec(this::update);
	}

	/** On the UI thread: the label shows the others, or nothing. */
	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		List<String> names = new ArrayList<>();
		List<String> details = new ArrayList<>();
		for (OpenEditor other : others) {
			names.add(other.user());
			details.add(NLS.bind(Messages.Editor_openElsewhereDetail,
					new Object[] { other.user(), other.host() == null ? "?" : other.host(), SINCE.format(other.openedAt()) })); //$NON-NLS-1$
		}
		boolean shown = !names.isEmpty();
		label.setText(shown ? NLS.bind(Messages.Editor_openElsewhere, String.join("、", names)) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		label.setToolTipText(shown ? String.join("\n", details) : null); //$NON-NLS-1$
		label.setVisible(shown);
		label.getParent().layout(true, true);
	}

	/** Stops announcing and withdraws, in the background. */
	void dispose() {
		disposed = true;
		job.cancel();
		Job withdraw = Job.create(Messages.Editor_presence, monitor -> {
			try {
				repository.withdraw(key, sessionId);
			} catch (RepositoryException e) {
				ILog.of(EditorPresence.class).warn(e.getMessage(), e);
			}
		});
		withdraw.setSystem(true);
		withdraw.schedule();
	}
}
