package org.jixiao.ui.internal.interchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
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
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * Exports an evaluation as the official self-evaluation table (.xlsx) or as XMI: one page with the
 * format and the file. The file is written in the wizard's progress area; a failure is shown on the
 * page, naming the file and the cause, and the wizard stays open.
 */
public final class ExportWizard extends Wizard {

	/** The data key value (under {@link Fields#FEATURE}) of the file field, for tests. */
	public static final String FILE = "exportFile"; //$NON-NLS-1$
	/** The data key value of the XMI format button. */
	public static final String XMI = "exportXmi"; //$NON-NLS-1$

	private static final String XLSX_SUFFIX = ".xlsx"; //$NON-NLS-1$
	private static final String XMI_SUFFIX = ".xmi"; //$NON-NLS-1$

	private final Evaluation evaluation;
	private final Path folder;
	private final FilePage page = new FilePage();
	private Path written;

	/**
	 * @param evaluation a copy of the evaluation to export, as it is on the screen
	 * @param folder the folder proposed for the file
	 */
	public ExportWizard(Evaluation evaluation, Path folder) {
		this.evaluation = evaluation;
		this.folder = folder;
		setWindowTitle(Messages.Export_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** @return the file written by Finish, or {@code null} */
	public Path written() {
		return written;
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Export_writing, file.getFileName()), 1);
				try {
					if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(XMI_SUFFIX)) {
						XmiInterchange.write(evaluation, file);
					} else {
						new XlsxExporter(null, JixiaoPreferences.tableFormat(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE), evaluation))
								.write(evaluation, file);
					}
				} catch (IOException | EvaluationFileException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(NLS.bind(Messages.Export_failed, file, reason(file, e.getCause())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		written = file;
		return true;
	}

	/** @return why a file could not be written, in the officer's words where the cause is a common one */
	private static String reason(Path file, Throwable cause) {
		Path folder = file.getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			return Messages.Export_noFolder;
		}
		if (cause instanceof AccessDeniedException) {
			return Messages.Export_accessDenied;
		}
		return cause instanceof FileSystemException e && e.getReason() != null ? e.getReason() : cause.getMessage();
	}

	/** Asks for the format and the file. */
	private final class FilePage extends WizardPage {

		private Text file;
		private Button xlsx;
		private Button xmi;

		FilePage() {
			super("file"); //$NON-NLS-1$
			setTitle(Messages.Export_fileTitle);
			setDescription(Messages.Export_fileDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			new Label(area, SWT.NONE).setText(Messages.Export_format);
			Composite formats = new Composite(area, SWT.NONE);
			formats.setLayout(new GridLayout(2, false));
			formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			xlsx = new Button(formats, SWT.RADIO);
			xlsx.setText(Messages.Export_xlsx);
			xlsx.setSelection(true);
			xmi = new Button(formats, SWT.RADIO);
			xmi.setText(Messages.Export_xmi);
			xmi.setData(Fields.FEATURE, XMI);
			new Label(area, SWT.NONE).setText(Messages.Export_file);
			file = new Text(area, SWT.BORDER);
			file.setData(Fields.FEATURE, FILE);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			file.setLayoutData(wide);
			file.setText(folder.resolve(EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.XLSX))
					.toString());
			file.addModifyListener(event -> check());
			Button browse = new Button(area, SWT.PUSH);
			browse.setText(Messages.Export_browse);
			browse.addListener(SWT.Selection, event -> browse());
			xlsx.addListener(SWT.Selection, event -> suffix(XMI_SUFFIX, XLSX_SUFFIX));
			xmi.addListener(SWT.Selection, event -> suffix(XLSX_SUFFIX, XMI_SUFFIX));
			setControl(area);
			check();
		}

		/** Follows the format in the file name, when the name ends with the other format's suffix. */
		private void suffix(String from, String to) {
			String text = file.getText();
			if (text.toLowerCase(Locale.ROOT).endsWith(from)) {
				file.setText(text.substring(0, text.length() - from.length()) + to);
			}
		}

		private void browse() {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { xmi.getSelection() ? "*.xmi" : "*.xlsx" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setOverwrite(true);
			Path current = file();
			if (current != null) {
				dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
				dialog.setFileName(current.getFileName().toString());
			}
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		}

		/** @return the file named, or {@code null} when none is */
		Path file() {
			String text = file.getText().strip();
			return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
		}

		private void check() {
			Path chosen = file();
			setErrorMessage(null);
			setMessage(chosen != null && Files.exists(chosen) ? NLS.bind(Messages.Export_exists, chosen) : null, WARNING);
			if (chosen == null) {
				setMessage(Messages.Export_noFile);
			}
			setPageComplete(chosen != null);
		}
	}
}
