package org.jixiao.ui.internal.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.interchange.ImportProblem;
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
 */
public final class ImportWizard extends Wizard {

	/** The data key values of the wizard's controls, for tests. */
	public static final String FILE = "importFile"; //$NON-NLS-1$
	/** The summary label of the preview page. */
	public static final String SUMMARY = "importSummary"; //$NON-NLS-1$
	/** The problems table of the preview page. */
	public static final String PROBLEMS = "importProblems"; //$NON-NLS-1$

	private final EvaluationRepository repository;
	private final Consumer<String> opened;
	private final FilePage filePage = new FilePage();
	private final PreviewPage previewPage = new PreviewPage();
	private ImportPreview preview;

	/**
	 * @param repository where the evaluation is stored
	 * @param opened told the stored evaluation's key
	 */
	public ImportWizard(EvaluationRepository repository, Consumer<String> opened) {
		this.repository = repository;
		this.opened = opened;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && preview != null && preview.evaluation() != null;
	}

	/**
	 * Stores the evaluation; when the repository already holds one of the same department and year,
	 * only after the officer chose to keep both.
	 */
	@Override
	public boolean performFinish() {
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
		return repository.list().stream().filter(e -> department.equals(e.department()) && e.fiscalYear() == evaluation.getFiscalYear())
				.map(EvaluationEntry::id).toList();
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

	/** Asks for the file. */
	private final class FilePage extends WizardPage {

		private Text file;

		FilePage() {
			super("file"); //$NON-NLS-1$
			setTitle(Messages.Import_fileTitle);
			setDescription(Messages.Import_fileDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			new Label(area, SWT.NONE).setText(Messages.Import_file);
			file = new Text(area, SWT.BORDER);
			file.setData(Fields.FEATURE, FILE);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			file.setLayoutData(wide);
			file.addModifyListener(event -> setPageComplete(checked() != null));
			Button browse = new Button(area, SWT.PUSH);
			browse.setText(Messages.Report_browse);
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.ods;*.xmi", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			setControl(area);
			setPageComplete(false);
		}

		/** @return the file when it exists, else {@code null} with the reason shown */
		Path checked() {
			String text = file.getText().strip();
			if (text.isEmpty()) {
				setErrorMessage(null);
				return null;
			}
			Path path = Path.of(text);
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
			return isPageComplete();
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
}
