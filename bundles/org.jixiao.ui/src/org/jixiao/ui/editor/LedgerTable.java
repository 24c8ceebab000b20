package org.jixiao.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.LedgerWorkbooks;
import org.jixiao.interchange.LedgerWorkbooks.LedgerImport;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.ui.internal.Messages;

/**
 * One ledger (台账) of a module as an editable table: a column per field of its entries (text,
 * number, yes/no, date, choice), add and remove, the module's ledgers imported from and exported to
 * an .xlsx workbook, and each entry's evidence files (佐证材料: dropped on its row or attached from
 * its context menu, {@link EvidenceSupport}). Every change goes through the editing domain's command
 * stack, so undo, the dirty marker, live scoring and the ledger feeds see it; the module's data is
 * created with its first entry.
 */
public final class LedgerTable {

	private final ModuleEditorPageContext context;
	private final EClass dataClass;
	private final EReference ledger;
	private final List<EAttribute> fields;
	private final Composite control;
	private final TableViewer viewer;
	private final Label status;

	/**
	 * @param parent the parent
	 * @param context the page's context
	 * @param dataClass the module's data class
	 * @param ledger one of its ledgers
	 */
	public LedgerTable(Composite parent, ModuleEditorPageContext context, EClass dataClass, EReference ledger) {
		this.context = context;
		this.dataClass = dataClass;
		this.ledger = ledger;
		this.fields = ledger.getEReferenceType().getEAllAttributes().stream()
				.filter(a -> a != EvaluationPackage.Literals.LEDGER_ENTRY__UID && !a.isTransient() && !a.isDerived()).toList();
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout());
		Composite buttons = new Composite(control, SWT.NONE);
		buttons.setLayout(new RowLayout());
		button(buttons, Messages.Ledger_add, this::add);
		button(buttons, Messages.Ledger_remove, this::remove);
		button(buttons, Messages.Ledger_import, this::importWorkbook);
		button(buttons, Messages.Ledger_export, this::exportWorkbook);
		viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn number = new TableViewerColumn(viewer, SWT.RIGHT);
		number.getColumn().setText(Messages.Ledger_number);
		number.getColumn().setWidth(48);
		number.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Integer.toString(entries().indexOf(element) + 1);
			}
		});
		for (EAttribute field : fields) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(ModuleLedgers.label(field));
			column.getColumn().setWidth(field.getEAttributeType().getInstanceClass() == String.class ? 160 : 100);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return LedgerValues.format(field, ((EObject) element).eGet(field));
				}
			});
			column.setEditingSupport(new FieldEditing(field));
		}
		new EvidenceSupport(viewer, row -> (EObject) row, context.evidence()).addCountColumn(viewer);
		status = new Label(control, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refresh();
	}

	/** @return the table and its buttons */
	public Control control() {
		return control;
	}

	/** @return the table's viewer; its input is the ledger's entries */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the ledger shown */
	public EReference ledger() {
		return ledger;
	}

	/** Shows the ledger as it is now. */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<EObject> entries = entries();
		if (entries.equals(viewer.getInput())) {
			viewer.refresh();
		} else {
			viewer.setInput(new ArrayList<>(entries));
		}
		status.setText(NLS.bind(Messages.Ledger_count, Integer.valueOf(entries.size())));
		control.layout();
	}

	/**
	 * Adds an entry at the end, creating the module's data when the evaluation has none, in one undoable command.
	 *
	 * @return the new entry
	 */
	@SuppressWarnings("unchecked")
	public EObject add() {
		EObject entry = EcoreUtil.create(ledger.getEReferenceType());
		execute(new ChangeCommand(context.evaluation()) {
			@Override
			protected void doExecute() {
				((List<EObject>) data(true).eGet(ledger)).add(entry);
			}
		});
		refresh();
		viewer.setSelection(new StructuredSelection(entry), true);
		return entry;
	}

	private void remove() {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		if (!selected.isEmpty()) {
			EditingDomain domain = context.editingDomain();
			execute(RemoveCommand.create(domain, data(false), ledger, selected));
			refresh();
		}
	}

	private void importWorkbook() {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.ods", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		Job.create(NLS.bind(Messages.Ledger_importJob, file.getFileName()), monitor -> {
			try {
				LedgerImport read = LedgerWorkbooks.read(file, dataClass, context.moduleId());
				control.getDisplay().asyncExec(() -> apply(file, read));
				return Status.OK_STATUS;
			} catch (ImportException e) {
				control.getDisplay().asyncExec(() -> MessageDialog.openError(control.getShell(), Messages.Ledger_importTitle, e.getMessage()));
				return Status.OK_STATUS;
			}
		}).schedule();
	}

	/** Replaces or extends the ledgers with what was read, in one undoable command, and lists the cells not understood. */
	@SuppressWarnings("unchecked")
	private void apply(Path file, LedgerImport read) {
		if (control.isDisposed()) {
			return;
		}
		ModuleData current = data(false);
		int existing = current == null ? 0 : ModuleLedgers.size(current);
		int choice = existing == 0 ? 0
				: new MessageDialog(control.getShell(), Messages.Ledger_importTitle, null,
						NLS.bind(Messages.Ledger_importReplace, new Object[] { file.getFileName(), Integer.valueOf(read.entries()), Integer.valueOf(existing) }),
						MessageDialog.QUESTION, 0, Messages.Ledger_replace, Messages.Ledger_append, Messages.Ledger_cancel).open();
		if (choice != 0 && choice != 1) {
			return;
		}
		execute(new ChangeCommand(context.evaluation()) {
			@Override
			protected void doExecute() {
				ModuleData data = data(true);
				for (EReference each : ModuleLedgers.ledgers(dataClass)) {
					List<EObject> imported = (List<EObject>) read.data().eGet(each);
					if (imported.isEmpty() && choice == 0 && read.problems().stream().anyMatch(p -> p.sheet().equals(file.getFileName().toString()))) {
						continue;
					}
					List<EObject> target = (List<EObject>) data.eGet(each);
					if (choice == 0) {
						target.clear();
					}
					target.addAll(new ArrayList<>(imported));
				}
			}
		});
		refresh();
		List<ImportProblem> problems = read.problems();
		String summary = NLS.bind(Messages.Ledger_imported, Integer.valueOf(read.entries()), file.getFileName());
		if (problems.isEmpty()) {
			status.setText(summary);
		} else {
			StringBuilder text = new StringBuilder(summary).append("\n\n"); //$NON-NLS-1$
			problems.stream().limit(30).forEach(p -> text.append(p).append('\n'));
			if (problems.size() > 30) {
				text.append(NLS.bind(Messages.Ledger_moreProblems, Integer.valueOf(problems.size() - 30)));
			}
			MessageDialog.openWarning(control.getShell(), Messages.Ledger_importTitle, text.toString());
		}
	}

	private void exportWorkbook() {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		dialog.setFileName(context.moduleId() + "-ledgers.xlsx"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		ModuleData data = data(false);
		ModuleData copy = data == null ? null : EcoreUtil.copy(data);
		Job.create(NLS.bind(Messages.Ledger_exportJob, file.getFileName()), monitor -> {
			try {
				LedgerWorkbooks.write(dataClass, copy, file);
				control.getDisplay().asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText(NLS.bind(Messages.Ledger_exported, file));
					}
				});
				return Status.OK_STATUS;
			} catch (java.io.IOException e) {
				return new Status(IStatus.ERROR, "org.jixiao.ui", NLS.bind(Messages.Ledger_exportFailed, file, e.getMessage()), e); //$NON-NLS-1$
			}
		}).schedule();
	}

	@SuppressWarnings("unchecked")
	private List<EObject> entries() {
		ModuleData data = data(false);
		return data == null ? List.of() : (List<EObject>) data.eGet(ledger);
	}

	/** @return the module's data in the evaluation; with {@code create}, made and added when missing (inside a command only) */
	private ModuleData data(boolean create) {
		Evaluation evaluation = context.evaluation();
		ModuleData data = ModuleLedgers.find(evaluation, context.moduleId()).filter(dataClass::isInstance).orElse(null);
		if (data == null && create) {
			data = (ModuleData) EcoreUtil.create(dataClass);
			data.setModuleId(context.moduleId());
			evaluation.getModuleData().add(data);
		}
		return data;
	}

	private void execute(Command command) {
		context.editingDomain().getCommandStack().execute(command);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Edits one field of the entries in place through a {@link SetCommand}. */
	private final class FieldEditing extends EditingSupport {

		private final EAttribute field;
		private final CellEditor editor;
		private final List<EEnumLiteral> literals;

		FieldEditing(EAttribute field) {
			super(viewer);
			this.field = field;
			Class<?> type = field.getEAttributeType().getInstanceClass();
			Composite table = viewer.getTable();
			if (field.getEAttributeType() instanceof EEnum eEnum) {
				literals = eEnum.getELiterals();
				editor = new ComboBoxCellEditor(table, literals.stream().map(ModuleLedgers::label).toArray(String[]::new), SWT.READ_ONLY);
			} else if (type == boolean.class || type == Boolean.class) {
				literals = List.of();
				editor = new CheckboxCellEditor(table);
			} else {
				literals = List.of();
				editor = new TextCellEditor(table);
			}
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(field);
			if (editor instanceof ComboBoxCellEditor) {
				for (int i = 0; i < literals.size(); i++) {
					if (literals.get(i).getInstance().equals(value)) {
						return Integer.valueOf(i);
					}
				}
				return Integer.valueOf(0);
			}
			if (editor instanceof CheckboxCellEditor) {
				return Boolean.valueOf(Boolean.TRUE.equals(value));
			}
			return LedgerValues.format(field, value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object converted;
			if (editor instanceof ComboBoxCellEditor) {
				int index = ((Integer) value).intValue();
				if (index < 0) {
					return;
				}
				converted = literals.get(index).getInstance();
			} else if (editor instanceof CheckboxCellEditor) {
				converted = value;
			} else {
				try {
					converted = LedgerValues.parse(field, (String) value);
				} catch (IllegalArgumentException e) {
					status.setText(NLS.bind(Messages.Ledger_invalid, ModuleLedgers.label(field), e.getMessage()));
					return;
				}
			}
			EObject entry = (EObject) element;
			if (!Objects.equals(converted, entry.eGet(field))) {
				execute(SetCommand.create(context.editingDomain(), entry, field, converted));
				refresh();
			}
		}
	}
}
