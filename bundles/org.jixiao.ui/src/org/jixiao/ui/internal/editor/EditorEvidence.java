package org.jixiao.ui.internal.editor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.report.EvidenceNames;
import org.jixiao.store.Evidence;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.editor.EvidenceFiles;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * The evidence files of the evaluation open in one editor, through the editor's
 * {@link EvaluationRepository}, read once and again after every change.
 */
final class EditorEvidence implements EvidenceFiles {

	private final EvaluationRepository repository;
	private final Supplier<String> key;
	private final EditingDomain domain;
	private final Shell shell;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private List<Evidence> files;

	/**
	 * @param repository where the evaluation is stored
	 * @param key its key there, {@code null} before its first save
	 * @param domain the editing domain, for a row's new uid
	 * @param shell for messages
	 */
	EditorEvidence(EvaluationRepository repository, Supplier<String> key, EditingDomain domain, Shell shell) {
		this.repository = repository;
		this.key = key;
		this.domain = domain;
		this.shell = shell;
	}

	@Override
	public List<Evidence> of(EObject owner) {
		String uid = uid(owner);
		if (uid == null) {
			return List.of();
		}
		return all().stream().filter(evidence -> uid.equals(evidence.ownerUid())).toList();
	}

	private List<Evidence> all() {
		if (files == null) {
			files = List.of();
			String id = key.get();
			if (id != null && repository.supportsEvidence()) {
				try {
					files = repository.evidence(id);
				} catch (RepositoryException e) {
					ILog.of(EditorEvidence.class).warn(e.getMessage(), e);
				}
			}
		}
		return files;
	}

	/** Reads the files again and tells the listeners. */
	void changed() {
		files = null;
		listeners.forEach(Runnable::run);
	}

	@Override
	public void attach(EObject owner, List<Path> paths) {
		String id = key.get();
		if (!repository.supportsEvidence()) {
			MessageDialog.openInformation(shell, Messages.Evidence_title, NLS.bind(Messages.Evidence_unsupported, repository.describe()));
			return;
		}
		if (id == null) {
			MessageDialog.openInformation(shell, Messages.Evidence_title, Messages.Evidence_notSaved);
			return;
		}
		boolean newRow = uid(owner) == null;
		if (newRow) {
			domain.getCommandStack().execute(SetCommand.create(domain, owner, uidFeature(owner), UUID.randomUUID().toString()));
		}
		String uid = uid(owner);
		String path = RowPaths.of(owner);
		long limit = JixiaoPreferences.evidenceLimit(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE));
		List<String> failures = new ArrayList<>();
		Job job = new Job(Messages.Evidence_job) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Evidence_job, paths.size());
				for (Path file : paths) {
					if (progress.isCanceled()) {
						break;
					}
					progress.subTask(String.valueOf(file.getFileName()));
					try {
						repository.addEvidence(id, uid, path, file, limit);
					} catch (RepositoryException e) {
						failures.add(e.getMessage());
					}
					progress.worked(1);
				}
				shell.getDisplay().asyncExec(() -> {
					changed();
					if (!failures.isEmpty() && !shell.isDisposed()) {
						MessageDialog.openError(shell, Messages.Evidence_title, String.join("\n", failures)); //$NON-NLS-1$
					} else if (newRow && !shell.isDisposed()) {
						MessageDialog.openInformation(shell, Messages.Evidence_title, Messages.Evidence_newRow);
					}
				});
				return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	@Override
	public Path export(Evidence evidence, Path folder) throws RepositoryException {
		Path file = folder.resolve(EvidenceNames.safe(evidence.fileName()));
		try (OutputStream out = Files.newOutputStream(file)) {
			repository.readEvidence(evidence.id(), out);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.Evidence_unwritable, file, e.getMessage()), e);
		}
		return file;
	}

	@Override
	public void open(Evidence evidence) {
		try {
			Path folder = Files.createTempDirectory("jixiao-evidence-"); //$NON-NLS-1$
			Path file = export(evidence, folder);
			file.toFile().deleteOnExit();
			folder.toFile().deleteOnExit();
			if (!Program.launch(file.toString())) {
				MessageDialog.openInformation(shell, Messages.Evidence_title, NLS.bind(Messages.Evidence_noViewer, file));
			}
		} catch (IOException | RepositoryException e) {
			MessageDialog.openError(shell, Messages.Evidence_title, e.getMessage());
		}
	}

	@Override
	public void remove(Evidence evidence) {
		try {
			repository.removeEvidence(evidence.id());
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Evidence_title, e.getMessage());
		}
		changed();
	}

	@Override
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private static String uid(EObject owner) {
		Object uid = owner.eGet(uidFeature(owner));
		return uid == null || uid.toString().isBlank() ? null : uid.toString();
	}

	private static EStructuralFeature uidFeature(EObject owner) {
		if (owner instanceof Indicator) {
			return Literals.INDICATOR__UID;
		}
		if (owner instanceof LedgerEntry) {
			return Literals.LEDGER_ENTRY__UID;
		}
		throw new IllegalArgumentException("no evidence on " + owner.eClass().getName()); //$NON-NLS-1$
	}
}
