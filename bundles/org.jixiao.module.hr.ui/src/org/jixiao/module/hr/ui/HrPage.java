package org.jixiao.module.hr.ui;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.hr.HrSummary;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.HrFactory;
import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The HR and Talent (人事人才) page: above the module's indicators, computed values and ledgers it
 * shows the recruits by when they started, the talent pool by category and the annual appraisal by
 * grade with the share of 优秀.
 */
public class HrPage extends LedgerModulePage {

	private Label recruits;
	private Label talents;
	private Label appraisals;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = summaryGroup(parent, Messages.HrPage_summary, 2);
		recruits = summaryLine(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__RECRUITS));
		talents = summaryLine(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__TALENTS));
		appraisals = summaryLine(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__APPRAISALS));
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		HrData ledgers = data.map(HrData.class::cast).orElseGet(HrFactory.eINSTANCE::createHrData);
		int year = context().evaluation().getFiscalYear();
		HrSummary summary = HrSummary.of(ledgers, year);
		recruits.setText(NLS.bind(Messages.HrPage_recruits, new Object[] { String.valueOf(year), summary.hired(), summary.pending(),
				summary.otherYears() }));
		talents.setText(NLS.bind(Messages.HrPage_talents, counts(summary.talents(), HrPackage.Literals.TALENT_CATEGORY, Messages.HrPage_count, Messages.HrPage_separator),
				ledgers.getTalents().size()));
		String grades = counts(summary.grades(), HrPackage.Literals.APPRAISAL_GRADE, Messages.HrPage_count, Messages.HrPage_separator);
		appraisals.setText(summary.excellentShare().map(share -> NLS.bind(Messages.HrPage_appraisals, grades, share.toPlainString()))
				.orElse(grades));
		recruits.getParent().layout();
	}

}
