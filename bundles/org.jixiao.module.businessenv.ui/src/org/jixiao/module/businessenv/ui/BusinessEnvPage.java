package org.jixiao.module.businessenv.ui;

import java.math.BigDecimal;
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
import org.jixiao.module.businessenv.BusinessEnvSummary;
import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.BusinessEnvFactory;
import org.jixiao.module.businessenv.ledger.BusinessEnvPackage.Literals;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The 营商环境 page: above the module's indicators, computed values and ledgers it shows the fiscal
 * year's enterprise requests received, closed and satisfied with their rates, the visits to “四上”
 * enterprises and key projects, the forums and on-site office events held, and the requests still open
 * with why; choosing one shows it in its ledger.
 */
public class BusinessEnvPage extends LedgerModulePage {

	private Label requests;
	private Label visits;
	private Label events;
	private TableViewer open;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = summaryGroup(parent, Messages.BusinessEnvPage_summary, 2);
		requests = summaryLine(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__REQUESTS));
		visits = summaryLine(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__VISITS));
		events = summaryLine(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__EVENTS));

		Label heading = new Label(group, SWT.NONE);
		heading.setText(Messages.BusinessEnvPage_open);
		heading.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		open = entryTable(group, 3, Literals.ENTERPRISE_REQUEST__PENDING_REASON,
				Literals.ENTERPRISE_REQUEST__ENTERPRISE, 200,
				Literals.ENTERPRISE_REQUEST__SUMMARY, 160,
				Literals.ENTERPRISE_REQUEST__RECEIVED_ON, 90,
				Literals.ENTERPRISE_REQUEST__PENDING_REASON, 260);
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		BusinessEnvData ledgers = data.map(BusinessEnvData.class::cast).orElseGet(BusinessEnvFactory.eINSTANCE::createBusinessEnvData);
		int year = context().evaluation().getFiscalYear();
		BusinessEnvSummary summary = BusinessEnvSummary.of(ledgers, year);
		requests.setText(NLS.bind(Messages.BusinessEnvPage_requests, new Object[] { String.valueOf(year), summary.received(),
				summary.closed(), rate(summary.closureRate()), summary.satisfied(), rate(summary.satisfactionRate()) }));
		visits.setText(NLS.bind(Messages.BusinessEnvPage_visits, new Object[] { summary.visits(), summary.fourAbove(), summary.keyProjects() }));
		events.setText(counts(summary.events(), Literals.EVENT_KIND, Messages.BusinessEnvPage_count, Messages.BusinessEnvPage_separator));
		open.setInput(summary.open());
		requests.getParent().layout();
	}

	private static String rate(Optional<BigDecimal> rate) {
		return rate.map(r -> r.toPlainString() + '%').orElse(Messages.BusinessEnvPage_noRate);
	}

}
