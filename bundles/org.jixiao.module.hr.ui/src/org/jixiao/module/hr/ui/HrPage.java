package org.jixiao.module.hr.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.HrPage_summary);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		recruits = line(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__RECRUITS));
		talents = line(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__TALENTS));
		appraisals = line(group, ModuleLedgers.label(HrPackage.Literals.HR_DATA__APPRAISALS));
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		HrData ledgers = data.map(HrData.class::cast).orElseGet(HrFactory.eINSTANCE::createHrData);
		int year = context().evaluation().getFiscalYear();
		HrSummary summary = HrSummary.of(ledgers, year);
		recruits.setText(NLS.bind(Messages.HrPage_recruits, new Object[] { String.valueOf(year), summary.hired(), summary.pending(),
				summary.otherYears() }));
		talents.setText(NLS.bind(Messages.HrPage_talents, counts(summary.talents(), HrPackage.Literals.TALENT_CATEGORY),
				ledgers.getTalents().size()));
		String grades = counts(summary.grades(), HrPackage.Literals.APPRAISAL_GRADE);
		appraisals.setText(summary.excellentShare().map(share -> NLS.bind(Messages.HrPage_appraisals, grades, share.toPlainString()))
				.orElse(grades));
		recruits.getParent().layout();
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
				.map(e -> NLS.bind(Messages.HrPage_count, ModuleLedgers.label(type.getEEnumLiteral(e.getKey().getValue())), e.getValue()))
				.collect(Collectors.joining(Messages.HrPage_separator));
	}
}
