package org.jixiao.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.modules.EvaluationTemplates;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.TargetBasis;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.jixiao.ui.editor.EvidenceSupport;
import org.jixiao.ui.editor.ModuleEditorPage;
import org.jixiao.ui.editor.ModuleEditorPageContext;
import org.jixiao.ui.internal.Messages;

/**
 * The page of a module without a page of its own: a table of the module's indicators (name,
 * target, actual, weight, 不适用, score, its explanation, deviation reason) and, below, the fields of
 * the selected one, with its 年初指标值, the basis of its target, 核心指标 and 评（扣）分标准. 不适用 is ticked in the table or below; either is a command of the editing
 * domain, undone like any other change. For an installed module, "add from the template library" places the templates the
 * officer picks under their groups, as one undoable command.
 */
public final class GenericModulePage implements ModuleEditorPage {

	private final DataBindingContext bindings = new DataBindingContext();
	private final Optional<IndicatorModule> module;
	private ModuleEditorPageContext context;
	private TableViewer viewer;
	private Text name;
	private Text target;
	private Text actual;
	private Text weight;
	private Button notApplicable;
	private Text initialTarget;
	private Combo basis;
	private Button core;
	private Text criterion;
	private Text reason;
	private Text measures;
	private boolean refreshPending;

	/** @param module the installed module whose template library the page offers, if any */
	public GenericModulePage(Optional<IndicatorModule> module) {
		this.module = module;
	}

