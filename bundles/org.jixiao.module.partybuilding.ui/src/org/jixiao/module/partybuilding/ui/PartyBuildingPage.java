package org.jixiao.module.partybuilding.ui;

import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
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
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.partybuilding.PartyBuildingSummary;
import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingFactory;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/**
 * The Party Building (党建) page: above the module's indicators, computed values and ledgers it shows
 * the member development pipeline by stage, the year's meetings by kind, and the instructors' subsidies
 * with the instructors not paid and why; choosing one of them shows it in the roster.
 */
public class PartyBuildingPage extends LedgerModulePage {

	private Label stages;
	private Label meetings;
	private Label subsidies;
	private TableViewer unpaid;

	@Override
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		Group group = summaryGroup(parent, Messages.PartyBuildingPage_summary, 2);
		Composite lines = new Composite(group, SWT.NONE);
		lines.setLayout(new GridLayout(2, false));
		lines.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		stages = summaryLine(lines, ModuleLedgers.label(PartyBuildingPackage.Literals.PARTY_BUILDING_DATA__MEMBERS));
		meetings = summaryLine(lines, NLS.bind(Messages.PartyBuildingPage_meetings, String.valueOf(pageContext.evaluation().getFiscalYear())));
		subsidies = summaryLine(lines, ModuleLedgers.label(PartyBuildingPackage.Literals.PARTY_BUILDING_DATA__INSTRUCTORS));

		Composite notPaid = new Composite(group, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginHeight = 0;
		notPaid.setLayout(layout);
		notPaid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Label heading = new Label(notPaid, SWT.NONE);
		heading.setText(Messages.PartyBuildingPage_unpaid);
		unpaid = new TableViewer(notPaid, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		unpaid.getTable().setHeaderVisible(true);
		unpaid.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 3 * unpaid.getTable().getItemHeight();
		unpaid.getTable().setLayoutData(data);
		unpaid.setContentProvider(ArrayContentProvider.getInstance());
		column(PartyBuildingPackage.Literals.INSTRUCTOR__NAME, 90, Instructor::getName);
		column(PartyBuildingPackage.Literals.INSTRUCTOR__ENTERPRISE, 170, Instructor::getEnterprise);
		column(PartyBuildingPackage.Literals.INSTRUCTOR__UNPAID_REASON, 280, Instructor::getUnpaidReason);
		unpaid.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Instructor instructor) {
				reveal(instructor, PartyBuildingPackage.Literals.INSTRUCTOR__UNPAID_REASON);
			}
		});
	}

	@Override
	protected void updateSummary(Optional<ModuleData> data) {
		PartyBuildingData ledgers = data.map(PartyBuildingData.class::cast).orElseGet(PartyBuildingFactory.eINSTANCE::createPartyBuildingData);
		PartyBuildingSummary summary = PartyBuildingSummary.of(ledgers, context().evaluation().getFiscalYear());
		stages.setText(counts(summary.stages(), PartyBuildingPackage.Literals.MEMBER_STAGE, Messages.PartyBuildingPage_count, Messages.PartyBuildingPage_stageSeparator));
		meetings.setText(counts(summary.meetings(), PartyBuildingPackage.Literals.MEETING_KIND, Messages.PartyBuildingPage_count, Messages.PartyBuildingPage_separator));
		subsidies.setText(NLS.bind(Messages.PartyBuildingPage_subsidies, new Object[] { summary.instructors(), summary.paid(),
				summary.unpaid().size(), summary.subsidies().setScale(2, RoundingMode.HALF_UP).toPlainString() }));
		unpaid.setInput(summary.unpaid());
		stages.getParent().getParent().layout(true, true);
	}

	private void column(EAttribute field, int width, Function<Instructor, String> text) {
		TableViewerColumn column = new TableViewerColumn(unpaid, SWT.LEFT);
		column.getColumn().setText(ModuleLedgers.label(field));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Instructor) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
	}
}
