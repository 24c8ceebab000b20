package org.jixiao.ui.internal.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.interchange.FolderImport;
import org.jixiao.interchange.FolderImport.Kind;
import org.jixiao.interchange.FolderImport.Outcome;
import org.jixiao.interchange.FolderImport.Stored;
import org.jixiao.interchange.FolderImport.Summary;
import org.jixiao.interchange.FolderImport.TargetException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;

/**
 * Imports an official table (.xlsx, .xls, .ods) or an XMI file: the first page asks for the file, the
 * second shows what will be imported (department, year, number of indicators, total) and every
 * problem with its cell; Finish stores the evaluation and hands its key on, to be opened (when the store
 * already holds an evaluation of the same department and year, after asking whether to keep both). A table with
 * errors can be imported anyway, as a draft whose problem rows score 0 until corrected; a file that
 * cannot be read at all can only be previewed.
 * <p>
 * On a folder, Finish imports every table of the folder tree with {@link FolderImport} in a {@link Job}
 * whose progress the first page shows; Cancel stops it after the file at hand, keeping what was stored.
 * The result page then lists what became of every file (imported, imported with problems by cell,
 * refused with the cause, skipped), and the stored keys are handed on together, to be listed.
 */
public final class ImportWizard extends Wizard {

	/** The data key values of the wizard's controls, for tests. */
	public static final String FILE = "importFile"; //$NON-NLS-1$
	/** The summary label of the preview page. */
	public static final String SUMMARY = "importSummary"; //$NON-NLS-1$
	/** The problems table of the preview page. */
	public static final String PROBLEMS = "importProblems"; //$NON-NLS-1$
	/** The radio button that chooses a folder. */
	public static final String FOLDER_MODE = "importFolderMode"; //$NON-NLS-1$
	/** The check box that keeps both where the same evaluation is stored already. */
	public static final String AS_NEW_VERSION = "importAsNewVersion"; //$NON-NLS-1$
	/** The summary label of the folder's result page. */
	public static final String FOLDER_SUMMARY = "importFolderSummary"; //$NON-NLS-1$
	/** The table of the folder's result page: file, result, id, cell, message. */
	public static final String FOLDER_RESULTS = "importFolderResults"; //$NON-NLS-1$

	private final EvaluationRepository repository;
	private final Consumer<String> opened;
	private final Consumer<List<String>> stored;
	private final FilePage filePage = new FilePage();
	private final PreviewPage previewPage = new PreviewPage();
	private final FolderPage folderPage = new FolderPage();
	private ImportPreview preview;
	private Job job;
	/** Set by Cancel while a folder is imported; the job's own cancellation counts as well. */
	private volatile boolean cancelRequested;
	private Summary summary;

	/**
	 * @param repository where the evaluation is stored
	 * @param opened told the stored evaluation's key
	 * @param stored told the keys of the evaluations a folder's import stored, on the UI thread
	 */
	public ImportWizard(EvaluationRepository repository, Consumer<String> opened, Consumer<List<String>> stored) {
		this.repository = repository;
		this.opened = opened;
		this.stored = stored;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(previewPage);
		addPage(folderPage);
	}

	@Override
	public boolean canFinish() {
		if (getContainer().getCurrentPage() == folderPage) {
			return true;
		}
		if (getContainer().getCurrentPage() == filePage && filePage.folderMode()) {
			return job == null && filePage.isPageComplete();
		}
		return getContainer().getCurrentPage() == previewPage && preview != null && preview.evaluation() != null;
	}

	/** Cancels a running folder import (the wizard stays open to show what it did), else closes. */
	@Override
	public boolean performCancel() {
		if (job != null) {
			cancelRequested = true;
			return false;
		}
		return true;
	}

