package org.jixiao.ui.internal.editor;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.ui.internal.Messages;

/** 年度总体目标: the numbered goals, expected and achieved, edited in place. */
final class GoalsPage implements EditorPage {

	private final PageContext context;
	private TableViewer viewer;
	private Label status;
	private boolean refreshPending;

	GoalsPage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.GoalsPage_title;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new RowLayout());
		Tables.button(buttons, Messages.GoalsPage_add, this::add);
		Tables.button(buttons, Messages.GoalsPage_remove, this::remove);
		status = new Label(page, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = Tables.viewer(page);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setData(Fields.FEATURE, Literals.EVALUATION__GOALS.getName());
		viewer.setContentProvider(new ObservableListContentProvider<>());
		column(Messages.Column_number, 60, Literals.GOAL__NUMBER);
		column(Messages.Column_expected, 450, Literals.GOAL__EXPECTED);
		column(Messages.Column_achieved, 450, Literals.GOAL__ACHIEVED);
		viewer.setInput(EMFEditProperties.list(context.domain(), Literals.EVALUATION__GOALS).observe(context.evaluation()));
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof EObject object) {
				context.selection().accept(object);
			}
		});
		return page;
	}

	private void column(String title, int width, EAttribute attribute) {
		Tables.column(viewer, title, width, e -> ((EObject) e).eGet(attribute)).setEditingSupport(
				new FeatureEditingSupport(viewer, context.domain(), EObject.class::cast, attribute, title, this::status));
	}

	private void status(IStatus validation) {
		status.setText(validation.isOK() ? "" : validation.getMessage()); //$NON-NLS-1$
		status.getParent().layout();
	}

	private void add() {
		Goal goal = EvaluationFactory.eINSTANCE.createGoal();
		goal.setNumber(context.evaluation().getGoals().size() + 1);
		EditingDomain domain = context.domain();
		domain.getCommandStack().execute(AddCommand.create(domain, context.evaluation(), Literals.EVALUATION__GOALS, goal));
		viewer.setSelection(new StructuredSelection(goal), true);
	}

	private void remove() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Goal goal) {
			EditingDomain domain = context.domain();
			domain.getCommandStack().execute(RemoveCommand.create(domain, goal));
		}
	}

	@Override
	public void scored(ScoreSheet sheet) {
		if (!refreshPending && viewer != null) {
			refreshPending = true;
			viewer.getControl().getDisplay().asyncExec(() -> {
				refreshPending = false;
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
				}
			});
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (!(object instanceof Goal)) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(object), true);
		viewer.getControl().setFocus();
		return true;
	}

	@Override
	public void dispose() {
		// the content provider's observable is disposed with the viewer
	}
}
