package org.jixiao.module.businessenv.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
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
import org.jixiao.module.businessenv.BusinessEnvSummary;
import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.BusinessEnvFactory;
import org.jixiao.module.businessenv.ledger.BusinessEnvPackage.Literals;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;
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
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.BusinessEnvPage_summary);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		requests = line(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__REQUESTS));
		visits = line(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__VISITS));
		events = line(group, ModuleLedgers.label(Literals.BUSINESS_ENV_DATA__EVENTS));

		Label heading = new Label(group, SWT.NONE);
		heading.setText(Messages.BusinessEnvPage_open);
		heading.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		open = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		open.getTable().setHeaderVisible(true);
		open.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 70;
		open.getTable().setLayoutData(data);
		open.setContentProvider(ArrayContentProvider.getInstance());
		column(Literals.ENTERPRISE_REQUEST__ENTERPRISE, 200);
		column(Literals.ENTERPRISE_REQUEST__SUMMARY, 160);
		column(Literals.ENTERPRISE_REQUEST__RECEIVED_ON, 90);
		column(Literals.ENTERPRISE_REQUEST__PENDING_REASON, 260);
		open.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EnterpriseRequest selected) {
				reveal(selected, Literals.ENTERPRISE_REQUEST__PENDING_REASON);
			}
		});
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		BusinessEnvData ledgers = data.map(BusinessEnvData.class::cast).orElseGet(BusinessEnvFactory.eINSTANCE::createBusinessEnvData);
		int year = context().evaluation().getFiscalYear();
		BusinessEnvSummary summary = BusinessEnvSummary.of(ledgers, year);
		requests.setText(NLS.bind(Messages.BusinessEnvPage_requests, new Object[] { String.valueOf(year), summary.received(),
				summary.closed(), rate(summary.closureRate()), summary.satisfied(), rate(summary.satisfactionRate()) }));
		visits.setText(NLS.bind(Messages.BusinessEnvPage_visits, new Object[] { summary.visits(), summary.fourAbove(), summary.keyProjects() }));
		events.setText(summary.events().entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().getValue()))
				.map(e -> NLS.bind(Messages.BusinessEnvPage_count, ModuleLedgers.label(Literals.EVENT_KIND.getEEnumLiteral(e.getKey().getValue())),
						e.getValue()))
				.collect(Collectors.joining(Messages.BusinessEnvPage_separator)));
		open.setInput(summary.open());
		requests.getParent().layout();
	}

	private static String rate(Optional<BigDecimal> rate) {
		return rate.map(r -> r.toPlainString() + '%').orElse(Messages.BusinessEnvPage_noRate);
	}

	private static Label line(Composite parent, String title) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(title);
		Label value = new Label(parent, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
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