	/**
	 * Stores the evaluation; when the repository already holds one of the same department, year and
	 * subject (the 部门整体, or the same project: {@link ProjectEvaluations#sameSubject}), only after the
	 * officer chose to keep both.
	 */
	@Override
	public boolean performFinish() {
		if (getContainer().getCurrentPage() == folderPage) {
			return true;
		}
		if (filePage.folderMode()) {
			startFolderImport(filePage.checked(), filePage.asNewVersion());
			return false;
		}
		try {
			List<String> same = sameDepartmentAndYear(preview.evaluation());
			if (!same.isEmpty() && !keepBoth(preview.evaluation(), same)) {
				return false;
			}
			opened.accept(repository.save(null, preview.evaluation()));
			return true;
		} catch (RepositoryException e) {
			previewPage.setErrorMessage(e.getMessage());
			return false;
		}
	}

	private List<String> sameDepartmentAndYear(Evaluation evaluation) throws RepositoryException {
		String department = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName();
		if (department == null) {
			return List.of();
		}
		return repository.list().stream().filter(e -> department.equals(e.department()) && e.fiscalYear() == evaluation.getFiscalYear()
				&& ProjectEvaluations.sameSubject(evaluation, subject(e)))
				.map(EvaluationEntry::id).toList();
	}

	/** @return what tells a listed evaluation's subject apart ({@link ProjectEvaluations#subject}) */
	private static Evaluation subject(EvaluationEntry entry) {
		return ProjectEvaluations.subject(entry.kind(), entry.projectName(), entry.projectCode());
	}

	private boolean keepBoth(Evaluation evaluation, List<String> same) {
		MessageDialog question = new MessageDialog(getShell(), Messages.Import_duplicateTitle, null,
				NLS.bind(Messages.Import_duplicateQuestion, new Object[] { evaluation.getDepartment().getName(), evaluation.getFiscalYear(),
						String.join(", ", same) }), //$NON-NLS-1$
				MessageDialog.QUESTION, 1, Messages.Import_keepBoth, IDialogConstants.CANCEL_LABEL);
		return question.open() == 0;
	}

	/** @return the preview shown, or {@code null} before the second page */
	public ImportPreview preview() {
		return preview;
	}

	/** @return what the folder's import did, or {@code null} before it ended */
	public Summary summary() {
		return summary;
	}

