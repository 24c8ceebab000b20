package org.jixiao.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.ScoreFlag;
import org.jixiao.core.validation.EvaluationRulesValidator;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.ui.internal.Messages;

/**
 * 偏差分析: every row whose score the rules require to be explained (RULES §8), whether explained
 * yet or not, with its explanation edited in place.
 */
final class DeviationPage implements EditorPage {

	private final PageContext context;
	private TableViewer viewer;
	private List<Row> rows = List.of();
	private boolean refreshPending;

	/**
	 * A row that needs an explanation.
	 *
	 * @param owner the indicator or the budget
	 * @param reason the attribute that holds the explanation
	 * @param score the row's score
	 */
	record Row(EObject owner, EAttribute reason, RowScore score) {
	}

	DeviationPage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.DeviationPage_title;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.DeviationPage_hint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = Tables.viewer(page);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setData(Fields.FEATURE, "deviations"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(viewer, Messages.Column_row, 260, e -> RowPaths.of(((Row) e).owner()));
		Tables.column(viewer, Messages.Column_weight, 60, e -> ((Row) e).score().weight());
		Tables.column(viewer, Messages.Column_score, 60, e -> ((Row) e).score().score());
		Tables.column(viewer, Messages.Column_scoreExplanation, 260, e -> ((Row) e).score().explanation());
		Tables.column(viewer, Messages.Column_deviationReason, 380, e -> ((Row) e).owner().eGet(((Row) e).reason()))
				.setEditingSupport(new ReasonEditing(viewer));
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Row row) {
				context.selection().accept(row.owner());
			}
		});
		return page;
	}

	@Override
	public void scored(ScoreSheet sheet) {
		List<Row> now = new ArrayList<>();
		if (sheet.budget().has(ScoreFlag.NEEDS_EXPLANATION) && context.evaluation().getBudget() != null) {
			now.add(new Row(context.evaluation().getBudget(), Literals.BUDGET__EXPLANATION, sheet.budget()));
		}
		for (IndicatorScore row : sheet.indicators()) {
			if (EvaluationRulesValidator.needsExplanation(row.score())) {
				now.add(new Row(row.indicator(), Literals.INDICATOR__DEVIATION_REASON, row.score()));
			}
		}
		rows = now;
		if (!refreshPending && viewer != null) {
			refreshPending = true;
			viewer.getControl().getDisplay().asyncExec(() -> {
				refreshPending = false;
				if (!viewer.getControl().isDisposed() && !viewer.isCellEditorActive()) {
					viewer.setInput(rows);
				}
			});
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (feature != Literals.INDICATOR__DEVIATION_REASON && feature != Literals.BUDGET__EXPLANATION) {
			return false;
		}
		viewer.setInput(rows);
		for (Row row : rows) {
			if (row.owner() == object) {
				viewer.setSelection(new StructuredSelection(row), true);
				viewer.editElement(row, 4);
				return true;
			}
		}
		return false;
	}

	@Override
	public void dispose() {
		rows = List.of();
	}

	/** Edits a row's explanation through a {@link SetCommand}. */
	private final class ReasonEditing extends EditingSupport {

		private final TextCellEditor editor;

		ReasonEditing(TableViewer viewer) {
			super(viewer);
			editor = new TextCellEditor(viewer.getTable());
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
			Row row = (Row) element;
			return Objects.toString(row.owner().eGet(row.reason()), ""); //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			Row row = (Row) element;
			String text = ((String) value).strip();
			if (!text.equals(Objects.toString(row.owner().eGet(row.reason()), ""))) { //$NON-NLS-1$
				EditingDomain domain = context.domain();
				domain.getCommandStack().execute(SetCommand.create(domain, row.owner(), row.reason(), text.isEmpty() ? null : text));
			}
		}
	}
}