	@Override
	public Control createControl(Composite parent, ModuleEditorPageContext pageContext) {
		this.context = pageContext;
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		if (ModuleLedgers.find(context.evaluation(), context.moduleId()).orElse(null) instanceof UninstalledModuleData kept) {
			Label notice = new Label(page, SWT.WRAP);
			notice.setText(NLS.bind(Messages.ModulePage_uninstalled, kept.getModuleId(), kept.getNsURI()));
			notice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new RowLayout());
		Tables.button(buttons, Messages.ModulePage_add, this::add);
		Tables.button(buttons, Messages.ModulePage_remove, this::remove);
		if (module.isPresent() && !module.get().templates().isEmpty()) {
			Tables.button(buttons, Messages.ModulePage_addFromTemplates, this::addFromTemplates);
		}
		Label evidenceHint = new Label(page, SWT.WRAP);
		evidenceHint.setText(Messages.Evidence_hint);
		evidenceHint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(page, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = Tables.viewer(sash);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(viewer, Messages.Column_indicator, 200, e -> ((Indicator) e).getName());
		Tables.column(viewer, Messages.Column_target, 110, e -> ((Indicator) e).getTargetText());
		Tables.column(viewer, Messages.Column_actual, 110, e -> ((Indicator) e).getActualText());
		Tables.column(viewer, Messages.Column_weight, 60, e -> ((Indicator) e).getWeight());
		Tables.column(viewer, Messages.Column_notApplicable, 60, e -> ((Indicator) e).isNotApplicable() ? Messages.ModulePage_notApplicableMark : "") //$NON-NLS-1$
				.setEditingSupport(new NotApplicableEditing(viewer, context.editingDomain()));
		Tables.column(viewer, Messages.Column_score, 60, e -> ((Indicator) e).getScore());
		Tables.column(viewer, Messages.Column_scoreExplanation, 240, e -> ((Indicator) e).getScoreExplanation());
		Tables.column(viewer, Messages.Column_deviationReason, 240, e -> ((Indicator) e).getDeviationReason());
		new EvidenceSupport(viewer, row -> (Indicator) row, context.evidence()).addCountColumn(viewer);
		viewer.setInput(context.indicators());
		viewer.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			if (selected instanceof EObject object) {
				context.select(object);
			}
		});
		createDetail(sash);
		sash.setWeights(3, 2);
		return page;
	}

	@SuppressWarnings("unchecked")
	private void createDetail(Composite parent) {
		Group detail = new Group(parent, SWT.NONE);
		detail.setText(Messages.ModulePage_detail);
		detail.setLayout(new GridLayout(2, false));
		IObservableValue<?> selected = ViewerProperties.singleSelection().observe(viewer);
		name = bind(detail, selected, Literals.INDICATOR__NAME, Messages.Column_indicator, SWT.SINGLE);
		target = bind(detail, selected, Literals.INDICATOR__TARGET_TEXT, Messages.Column_target, SWT.SINGLE);
		initialTarget = bind(detail, selected, Literals.INDICATOR__INITIAL_TARGET_TEXT, Messages.ModulePage_initialTarget, SWT.SINGLE);
		actual = bind(detail, selected, Literals.INDICATOR__ACTUAL_TEXT, Messages.Column_actual, SWT.SINGLE);
		weight = bind(detail, selected, Literals.INDICATOR__WEIGHT, Messages.Column_weight, SWT.SINGLE);
		new Label(detail, SWT.NONE).setText(Messages.Column_notApplicable);
		notApplicable = new Button(detail, SWT.CHECK);
		notApplicable.setText(Messages.ModulePage_notApplicable);
		notApplicable.setToolTipText(Messages.ModulePage_notApplicableTip);
		notApplicable.setData(Fields.FEATURE, Literals.INDICATOR__NOT_APPLICABLE.getName());
		bindings.bindValue(WidgetProperties.buttonSelection().observe(notApplicable), (IObservableValue<Boolean>) EMFEditProperties
				.value(context.editingDomain(), Literals.INDICATOR__NOT_APPLICABLE).observeDetail((IObservableValue<Object>) selected));
		new Label(detail, SWT.NONE).setText(Messages.ModulePage_targetBasis);
		basis = new Combo(detail, SWT.READ_ONLY);
		basis.add(Messages.ModulePage_basisUnstated);
		TargetBasis.VALUES.forEach(value -> basis.add(value.getLiteral()));
		basis.setData(Fields.FEATURE, Literals.INDICATOR__TARGET_BASIS.getName());
		basis.addListener(SWT.Selection, event -> setBasis());
		viewer.addSelectionChangedListener(event -> showBasis());
		showBasis();
		new Label(detail, SWT.NONE).setText(Messages.ModulePage_core);
		core = new Button(detail, SWT.CHECK);
		core.setText(Messages.ModulePage_coreText);
		core.setData(Fields.FEATURE, Literals.INDICATOR__CORE.getName());
		bindings.bindValue(WidgetProperties.buttonSelection().observe(core), (IObservableValue<Boolean>) EMFEditProperties
				.value(context.editingDomain(), Literals.INDICATOR__CORE).observeDetail((IObservableValue<Object>) selected));
		criterion = bind(detail, selected, Literals.INDICATOR__SCORING_CRITERION, Messages.ModulePage_scoringCriterion, SWT.SINGLE);
		reason = bind(detail, selected, Literals.INDICATOR__DEVIATION_REASON, Messages.Column_deviationReason,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		measures = bind(detail, selected, Literals.INDICATOR__IMPROVEMENT_MEASURES, Messages.Column_improvementMeasures,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
	}

	@SuppressWarnings("unchecked")
	private Text bind(Composite parent, IObservableValue<?> selected, EAttribute attribute, String label, int style) {
		Text text = Fields.text(parent, label, style);
		EditingDomain domain = context.editingDomain();
		IObservableValue<?> model = EMFEditProperties.value(domain, attribute).observeDetail((IObservableValue<Object>) selected);
		Fields.bind(bindings, text, model, attribute);
		return text;
	}

	/** Shows the selected indicator's basis of the target, or that it states none. */
	private void showBasis() {
		Indicator indicator = selected();
		basis.setEnabled(indicator != null);
		basis.select(indicator == null || !indicator.isSetTargetBasis() ? 0 : TargetBasis.VALUES.indexOf(indicator.getTargetBasis()) + 1);
	}

	/** Sets or unsets the selected indicator's basis of the target, through a {@link SetCommand}. */
	private void setBasis() {
		Indicator indicator = selected();
		int index = basis.getSelectionIndex();
		if (indicator == null || index < 0) {
			return;
		}
		Object value = index == 0 ? SetCommand.UNSET_VALUE : TargetBasis.VALUES.get(index - 1);
		if (index == 0 ? !indicator.isSetTargetBasis() : indicator.isSetTargetBasis() && indicator.getTargetBasis() == value) {
			return;
		}
		EditingDomain domain = context.editingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, indicator, Literals.INDICATOR__TARGET_BASIS, value));
	}

	private Indicator selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Indicator indicator ? indicator : null;
	}

	private void add() {
		List<Indicator> indicators = context.indicators();
		Indicator anchor = selected() != null ? selected() : indicators.isEmpty() ? null : indicators.get(indicators.size() - 1);
		if (anchor == null || !(anchor.eContainer() instanceof IndicatorSubcategory subcategory)) {
			return;
		}
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName(Messages.ModulePage_newIndicator);
		indicator.setModuleId(context.moduleId().isEmpty() ? null : context.moduleId());
		EditingDomain domain = context.editingDomain();
		Command add = AddCommand.create(domain, subcategory, Literals.INDICATOR_SUBCATEGORY__INDICATORS, indicator,
				subcategory.getIndicators().indexOf(anchor) + 1);
		domain.getCommandStack().execute(add);
		refresh();
		viewer.setSelection(new StructuredSelection(indicator), true);
	}

	/** Asks for templates of the module's library and adds one indicator per template, in one undoable command. */
	private void addFromTemplates() {
		TemplateDialog dialog = new TemplateDialog(viewer.getControl().getShell(), module.get());
		if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
			return;
		}
		List<Indicator> added = new ArrayList<>();
		Evaluation evaluation = context.evaluation();
		context.editingDomain().getCommandStack().execute(new ChangeCommand(evaluation) {
			@Override
			protected void doExecute() {
				dialog.chosen().forEach(template -> added.add(EvaluationTemplates.place(evaluation, module.get(), template)));
			}
		});
		refresh();
		viewer.setSelection(new StructuredSelection(added), true);
	}

	private void remove() {
		Indicator indicator = selected();
		if (indicator != null) {
			EditingDomain domain = context.editingDomain();
			domain.getCommandStack().execute(RemoveCommand.create(domain, indicator));
		}
	}

	@Override
	public void scored(ScoreSheet sheet) {
		if (refreshPending || viewer == null) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			refresh();
		});
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		showBasis();
		List<Indicator> indicators = context.indicators();
		if (indicators.equals(viewer.getInput())) {
			viewer.refresh();
		} else {
			Indicator selected = selected();
			viewer.setInput(indicators);
			if (selected != null && indicators.contains(selected)) {
				viewer.setSelection(new StructuredSelection(selected));
			}
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (!(object instanceof Indicator indicator) || !context.indicators().contains(indicator)) {
			return false;
		}
		refresh();
		viewer.setSelection(new StructuredSelection(indicator), true);
		Control field = field(feature);
		field.setFocus();
		if (field instanceof Text text) {
			text.selectAll();
		}
		return true;
	}

	private Control field(EStructuralFeature feature) {
		if (feature == Literals.INDICATOR__TARGET_TEXT) {
			return target;
		}
		if (feature == Literals.INDICATOR__ACTUAL_TEXT) {
			return actual;
		}
		if (feature == Literals.INDICATOR__WEIGHT) {
			return weight;
		}
		if (feature == Literals.INDICATOR__NOT_APPLICABLE) {
			return notApplicable;
		}
		if (feature == Literals.INDICATOR__INITIAL_TARGET_TEXT) {
			return initialTarget;
		}
		if (feature == Literals.INDICATOR__TARGET_BASIS) {
			return basis;
		}
		if (feature == Literals.INDICATOR__CORE) {
			return core;
		}
		if (feature == Literals.INDICATOR__SCORING_CRITERION) {
			return criterion;
		}
		if (feature == Literals.INDICATOR__DEVIATION_REASON) {
			return reason;
		}
		if (feature == Literals.INDICATOR__IMPROVEMENT_MEASURES) {
			return measures;
		}
		return name;
	}

	@Override
	public void dispose() {
		bindings.dispose();
	}

	/** Ticks and clears 不适用 in the table, through a {@link SetCommand}. */
	private static final class NotApplicableEditing extends EditingSupport {

		private final EditingDomain domain;
		private final CheckboxCellEditor editor;

		NotApplicableEditing(TableViewer viewer, EditingDomain domain) {
			super(viewer);
			this.domain = domain;
			this.editor = new CheckboxCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof Indicator;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Indicator) element).isNotApplicable();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Indicator indicator = (Indicator) element;
			if (!value.equals(indicator.isNotApplicable())) {
				domain.getCommandStack().execute(SetCommand.create(domain, indicator, Literals.INDICATOR__NOT_APPLICABLE, value));
			}
		}
	}
}