	/** Imports the folder's tables in a job; its progress goes to the first page. */
	private void startFolderImport(Path folder, boolean asNewVersion) {
		Display display = getShell().getDisplay();
		IProgressMonitor shown = filePage.progress(display);
		filePage.running(true);
		cancelRequested = false;
		job = Job.create(NLS.bind(Messages.Import_folderJob, folder), monitor -> {
			Summary done = null;
			String failure = null;
			try {
				done = new FolderImport(asNewVersion, FolderImport.defaultThreads()).run(folder, new RepositoryTarget(repository),
						forwarding(monitor, shown));
			} catch (IOException e) {
				failure = e.getMessage();
			}
			Summary result = done;
			String error = failure;
			display.asyncExec(() -> finished(result, error));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		getContainer().updateButtons();
	}

	private void finished(Summary result, String failure) {
		job = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		filePage.running(false);
		if (result == null) {
			filePage.setErrorMessage(NLS.bind(Messages.Import_folderFailed, failure));
			getContainer().updateButtons();
			return;
		}
		summary = result;
		List<String> keys = result.outcomes().stream().map(Outcome::id).filter(java.util.Objects::nonNull).toList();
		if (!keys.isEmpty()) {
			stored.accept(keys);
		}
		folderPage.show(result);
		getContainer().showPage(folderPage);
	}

	/**
	 * @return a monitor that reports to the job's monitor and to the page's, cancelled by the job's or by
	 *         the wizard's Cancel
	 */
	private IProgressMonitor forwarding(IProgressMonitor monitor, IProgressMonitor shown) {
		return new ProgressMonitorWrapper(monitor) {
			@Override
			public boolean isCanceled() {
				return cancelRequested || super.isCanceled();
			}

			@Override
			public void beginTask(String name, int totalWork) {
				super.beginTask(name, totalWork);
				shown.beginTask(name, totalWork);
			}

			@Override
			public void subTask(String name) {
				super.subTask(name);
				shown.subTask(name);
			}

			@Override
			public void worked(int work) {
				super.worked(work);
				shown.worked(work);
			}

			@Override
			public void done() {
				super.done();
				shown.done();
			}
		};
	}

	/**
	 * The repository as the target of a folder's import: its evaluations are listed once, and their
	 * entries tell a table's subject apart from theirs without loading them.
	 */
	private static final class RepositoryTarget implements FolderImport.Target {

		private final EvaluationRepository repository;
		private Map<String, List<EvaluationEntry>> entries;

		RepositoryTarget(EvaluationRepository repository) {
			this.repository = repository;
		}

		@Override
		public List<Stored> stored(String department, int fiscalYear) throws TargetException {
			try {
				if (entries == null) {
					entries = new HashMap<>();
					for (EvaluationEntry entry : repository.list()) {
						entries.computeIfAbsent(entry.fiscalYear() + "\u0000" + entry.department(), k -> new ArrayList<>()).add(entry); //$NON-NLS-1$
					}
				}
				List<Stored> stored = new ArrayList<>();
				for (EvaluationEntry entry : entries.getOrDefault(fiscalYear + "\u0000" + department, List.of())) { //$NON-NLS-1$
					stored.add(new Stored(entry.id(), subject(entry)));
				}
				return stored;
			} catch (RepositoryException e) {
				throw new TargetException(e);
			}
		}

		@Override
		public List<String> store(List<Evaluation> evaluations) throws TargetException {
			try {
				return repository.insertAll(evaluations);
			} catch (RepositoryException e) {
				throw new TargetException(e);
			}
		}
	}

	/** Asks for the file. */
	private final class FilePage extends WizardPage {

		private Text file;
		private Button oneFile;
		private Button folder;
		private Button asNewVersion;
		private Button browse;
		private ProgressMonitorPart progress;

		FilePage() {
			super("file"); //$NON-NLS-1$
			setTitle(Messages.Import_fileTitle);
			setDescription(Messages.Import_fileDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			oneFile = new Button(area, SWT.RADIO);
			oneFile.setText(Messages.Import_modeFile);
			oneFile.setSelection(true);
			oneFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			folder = new Button(area, SWT.RADIO);
			folder.setText(Messages.Import_modeFolder);
			folder.setData(Fields.FEATURE, FOLDER_MODE);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			new Label(area, SWT.NONE).setText(Messages.Import_file);
			file = new Text(area, SWT.BORDER);
			file.setData(Fields.FEATURE, FILE);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			file.setLayoutData(wide);
			file.addModifyListener(event -> setPageComplete(checked() != null));
			browse = new Button(area, SWT.PUSH);
			browse.setText(Messages.Report_browse);
			browse.addListener(SWT.Selection, event -> {
				if (folderMode()) {
					DirectoryDialog chooser = new DirectoryDialog(getShell());
					chooser.setFilterPath(file.getText());
					String chosen = chooser.open();
					if (chosen != null) {
						file.setText(chosen);
					}
					return;
				}
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.ods;*.xmi", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			asNewVersion = new Button(area, SWT.CHECK);
			asNewVersion.setText(Messages.Import_asNewVersion);
			asNewVersion.setData(Fields.FEATURE, AS_NEW_VERSION);
			asNewVersion.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			asNewVersion.setEnabled(false);
			folder.addListener(SWT.Selection, event -> {
				asNewVersion.setEnabled(folderMode());
				setPageComplete(checked() != null);
			});
			progress = new ProgressMonitorPart(area, null, false);
			progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
			setControl(area);
			setPageComplete(false);
		}

		boolean folderMode() {
			return folder != null && folder.getSelection();
		}

		boolean asNewVersion() {
			return asNewVersion.getSelection();
		}

		/** @return a monitor that shows a job's progress in this page's progress part, from any thread */
		IProgressMonitor progress(Display display) {
			return new ProgressMonitorWrapper(new org.eclipse.core.runtime.NullProgressMonitor()) {
				private void ui(Runnable update) {
					display.asyncExec(() -> {
						if (!progress.isDisposed()) {
							update.run();
						}
					});
				}

				@Override
				public void beginTask(String name, int totalWork) {
					ui(() -> progress.beginTask(name, totalWork));
				}

				@Override
				public void subTask(String name) {
					ui(() -> progress.subTask(name));
				}

				@Override
				public void worked(int work) {
					ui(() -> progress.worked(work));
				}

				@Override
				public void done() {
					ui(progress::done);
				}
			};
		}

		/** Locks the choices while a folder is imported. */
		void running(boolean running) {
			for (Control control : new Control[] { file, oneFile, folder, asNewVersion, browse }) {
				control.setEnabled(!running && (control != asNewVersion || folderMode()));
			}
		}

		/** @return the file, or the folder in folder mode, when it exists, else {@code null} with the reason shown */
		Path checked() {
			String text = file.getText().strip();
			if (text.isEmpty()) {
				setErrorMessage(null);
				return null;
			}
			Path path = Path.of(text);
			if (folderMode()) {
				if (!Files.isDirectory(path) || !Files.isReadable(path)) {
					setErrorMessage(NLS.bind(Messages.Import_noFolder, text));
					return null;
				}
				setErrorMessage(null);
				return path;
			}
			if (!Files.isRegularFile(path)) {
				setErrorMessage(NLS.bind(Messages.Import_noFile, text));
				return null;
			}
			setErrorMessage(null);
			return path;
		}

		/** Reads the file only when Next is pressed, not whenever the buttons are updated. */
		@Override
		public boolean canFlipToNextPage() {
			return isPageComplete() && !folderMode();
		}

		@Override
		public WizardPage getNextPage() {
			Path path = checked();
			if (path != null) {
				preview = ImportPreview.read(path);
				previewPage.show(preview);
			}
			return previewPage;
		}
	}

	/** Shows what will be imported and the problems. */
	private static final class PreviewPage extends WizardPage {

		private Label summary;
		private TableViewer problems;

		PreviewPage() {
			super("preview"); //$NON-NLS-1$
			setTitle(Messages.Import_previewTitle);
			setDescription(Messages.Import_previewDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout());
			summary = new Label(area, SWT.WRAP);
			summary.setData(Fields.FEATURE, SUMMARY);
			summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			problems = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			problems.getTable().setData(Fields.FEATURE, PROBLEMS);
			problems.getTable().setHeaderVisible(true);
			problems.getTable().setLinesVisible(true);
			GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
			tall.heightHint = 260;
			problems.getTable().setLayoutData(tall);
			problems.setContentProvider(ArrayContentProvider.getInstance());
			column(Messages.ProblemsPart_severity, 70, p -> p.isError() ? Messages.ProblemsPart_error : Messages.ProblemsPart_warning);
			column(Messages.Column_cell, 140, ImportProblem::reference);
			column(Messages.ProblemsPart_message, 560, ImportProblem::message);
			setControl(area);
		}

		private void column(String title, int width, java.util.function.Function<ImportProblem, String> text) {
			TableViewerColumn column = new TableViewerColumn(problems, SWT.LEFT);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((ImportProblem) element);
				}
			});
		}

		void show(ImportPreview preview) {
			if (preview.evaluation() == null) {
				summary.setText(NLS.bind(Messages.Import_cannot, preview.file()));
				setErrorMessage(Messages.Import_hasErrors);
			} else {
				String department = preview.evaluation().getDepartment() == null ? "" : preview.evaluation().getDepartment().getName(); //$NON-NLS-1$
				summary.setText(NLS.bind(Messages.Import_summary, new Object[] { department, preview.evaluation().getFiscalYear(),
						preview.indicators(), preview.total() == null ? "—" : Fields.format(preview.total()), preview.problems().size() })); //$NON-NLS-1$
				setErrorMessage(null);
				long errors = preview.problems().stream().filter(ImportProblem::isError).count();
				setMessage(errors == 0 ? null : NLS.bind(Messages.Import_anyway, errors), IMessageProvider.WARNING);
			}
			problems.setInput(preview.problems());
			summary.getParent().layout();
		}
	}
	/** Lists what became of every file of a folder's import. */
	private static final class FolderPage extends WizardPage {

		/** One line of the results: a file, or one problem of a file. */
		private record Line(String file, String result, String id, String cell, String message) {
		}

		private Label summary;
		private TableViewer results;

		FolderPage() {
			super("folder"); //$NON-NLS-1$
			setTitle(Messages.Import_folderTitle);
			setDescription(Messages.Import_folderDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout());
			summary = new Label(area, SWT.WRAP);
			summary.setData(Fields.FEATURE, FOLDER_SUMMARY);
			summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			results = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
			results.getTable().setData(Fields.FEATURE, FOLDER_RESULTS);
			results.getTable().setHeaderVisible(true);
			results.getTable().setLinesVisible(true);
			GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
			tall.heightHint = 300;
			results.getTable().setLayoutData(tall);
			results.setContentProvider(ArrayContentProvider.getInstance());
			column(Messages.Import_columnFile, 220, Line::file);
			column(Messages.Import_columnResult, 110, Line::result);
			column(Messages.Import_columnId, 50, Line::id);
			column(Messages.Column_cell, 200, Line::cell);
			column(Messages.ProblemsPart_message, 420, Line::message);
			setControl(area);
		}

		/** The last page: there is nothing after it. */
		@Override
		public boolean canFlipToNextPage() {
			return false;
		}

		private void column(String title, int width, java.util.function.Function<Line, String> text) {
			TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String value = text.apply((Line) element);
					return value == null ? "" : value; //$NON-NLS-1$
				}
			});
		}

