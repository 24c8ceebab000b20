package org.jixiao.ui.internal.report;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;

/**
 * Asks for the formats and the output folder, then renders the documents in a {@link ReportJob}
 * while showing its progress with a Cancel button; at the end it lists the files written and offers
 * to open the folder and, when HTML was written, the preview. Before a final evaluation's documents
 * are rendered, the problems validation finds (the narrative's numbers that disagree with the table
 * among them) are listed in a {@link FinalCheckDialog}, and the officer goes on or cancels.
 */
public final class ReportDialog extends Dialog {

	/** The data key values of the dialog's controls, for tests: the format's name, "folder", "result". */
	public static final String FOLDER = "folder"; //$NON-NLS-1$
	/** The data key value of the result text. */
	public static final String RESULT = "result"; //$NON-NLS-1$

	private static final int OPEN_FOLDER = IDialogConstants.CLIENT_ID;
	private static final int PREVIEW = IDialogConstants.CLIENT_ID + 1;

	private final Evaluation evaluation;
	private final EvaluationReports reports;
	private final ReportOptions options;
	private final ReportEvidence evidence;
	private final Path defaultFolder;
	private final Consumer<Path> preview;
	private final List<Diagnostic> problems;
	private final Map<ReportFormat, Button> formats = new EnumMap<>(ReportFormat.class);
	private Text folder;
	private ProgressMonitorPart progress;
	private Text result;
	private ReportJob job;
	private List<Path> written = List.of();

	/**
	 * @param shell the parent shell
	 * @param evaluation a copy of the evaluation to render
	 * @param reports the report service
	 * @param options the fonts
	 * @param evidence the evaluation's evidence files
	 * @param defaultFolder the folder proposed
	 * @param preview opens the preview of an HTML file
	 * @param problems the problems validation finds in the evaluation; its errors and warnings are shown
	 *            before a final report
	 */
	public ReportDialog(Shell shell, Evaluation evaluation, EvaluationReports reports, ReportOptions options, ReportEvidence evidence,
			Path defaultFolder, Consumer<Path> preview, List<Diagnostic> problems) {
		super(shell);
		this.evaluation = evaluation;
		this.reports = reports;
		this.options = options;
		this.evidence = evidence;
		this.defaultFolder = defaultFolder;
		this.preview = preview;
		this.problems = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING).toList();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Report_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		Group group = new Group(area, SWT.NONE);
		group.setText(Messages.Report_formats);
		group.setLayout(new GridLayout(4, true));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		for (ReportFormat format : ReportFormat.values()) {
			Button check = new Button(group, SWT.CHECK);
			check.setText(format.name());
			check.setData(Fields.FEATURE, format.name());
			check.setSelection(format == ReportFormat.PDF || format == ReportFormat.HTML);
			formats.put(format, check);
		}
		new Label(area, SWT.NONE).setText(Messages.Report_folder);
		folder = new Text(area, SWT.BORDER);
		folder.setData(Fields.FEATURE, FOLDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 420;
		folder.setLayoutData(wide);
		folder.setText(defaultFolder.toString());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Report_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog chooser = new DirectoryDialog(getShell());
			chooser.setFilterPath(folder.getText());
			String chosen = chooser.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		progress = new ProgressMonitorPart(area, null, false);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		result = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		result.setData(Fields.FEATURE, RESULT);
		GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tall.heightHint = 120;
		result.setLayoutData(tall);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, OPEN_FOLDER, Messages.Report_openFolder, false).setEnabled(false);
		createButton(parent, PREVIEW, Messages.Report_preview, false).setEnabled(false);
		createButton(parent, IDialogConstants.OK_ID, Messages.Report_generate, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_FOLDER) {
			Program.launch(folder.getText());
		} else if (buttonId == PREVIEW) {
			written.stream().filter(p -> p.toString().endsWith(".html")).findFirst().ifPresent(preview); //$NON-NLS-1$
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Starts the job; the dialog stays open and shows its progress. */
	@Override
	protected void okPressed() {
		Set<ReportFormat> chosen = formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
		if (chosen.isEmpty()) {
			result.setText(Messages.Report_noFormat);
			return;
		}
		if (folder.getText().isBlank()) {
			result.setText(Messages.Report_noFolder);
			return;
		}
		if (evaluation.getStatus() == EvaluationStatus.FINAL && !problems.isEmpty()
				&& new FinalCheckDialog(getShell(), problems).open() != OK) {
			result.setText(Messages.FinalCheck_cancelled);
			return;
		}
		running(true);
		result.setText(""); //$NON-NLS-1$
		Shell shell = getShell();
		job = new ReportJob(reports, evaluation, chosen, Path.of(folder.getText().strip()), options, evidence, new UiProgress(progress),
				outcome -> shell.getDisplay().asyncExec(() -> finished(outcome)));
		job.schedule();
	}

	/** Cancels a running job, else closes the dialog. */
	@Override
	protected void cancelPressed() {
		if (job != null) {
			job.cancel();
			return;
		}
		super.cancelPressed();
	}

	private void finished(ReportJob.Outcome outcome) {
		job = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running(false);
		written = outcome.files();
		if (outcome.cancelled()) {
			result.setText(Messages.Report_cancelled);
		} else if (outcome.error() != null) {
			result.setText(outcome.error());
		} else {
			result.setText(NLS.bind(Messages.Report_written, written.stream().map(Path::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
		}
		getButton(OPEN_FOLDER).setEnabled(!written.isEmpty());
		getButton(PREVIEW).setEnabled(written.stream().anyMatch(p -> p.toString().endsWith(".html"))); //$NON-NLS-1$
	}

	private void running(boolean running) {
		formats.values().forEach(b -> b.setEnabled(!running));
		folder.setEnabled(!running);
		getButton(IDialogConstants.OK_ID).setEnabled(!running);
		getButton(IDialogConstants.CANCEL_ID).setText(running ? IDialogConstants.CANCEL_LABEL : IDialogConstants.CLOSE_LABEL);
	}

	/** @return the files the last run wrote */
	public List<Path> written() {
		return written;
	}
}
