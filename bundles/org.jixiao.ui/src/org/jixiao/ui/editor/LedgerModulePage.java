package org.jixiao.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.GenericModulePage;

/**
 * The page of a module that keeps ledgers (台账): the module's indicators as on the generic page; the
 * values its ledgers compute, each with how it was computed and whether the officer overrode it
 * (采用台账值 takes the ledger's value back), on the first tab below the indicators; and one
 * {@link LedgerTable} per ledger, on a tab each. Modules
 * contribute a subclass to {@code org.jixiao.ui.modulePages} and add what is particular to them above
 * the ledgers ({@link #createSummary}, {@link #updateSummary}); the page works as it is for a module
 * without a page of its own.
 */
public class LedgerModulePage implements ModuleEditorPage {

	private GenericModulePage indicators;
	private ModuleEditorPageContext context;
	private EClass dataClass;
	private TableViewer feeds;
	private Button useLedger;
	private CTabFolder ledgers;
	private final List<LedgerTable> tables = new ArrayList<>();
	private boolean refreshPending;

	@Override
	public final Control createControl(Composite parent, ModuleEditorPageContext pageContext) {
		this.context = pageContext;
		Optional<IndicatorModule> module = ModuleRegistry.getDefault().module(context.moduleId());
		indicators = new GenericModulePage(module);
		dataClass = module.flatMap(IndicatorModule::dataClass).orElse(null);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		indicators.createControl(sash, context);
		if (dataClass == null) {
			return sash;
		}
		ledgers = new CTabFolder(sash, SWT.BORDER | SWT.TOP);
		Composite overview = new Composite(ledgers, SWT.NONE);
		overview.setLayout(new GridLayout());
		createSummary(overview, context);
		createFeeds(overview);
		CTabItem overviewItem = new CTabItem(ledgers, SWT.NONE);
		overviewItem.setText(Messages.LedgerPage_overview);
		overviewItem.setControl(overview);
		for (EReference ledger : ModuleLedgers.ledgers(dataClass)) {
			LedgerTable table = new LedgerTable(ledgers, context, dataClass, ledger);
			CTabItem item = new CTabItem(ledgers, SWT.NONE);
			item.setText(ModuleLedgers.label(ledger));
			item.setControl(table.control());
			tables.add(table);
		}
		ledgers.setSelection(0);
		sash.setWeights(2, 3);
		refreshLedgers();
		return sash;
	}

	/**
	 * Adds what is particular to the module above the computed values, e.g. a count per stage. The
	 * default adds nothing.
	 *
	 * @param parent the parent, with a one-column grid layout
	 * @param pageContext the page's context
	 */
	protected void createSummary(Composite parent, ModuleEditorPageContext pageContext) {
		// nothing by default
	}

	/**
	 * Shows the module's data as it is now in what {@link #createSummary} made; called after every
	 * change. The default does nothing.
	 *
	 * @param data the module's data in the evaluation, if it holds any
	 */
	protected void updateSummary(Optional<ModuleData> data) {
		// nothing by default
	}

