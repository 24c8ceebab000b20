package org.jixiao.module.socialinsurance.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.socialinsurance.SocialInsuranceSummary;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceFactory;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage.Literals;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The 人社 page: above the module's indicators, computed values and ledgers it shows the fiscal year's
 * wage arrears cases by source with how many are closed, the insured persons added by insurance, the
 * posts developed by kind and the people trained, and the cases still open with why; choosing one
 * shows it in its ledger.
 */
public class SocialInsurancePage extends LedgerModulePage {

	private Label cases;
	private Label insured;
	private Label posts;
	private Label training;
	private TableViewer open;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.SocialInsurancePage_summary);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		cases = line(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__ARREARS_CASES));
		insured = line(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__INSURED_INCREASES));
		posts = line(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__POSTS));
		training = line(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__TRAININGS));

		Label heading = new Label(group, SWT.NONE);
		heading.setText(Messages.SocialInsurancePage_open);
		heading.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		open = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		open.getTable().setHeaderVisible(true);
		open.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 70;
		open.getTable().setLayoutData(data);
		open.setContentProvider(ArrayContentProvider.getInstance());
		column(Literals.WAGE_ARREARS_CASE__CASE_NUMBER, 110);
		column(Literals.WAGE_ARREARS_CASE__SOURCE, 130);
		column(Literals.WAGE_ARREARS_CASE__ENTERPRISE, 200);
		column(Literals.WAGE_ARREARS_CASE__RECEIVED_ON, 90);
		column(Literals.WAGE_ARREARS_CASE__PENDING_REASON, 260);
		open.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof WageArrearsCase selected) {
				reveal(selected, Literals.WAGE_ARREARS_CASE__PENDING_REASON);
			}
		});
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		SocialInsuranceData ledgers = data.map(SocialInsuranceData.class::cast)
				.orElseGet(SocialInsuranceFactory.eINSTANCE::createSocialInsuranceData);
		int year = context().evaluation().getFiscalYear();
		SocialInsuranceSummary summary = SocialInsuranceSummary.of(ledgers, year);
		cases.setText(NLS.bind(Messages.SocialInsurancePage_cases, new Object[] { String.valueOf(year), summary.received(),
				counts(summary.cases(), Literals.ARREARS_SOURCE), summary.closed(), summary.open().size() }));
		insured.setText(NLS.bind(Messages.SocialInsurancePage_insured, counts(summary.insured(), Literals.INSURANCE_TYPE)));
		posts.setText(NLS.bind(Messages.SocialInsurancePage_posts, counts(summary.posts(), Literals.POST_KIND)));
		training.setText(NLS.bind(Messages.SocialInsurancePage_training, new Object[] { summary.classes(),
				counts(summary.trained(), Literals.TRAINING_KIND), summary.migrantWorkers() }));
		open.setInput(summary.open());
		cases.getParent().layout();
	}

	private static Label line(Composite parent, String title) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(title);
		Label value = new Label(parent, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
	}

	private static String counts(Map<? extends Enumerator, Integer> counts, EEnum type) {
		return counts.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().getValue()))
				.map(e -> NLS.bind(Messages.SocialInsurancePage_count, ModuleLedgers.label(type.getEEnumLiteral(e.getKey().getValue())),
						e.getValue()))
				.collect(Collectors.joining(Messages.SocialInsurancePage_separator));
	}

	private void column(EAttribute field, int width) {
		TableViewerColumn column = new TableViewerColumn(open, SWT.LEFT);
		column.getColumn().setText(ModuleLedgers.label(field));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return LedgerValues.format(field, ((EObject) element).eGet(field));
			}
		});
	}
}
