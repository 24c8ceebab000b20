package org.jixiao.ui.internal.report;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportOptions;
import org.jixiao.report.SubmissionPackage;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;

/**
 * 导出报送包: asks for the output folder and whether to package a draft, then writes the submission
 * package in a {@link PackageJob} while showing its progress with a Cancel button. A final package of
 * an evaluation that is not final or has errors is refused with the reason; the officer may then
 * choose 草稿 packaging, whose documents carry the draft mark.
 */
public final class PackageDialog extends Dialog {

	/** The data key value of the folder field, for tests. */
	public static final String FOLDER = "packageFolder"; //$NON-NLS-1$
	/** The data key value of the draft check box. */
	public static final String DRAFT = "packageDraft"; //$NON-NLS-1$
	/** The data key value of the result text. */
	public static final String RESULT = "packageResult"; //$NON-NLS-1$

	private final Evaluation evaluation;
	private final RuleSet rules;
	private final EvaluationReports reports;
	private final ReportOptions options;
	private final ReportEvidence evidence;
	private final Path defaultFolder;
	private final SubmissionPackage.Refusal refusal;
	private Text folder;
	private Button draft;
	private ProgressMonitorPart progress;
	private Text result;
	private PackageJob job;
	private Path written;

	/**
	 * @param shell the parent shell
	 * @param evaluation a copy of the evaluation to package
	 * @param rules its rule set
	 * @param reports the report service
	 * @param options the fonts
	 * @param evidence the evaluation's evidence files
	 * @param defaultFolder the folder proposed
	 */
	public PackageDialog(Shell shell, Evaluation evaluation, RuleSet rules, EvaluationReports reports, ReportOptions options,
			ReportEvidence evidence, Path defaultFolder) {
		super(shell);
		this.evaluation = evaluation;
		this.rules = rules;
		this.reports = reports;
		this.options = options;
		this.evidence = evidence;
		this.defaultFolder = defaultFolder;
		this.refusal = SubmissionPackage.refusal(evaluation, rules);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Package_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
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
		draft = new Button(area, SWT.CHECK);
		draft.setText(Messages.Package_draft);
		draft.setData(Fields.FEATURE, DRAFT);
		draft.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		progress = new ProgressMonitorPart(area, null, false);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		result = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		result.setData(Fields.FEATURE, RESULT);
		GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tall.heightHint = 100;
		result.setLayoutData(tall);
		if (refusal != null) {
			result.setText(reason());
		}
		return area;
	}

	private String reason() {
		return NLS.bind(Messages.Package_refused,
				refusal == SubmissionPackage.Refusal.HAS_ERRORS ? Messages.Package_hasErrors : Messages.Package_notFinal);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Package_write, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	/** Refuses a final package of an evaluation that may only be a draft, else starts the job. */
	@Override
	protected void okPressed() {
		if (refusal != null && !draft.getSelection()) {
			result.setText(reason());
			return;
		}
		if (folder.getText().isBlank()) {
			result.setText(Messages.Report_noFolder);
			return;
		}
		running(true);
		result.setText(""); //$NON-NLS-1$
		Shell shell = getShell();
		job = new PackageJob(reports, evaluation, rules, draft.getSelection(), Path.of(folder.getText().strip()), options,
				evidence, new UiProgress(progress), outcome -> shell.getDisplay().asyncExec(() -> finished(outcome)));
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

	private void finished(PackageJob.Outcome outcome) {
		job = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running(false);
		written = outcome.zip();
		if (outcome.cancelled()) {
			result.setText(Messages.Package_cancelled);
		} else if (outcome.error() != null) {
			result.setText(outcome.error());
		} else {
			result.setText(NLS.bind(Messages.Package_written, written));
		}
	}

	private void running(boolean running) {
		folder.setEnabled(!running);
		draft.setEnabled(!running);
		getButton(IDialogConstants.OK_ID).setEnabled(!running);
		getButton(IDialogConstants.CANCEL_ID).setText(running ? IDialogConstants.CANCEL_LABEL : IDialogConstants.CLOSE_LABEL);
	}

	/** @return the package the last run wrote, or {@code null} */
	public Path written() {
		return written;
	}
}
