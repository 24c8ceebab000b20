package org.jixiao.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Widget;
import org.jixiao.ui.internal.Messages;

/**
 * Evidence files (佐证材料) on the rows of a table or tree: files dragged from the file manager onto a
 * row are attached to it (an SWT {@link DropTarget} for {@link FileTransfer}); the context menu
 * attaches files through a file dialog and shows the row's files to open or remove; an optional
 * column counts them. The rows are whatever the viewer shows; a function says which indicator or
 * ledger entry a row stands for, so module pages use it for their ledger tables as the editor does for
 * its indicator tables:
 *
 * <pre>
 * new EvidenceSupport(table.viewer(), row -&gt; (EObject) row, context.evidence()).addCountColumn(table.viewer());
 * </pre>
 *
 * Everything is released with the viewer's control.
 */
public final class EvidenceSupport {

	private final StructuredViewer viewer;
	private final Function<Object, EObject> owner;
	private final EvidenceFiles files;
	private final DropTarget target;
	private final DropTargetListener drop;

	/**
	 * @param viewer the table or tree of rows
	 * @param owner the indicator or ledger entry a row stands for, or {@code null} for a row that takes
	 *            no files
	 * @param files the evaluation's evidence files
	 */
	public EvidenceSupport(StructuredViewer viewer, Function<Object, EObject> owner, EvidenceFiles files) {
		this.viewer = viewer;
		this.owner = owner;
		this.files = files;
		Control control = viewer.getControl();
		Object existing = control.getData(DND.DROP_TARGET_KEY);
		target = existing instanceof DropTarget dropTarget ? dropTarget : new DropTarget(control, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
		List<Transfer> transfers = new ArrayList<>(List.of(target.getTransfer()));
		if (!transfers.contains(FileTransfer.getInstance())) {
			transfers.add(FileTransfer.getInstance());
			target.setTransfer(transfers.toArray(Transfer[]::new));
		}
		drop = new FileDrop();
		target.addDropListener(drop);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			EObject row = selectedOwner();
			Action attach = action(Messages.Evidence_attach, () -> attachWithDialog(row));
			attach.setEnabled(row != null);
			manager.add(attach);
			Action show = action(row == null ? Messages.Evidence_manageNone : org.eclipse.osgi.util.NLS.bind(Messages.Evidence_manage, files.of(row).size()),
					() -> new EvidenceDialog(control.getShell(), files, row).open());
			show.setEnabled(row != null);
			manager.add(show);
		});
		if (control.getMenu() == null) {
			control.setMenu(menu.createContextMenu(control));
		}
		Runnable refresh = () -> {
			if (!control.isDisposed()) {
				viewer.refresh();
			}
		};
		files.addListener(refresh);
		control.addDisposeListener(event -> {
			files.removeListener(refresh);
			target.removeDropListener(drop);
			menu.dispose();
		});
	}

	/**
	 * Adds a column with the number of files of each row.
	 *
	 * @param table the viewer given to this support, a table
	 * @return the column
	 */
	public TableViewerColumn addCountColumn(TableViewer table) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.RIGHT);
		column.getColumn().setText(Messages.Evidence_column);
		column.getColumn().setToolTipText(Messages.Evidence_columnTip);
		column.getColumn().setWidth(60);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject row = owner.apply(element);
				int count = row == null ? 0 : files.of(row).size();
				return count == 0 ? "" : Integer.toString(count); //$NON-NLS-1$
			}
		});
		return column;
	}

	/** @return the listener that attaches dropped files, as registered on the control's {@link DropTarget} */
	public DropTargetListener dropListener() {
		return drop;
	}

	private EObject selectedOwner() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first == null ? null : owner.apply(first);
	}

	private EObject ownerAt(Widget item) {
		return item instanceof Item row && row.getData() != null ? owner.apply(row.getData()) : null;
	}

	private void attachWithDialog(EObject row) {
		FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Evidence_attachTitle);
		if (dialog.open() == null) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Path.of(dialog.getFilterPath(), name));
		}
		files.attach(row, chosen);
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Copies dropped files onto the row under the pointer; refuses anything else. */
	private final class FileDrop extends DropTargetAdapter {

		@Override
		public void dragEnter(DropTargetEvent event) {
			accept(event);
		}

		@Override
		public void dragOver(DropTargetEvent event) {
			event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
			accept(event);
		}

		@Override
		public void dragOperationChanged(DropTargetEvent event) {
			accept(event);
		}

		private void accept(DropTargetEvent event) {
			boolean files = FileTransfer.getInstance().isSupportedType(event.currentDataType);
			event.detail = files && ownerAt(event.item) != null && (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
		}

		@Override
		public void drop(DropTargetEvent event) {
			EObject row = ownerAt(event.item);
			if (row == null || !(event.data instanceof String[] names) || names.length == 0) {
				event.detail = DND.DROP_NONE;
				return;
			}
			List<Path> dropped = new ArrayList<>();
			for (String name : names) {
				dropped.add(Path.of(name));
			}
			event.detail = DND.DROP_COPY;
			files.attach(row, dropped);
		}
	}
}
