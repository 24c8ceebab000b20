package org.jixiao.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.store.Evidence;
import org.jixiao.ui.internal.Messages;

/**
 * The evidence files of one row: name, size, who attached them and when; add more, open one with the
 * system viewer, remove one. Every change goes to the database at once, which the dialog says.
 */
final class EvidenceDialog extends TitleAreaDialog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final EvidenceFiles files;
	private final EObject row;
	private final Runnable refresh = this::refresh;
	private TableViewer viewer;

	EvidenceDialog(Shell shell, EvidenceFiles files, EObject row) {
		super(shell);
		this.files = files;
		this.row = row;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Evidence_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.Evidence_dialogTitle, RowPaths.of(row)));
		setMessage(Messages.Evidence_note);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout());
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
		table.heightHint = 180;
		table.widthHint = 640;
		viewer.getTable().setLayoutData(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Evidence_name, 260, Evidence::fileName);
		column(Messages.Evidence_size, 80, e -> size(e.size()));
		column(Messages.Evidence_addedBy, 100, Evidence::addedBy);
		column(Messages.Evidence_addedAt, 140, e -> TIME.format(e.addedAt()));
		viewer.addDoubleClickListener(event -> openSelected());
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayout(new RowLayout());
		button(buttons, Messages.Evidence_add, this::add);
		button(buttons, Messages.Evidence_open, this::openSelected);
		button(buttons, Messages.Evidence_remove, this::remove);
		files.addListener(refresh);
		viewer.getControl().addDisposeListener(event -> files.removeListener(refresh));
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void column(String title, int width, Function<Evidence, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Evidence) element);
			}
		});
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(files.of(row));
		}
	}

	private Evidence selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Evidence evidence ? evidence : null;
	}

	private void add() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Evidence_attachTitle);
		if (dialog.open() != null) {
			java.util.List<java.nio.file.Path> chosen = new java.util.ArrayList<>();
			for (String name : dialog.getFileNames()) {
				chosen.add(java.nio.file.Path.of(dialog.getFilterPath(), name));
			}
			files.attach(row, chosen);
		}
	}

	private void openSelected() {
		Evidence evidence = selected();
		if (evidence != null) {
			files.open(evidence);
		}
	}

	private void remove() {
		Evidence evidence = selected();
		if (evidence != null && MessageDialog.openConfirm(getShell(), Messages.Evidence_title,
				NLS.bind(Messages.Evidence_removeQuestion, evidence.fileName()))) {
			files.remove(evidence);
		}
	}

	/** @return a size for people: {@code 512 B}, {@code 12.3 KB}, {@code 1.2 MB} */
	static String size(long bytes) {
		return bytes < 1024 ? bytes + " B" : bytes < 1L << 20 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0) //$NON-NLS-1$ //$NON-NLS-2$
				: String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20)); //$NON-NLS-1$
	}
}