	/**
	 * A titled group for {@link #createSummary}, filling the width.
	 *
	 * @param parent the summary's parent
	 * @param title the group's title
	 * @param columns the columns of its grid
	 * @return the group
	 */
	protected static Group summaryGroup(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	/**
	 * A line of a summary: its title, and a wrapping label for the value {@link #updateSummary} sets.
	 *
	 * @param group a group of two columns
	 * @param title the line's title
	 * @return the value's label
	 */
	protected static Label summaryLine(Composite group, String title) {
		Label heading = new Label(group, SWT.NONE);
		heading.setText(title);
		Label value = new Label(group, SWT.WRAP);
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
	}

	/**
	 * Counts by the literals of an enum, in the enum's order, e.g. {@code 三会一课 12　党工委会议 13}.
	 *
	 * @param counts the count of each literal present
	 * @param type the enum
	 * @param pattern how a count is written: {@code {0}} the literal's label, {@code {1}} the count
	 * @param separator what goes between two counts
	 * @return the counts as one text
	 */
	protected static String counts(Map<? extends Enumerator, Integer> counts, EEnum type, String pattern, String separator) {
		return counts.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().getValue()))
				.map(e -> NLS.bind(pattern, ModuleLedgers.label(type.getEEnumLiteral(e.getKey().getValue())), e.getValue()))
				.collect(Collectors.joining(separator));
	}

	/**
	 * A read-only table of ledger entries for a summary, e.g. the cases still open; choosing one shows
	 * it in its ledger's table with one of its fields focused.
	 *
	 * @param parent the parent, with a grid layout
	 * @param rows how many rows it shows without scrolling
	 * @param focused the field to show when an entry is chosen
	 * @param fields the columns, each with its label and a width in pixels: field, width, field, width…
	 * @return the table's viewer; its input is a list of entries
	 */
	protected final TableViewer entryTable(Composite parent, int rows, EAttribute focused, Object... fields) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = rows * viewer.getTable().getItemHeight() + viewer.getTable().getHeaderHeight();
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i + 1 < fields.length; i += 2) {
			EAttribute field = (EAttribute) fields[i];
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(ModuleLedgers.label(field));
			column.getColumn().setWidth(((Integer) fields[i + 1]).intValue());
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return LedgerValues.format(field, ((EObject) element).eGet(field));
				}
			});
		}
		viewer.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject entry) {
				reveal(entry, focused);
			}
		});
		return viewer;
	}

	/** @return the page's context, once the control is created */
	protected final ModuleEditorPageContext context() {
		return context;
	}

	/** @return the tables of the module's ledgers, in the order of the data class */
	public final List<LedgerTable> ledgerTables() {
		return List.copyOf(tables);
	}

	private void createFeeds(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.LedgerPage_feeds);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		feeds = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		feeds.getTable().setHeaderVisible(true);
		feeds.getTable().setLinesVisible(true);
		feeds.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		feeds.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Column_indicator, 180, r -> r.indicator().getName());
		column(Messages.LedgerPage_ledgerValue, 90, FeedResult::actualText);
		column(Messages.Column_actual, 90, r -> r.indicator().getActualText());
		column(Messages.LedgerPage_source, 80, r -> r.indicator().isActualByHand()
				? r.actualText().equals(r.indicator().getActualText()) ? Messages.LedgerPage_byHandAgrees : Messages.LedgerPage_byHand
				: Messages.LedgerPage_fromLedger);
		column(Messages.LedgerPage_explanation, 320, FeedResult::explanation);
		useLedger = new Button(group, SWT.PUSH);
		useLedger.setText(Messages.LedgerPage_useLedger);
		useLedger.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		useLedger.setEnabled(false);
		useLedger.addListener(SWT.Selection, event -> {
			if (selectedFeed() instanceof FeedResult result) {
				context.editingDomain().getCommandStack().execute(SetCommand.create(context.editingDomain(), result.indicator(),
						EvaluationPackage.Literals.INDICATOR__ACTUAL_BY_HAND, Boolean.FALSE));
			}
		});
		feeds.addSelectionChangedListener(event -> {
			FeedResult result = selectedFeed();
			useLedger.setEnabled(result != null && result.indicator().isActualByHand());
			if (result != null) {
				context.select(result.indicator());
			}
		});
	}

	private FeedResult selectedFeed() {
		return ((IStructuredSelection) feeds.getSelection()).getFirstElement() instanceof FeedResult result ? result : null;
	}

	private void column(String title, int width, java.util.function.Function<FeedResult, String> text) {
		TableViewerColumn column = new TableViewerColumn(feeds, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((FeedResult) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
	}

	@Override
	public void scored(ScoreSheet sheet) {
		indicators.scored(sheet);
		if (feeds == null || refreshPending) {
			return;
		}
		refreshPending = true;
		feeds.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			refreshLedgers();
		});
	}

	private void refreshLedgers() {
		if (feeds == null || feeds.getControl().isDisposed()) {
			return;
		}
		List<FeedResult> results = LedgerFeeds.getDefault().compute(context.evaluation()).stream()
				.filter(r -> context.moduleId().equals(r.indicator().getModuleId())).toList();
		Indicator selected = selectedFeed() == null ? null : selectedFeed().indicator();
		feeds.setInput(results);
		results.stream().filter(r -> r.indicator() == selected).findFirst().ifPresent(r -> feeds.setSelection(new StructuredSelection(r)));
		FeedResult now = selectedFeed();
		useLedger.setEnabled(now != null && now.indicator().isActualByHand());
		tables.forEach(LedgerTable::refresh);
		updateSummary(ModuleLedgers.find(context.evaluation(), context.moduleId()).filter(dataClass::isInstance));
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		for (int i = 0; i < tables.size(); i++) {
			LedgerTable table = tables.get(i);
			if (object.eContainmentFeature() == table.ledger()) {
				ledgers.setSelection(i + 1);
				table.refresh();
				table.viewer().setSelection(new StructuredSelection(object), true);
				return true;
			}
		}
		return indicators.reveal(object, feature);
	}

	@Override
	public void dispose() {
		indicators.dispose();
	}
}
