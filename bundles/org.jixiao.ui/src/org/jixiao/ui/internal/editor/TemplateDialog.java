package org.jixiao.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.model.evaluation.TargetBasis;
import org.jixiao.ui.internal.Messages;

/**
 * Lists a module's template library (group, indicator, target, weight, the basis of the target, 评（扣）分标准,
 * 核心指标) and lets the officer pick templates.
 */
public final class TemplateDialog extends Dialog {

	/** The data key of the dialog's table, for tests. */
	public static final String TABLE = "templates"; //$NON-NLS-1$

	private final IndicatorModule module;
	private TableViewer viewer;
	private List<IndicatorTemplate> chosen = List.of();

	/**
	 * @param shell the parent shell
	 * @param module the module whose templates are offered
	 */
	public TemplateDialog(Shell shell, IndicatorModule module) {
		super(shell);
		this.module = module;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.TemplateDialog_title, module.name()));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(Messages.TemplateDialog_message);
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(Fields.FEATURE, TABLE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 1100;
		data.heightHint = 360;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(viewer, Messages.Column_group, 200, t -> ((IndicatorTemplate) t).category() + " / " + ((IndicatorTemplate) t).subcategory()); //$NON-NLS-1$
		Tables.column(viewer, Messages.Column_indicator, 240, t -> ((IndicatorTemplate) t).name());
		Tables.column(viewer, Messages.Column_target, 140, t -> ((IndicatorTemplate) t).target());
		Tables.column(viewer, Messages.Column_weight, 60, t -> ((IndicatorTemplate) t).weight());
		Tables.column(viewer, Messages.ModulePage_targetBasis, 80, t -> {
			TargetBasis basis = ((IndicatorTemplate) t).rules().basis();
			return basis == null ? "" : basis.getLiteral(); //$NON-NLS-1$
		});
		Tables.column(viewer, Messages.ModulePage_scoringCriterion, 220, t -> ((IndicatorTemplate) t).rules().criterion());
		Tables.column(viewer, Messages.ModulePage_core, 60, t -> ((IndicatorTemplate) t).rules().core() ? Messages.ModulePage_notApplicableMark : ""); //$NON-NLS-1$
		viewer.setInput(module.templates());
		viewer.addDoubleClickListener(event -> okPressed());
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = viewer.getStructuredSelection().toList().stream().map(IndicatorTemplate.class::cast).toList();
		super.okPressed();
	}

	/** @return the templates picked, in the library's order, once the dialog was confirmed */
	public List<IndicatorTemplate> chosen() {
		return chosen;
	}
}