		void show(Summary done) {
			String counts = NLS.bind(Messages.Import_folderSummary, new Object[] { done.files(), done.of(Kind.IMPORTED).size(),
					done.of(Kind.IMPORTED_WITH_PROBLEMS).size(), done.of(Kind.REFUSED).size(), done.of(Kind.SKIPPED).size() });
			int stored = done.of(Kind.IMPORTED).size() + done.of(Kind.IMPORTED_WITH_PROBLEMS).size();
			summary.setText(done.cancelled() ? counts + "\n" //$NON-NLS-1$
					+ NLS.bind(Messages.Import_folderCancelled, new Object[] { done.outcomes().size(), done.files(), stored }) : counts);
			if (done.cancelled() || !done.of(Kind.REFUSED).isEmpty() || !done.of(Kind.IMPORTED_WITH_PROBLEMS).isEmpty()) {
				setMessage(Messages.Import_folderAttention, IMessageProvider.WARNING);
			}
			List<Line> lines = new ArrayList<>();
			for (Outcome outcome : done.outcomes()) {
				String file = outcome.file().toString();
				String result = switch (outcome.kind()) {
					case IMPORTED -> Messages.Import_resultImported;
					case IMPORTED_WITH_PROBLEMS -> Messages.Import_resultProblems;
					case REFUSED -> Messages.Import_resultRefused;
					case SKIPPED -> Messages.Import_resultSkipped;
				};
				String note = outcome.cause();
				if (note == null) {
					List<String> notes = new ArrayList<>();
					if (outcome.format() != null) {
						notes.add(TableFormats.getDefault().byId(outcome.format()).map(TableFormat::name).orElse(outcome.format()));
					}
					if (!outcome.existing().isEmpty()) {
						notes.add(NLS.bind(Messages.Import_newVersionOf, String.join(", ", outcome.existing()))); //$NON-NLS-1$
					}
					note = String.join("；", notes); //$NON-NLS-1$
				}
				lines.add(new Line(file, result, outcome.id(), null, note));
				for (ImportProblem problem : outcome.problems()) {
					lines.add(new Line(file, result, outcome.id(), problem.cell() == null ? null : problem.reference(), problem.message()));
				}
			}
			results.setInput(lines);
			summary.getParent().layout();
		}
	}
}
