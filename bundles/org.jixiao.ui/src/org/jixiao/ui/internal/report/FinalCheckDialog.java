package org.jixiao.ui.internal.report;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.views.ProblemsPart;

/**
 * Shown before a final report is rendered when validation finds problems (the narrative's numbers
 * that disagree with the table among them): lists each with its severity, place and message; the
 * officer goes on ({@link IDialogConstants#OK_ID}) or cancels.
 */
public final class FinalCheckDialog extends Dialog {

	/** The data key value of the table of problems, for tests. */
	public static final String PROBLEMS = "finalCheckProblems"; //$NON-NLS-1$

	private final List<Diagnostic> problems;

	/**
	 * @param shell the parent shell
	 * @param problems the errors and warnings, not empty
	 */
	public FinalCheckDialog(Shell shell, List<Diagnostic> problems) {
		super(shell);
		this.problems = problems;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.FinalCheck_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout());
		long errors = problems.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		Label intro = new Label(area, SWT.WRAP);
		long warnings = problems.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
		intro.setText(NLS.bind(Messages.FinalCheck_intro, errors, warnings));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 760;
		intro.setLayoutData(introData);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(Fields.FEATURE, PROBLEMS);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
		tall.heightHint = 220;
		table.setLayoutData(tall);
		column(table, Messages.ProblemsPart_severity, 70);
		column(table, Messages.ProblemsPart_path, 220);
		column(table, Messages.ProblemsPart_message, 520);
		for (Diagnostic problem : problems) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { ProblemsPart.severity(problem), ProblemsPart.place(problem), ProblemsPart.message(problem) });
			if (problem.getSeverity() == Diagnostic.ERROR) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		return area;
	}

	private static void column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.FinalCheck_proceed, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}
}
