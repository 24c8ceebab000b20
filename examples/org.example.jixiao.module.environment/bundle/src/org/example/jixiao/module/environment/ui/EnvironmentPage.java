package org.example.jixiao.module.environment.ui;

import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.example.jixiao.module.environment.ledger.AirPatrol;
import org.example.jixiao.module.environment.ledger.Complaint;
import org.example.jixiao.module.environment.ledger.ComplaintSource;
import org.example.jixiao.module.environment.ledger.EnvironmentData;
import org.example.jixiao.module.environment.ledger.EnvironmentFactory;
import org.example.jixiao.module.environment.ledger.EnvironmentPackage;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The environment (生态环保) page of the evaluation editor: above the module's indicators, the values
 * its ledgers compute and the ledgers themselves (all from {@link LedgerModulePage}), it shows the
 * fiscal year's complaints by source with how many are closed, and the year's patrols with the areas
 * they covered.
 */
public class EnvironmentPage extends LedgerModulePage {

	private Label complaints;
	private Label patrols;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.EnvironmentPage_summary);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		complaints = line(group, ModuleLedgers.label(EnvironmentPackage.Literals.ENVIRONMENT_DATA__COMPLAINTS));
		patrols = line(group, ModuleLedgers.label(EnvironmentPackage.Literals.ENVIRONMENT_DATA__PATROLS));
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		EnvironmentData ledgers = data.map(EnvironmentData.class::cast).orElseGet(EnvironmentFactory.eINSTANCE::createEnvironmentData);
		int year = context().evaluation().getFiscalYear();
		List<Complaint> received = ledgers.getComplaints().stream().filter(c -> inYear(c.getReceived(), year)).toList();
		Map<ComplaintSource, Long> bySource = new EnumMap<>(ComplaintSource.class);
		received.stream().filter(c -> c.getSource() != null).forEach(c -> bySource.merge(c.getSource(), 1L, Long::sum));
		String sources = bySource.entrySet().stream()
				.map(e -> NLS.bind(Messages.EnvironmentPage_count,
						ModuleLedgers.label(EnvironmentPackage.Literals.COMPLAINT_SOURCE.getEEnumLiteral(e.getKey().getValue())), e.getValue()))
				.collect(Collectors.joining(Messages.EnvironmentPage_separator));
		long closed = received.stream().filter(Complaint::isClosed).count();
		complaints.setText(NLS.bind(Messages.EnvironmentPage_complaints,
				new Object[] { String.valueOf(year), received.size(), sources, closed, received.size() - closed }));
		List<AirPatrol> patrolled = ledgers.getPatrols().stream().filter(p -> inYear(p.getDate(), year)).toList();
		long areas = patrolled.stream().map(AirPatrol::getArea).filter(a -> a != null && !a.isBlank()).distinct().count();
		patrols.setText(NLS.bind(Messages.EnvironmentPage_patrols, new Object[] { String.valueOf(year), patrolled.size(), areas }));
		complaints.getParent().layout();
	}

	private static boolean inYear(Date date, int year) {
		return date != null && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == year;
	}

	private static Label line(Composite parent, String title) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(title);
		Label value = new Label(parent, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
	}
}
