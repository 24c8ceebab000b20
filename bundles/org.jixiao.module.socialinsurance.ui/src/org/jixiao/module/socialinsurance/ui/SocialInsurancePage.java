package org.jixiao.module.socialinsurance.ui;

import java.util.Optional;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.socialinsurance.SocialInsuranceSummary;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceFactory;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage.Literals;
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
		Group group = summaryGroup(parent, Messages.SocialInsurancePage_summary, 2);
		cases = summaryLine(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__ARREARS_CASES));
		insured = summaryLine(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__INSURED_INCREASES));
		posts = summaryLine(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__POSTS));
		training = summaryLine(group, ModuleLedgers.label(Literals.SOCIAL_INSURANCE_DATA__TRAININGS));

		Label heading = new Label(group, SWT.NONE);
		heading.setText(Messages.SocialInsurancePage_open);
		heading.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		open = entryTable(group, 3, Literals.WAGE_ARREARS_CASE__PENDING_REASON,
				Literals.WAGE_ARREARS_CASE__CASE_NUMBER, 110,
				Literals.WAGE_ARREARS_CASE__SOURCE, 130,
				Literals.WAGE_ARREARS_CASE__ENTERPRISE, 200,
				Literals.WAGE_ARREARS_CASE__RECEIVED_ON, 90,
				Literals.WAGE_ARREARS_CASE__PENDING_REASON, 260);
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		SocialInsuranceData ledgers = data.map(SocialInsuranceData.class::cast)
				.orElseGet(SocialInsuranceFactory.eINSTANCE::createSocialInsuranceData);
		int year = context().evaluation().getFiscalYear();
		SocialInsuranceSummary summary = SocialInsuranceSummary.of(ledgers, year);
		cases.setText(NLS.bind(Messages.SocialInsurancePage_cases, new Object[] { String.valueOf(year), summary.received(),
				counts(summary.cases(), Literals.ARREARS_SOURCE, Messages.SocialInsurancePage_count, Messages.SocialInsurancePage_separator), summary.closed(), summary.open().size() }));
		insured.setText(NLS.bind(Messages.SocialInsurancePage_insured, counts(summary.insured(), Literals.INSURANCE_TYPE, Messages.SocialInsurancePage_count, Messages.SocialInsurancePage_separator)));
		posts.setText(NLS.bind(Messages.SocialInsurancePage_posts, counts(summary.posts(), Literals.POST_KIND, Messages.SocialInsurancePage_count, Messages.SocialInsurancePage_separator)));
		training.setText(NLS.bind(Messages.SocialInsurancePage_training, new Object[] { summary.classes(),
				counts(summary.trained(), Literals.TRAINING_KIND, Messages.SocialInsurancePage_count, Messages.SocialInsurancePage_separator), summary.migrantWorkers() }));
		open.setInput(summary.open());
		cases.getParent().layout();
	}

}
