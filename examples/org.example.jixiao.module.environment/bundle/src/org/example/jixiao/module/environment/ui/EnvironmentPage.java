package org.example.jixiao.module.environment.ui;

import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.example.jixiao.module.environment.ledger.AirPatrol;
import org.example.jixiao.module.environment.ledger.Complaint;
import org.example.jixiao.module.environment.ledger.ComplaintSource;
import org.example.jixiao.module.environment.ledger.EnvironmentData;
import org.example.jixiao.module.environment.ledger.EnvironmentFactory;
import org.example.jixiao.module.environment.ledger.EnvironmentPackage.Literals;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The environment (生态环保) page of the evaluation editor: at the top of the overview that
 * {@link LedgerModulePage} shows beside the module's ledgers, the fiscal year's complaints by source
 * with how many are closed, the complaints still open with their reasons (choosing one shows it in
 * its ledger), and the year's patrols with the areas they covered.
 */
public class EnvironmentPage extends LedgerModulePage {

	private Label complaints;
	private Label patrols;
	private TableViewer open;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = summaryGroup(parent, Messages.EnvironmentPage_summary, 2);
		complaints = summaryLine(group, ModuleLedgers.label(Literals.ENVIRONMENT_DATA__COMPLAINTS));
		patrols = summaryLine(group, ModuleLedgers.label(Literals.ENVIRONMENT_DATA__PATROLS));
		Label heading = new Label(group, SWT.NONE);
		heading.setText(Messages.EnvironmentPage_open);
		heading.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		open = entryTable(group, 3, Literals.COMPLAINT__PENDING_REASON,
				Literals.COMPLAINT__RECEIVED, 90,
				Literals.COMPLAINT__SOURCE, 110,
				Literals.COMPLAINT__SUBJECT, 200,
				Literals.COMPLAINT__PENDING_REASON, 300);
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		EnvironmentData ledgers = data.map(EnvironmentData.class::cast).orElseGet(EnvironmentFactory.eINSTANCE::createEnvironmentData);
		int year = context().evaluation().getFiscalYear();
		List<Complaint> received = ledgers.getComplaints().stream().filter(c -> inYear(c.getReceived(), year)).toList();
		Map<ComplaintSource, Integer> bySource = new EnumMap<>(ComplaintSource.class);
		received.forEach(c -> bySource.merge(c.getSource(), 1, Integer::sum));
		List<Complaint> pending = received.stream().filter(c -> !c.isClosed()).toList();
		complaints.setText(NLS.bind(Messages.EnvironmentPage_complaints, new Object[] { String.valueOf(year), received.size(),
				counts(bySource, Literals.COMPLAINT_SOURCE, Messages.EnvironmentPage_count, Messages.EnvironmentPage_separator),
				received.size() - pending.size(), pending.size() }));
		List<AirPatrol> patrolled = ledgers.getPatrols().stream().filter(p -> inYear(p.getDate(), year)).toList();
		long areas = patrolled.stream().map(AirPatrol::getArea).filter(a -> a != null && !a.isBlank()).distinct().count();
		patrols.setText(NLS.bind(Messages.EnvironmentPage_patrols, new Object[] { String.valueOf(year), patrolled.size(), areas }));
		open.setInput(pending);
		complaints.getParent().layout();
	}

	private static boolean inYear(Date date, int year) {
		return date != null && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == year;
	}
}
