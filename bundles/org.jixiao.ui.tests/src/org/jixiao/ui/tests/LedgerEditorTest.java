package org.jixiao.ui.tests;

import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.core.modules.LedgerFeed;
import org.jixiao.core.validation.EvaluationProblem;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.LedgerTable;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The modules' ledgers in the real window, on the reference sample: each module's page shows its
 * ledgers and the values they compute; a ledger entry added or removed changes the indicator's
 * actual value, its score, the Problems part and the total, and undo restores them; an actual value
 * entered by hand is an override with its warning until 采用台账值; ledgers survive save, close and
 * reopen. The ledgers and indicators are found by the modules' own feed declarations.
 */
@TestMethodOrder(OrderAnnotation.class)
class LedgerEditorTest {

	private static final String INSTRUCTORS = "非公党建工作指导员补助发放";
	private static final String MEMBERS = "发展党员";
	private static final Map<String, String> PAGES = Map.of("partybuilding", "党建", "hr", "人事人才", "socialinsurance", "人社",
			"businessenv", "营商环境与双招双引");

	private static Shell shell;
	private static IEclipseContext context;
	private static String key;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void storeTheReferenceSample() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		key = repository().save(null, EvaluationResources.referenceSample());
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class)).getObject());
	}

	@Test
	@Order(1)
	void everyModulePageShowsItsLedgersAndTheValuesTheyCompute() throws Exception {
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));
		for (Map.Entry<String, String> page : PAGES.entrySet()) {
			Workbench.run(() -> editor.showPage(page.getValue()));
			LedgerModulePage modulePage = ui(() -> (LedgerModulePage) editor.modulePage(page.getKey()).orElseThrow(
					() -> new AssertionError("no page of its own for " + page.getKey())));
			List<LedgerTable> tables = ui(modulePage::ledgerTables);
			assertFalse(tables.isEmpty(), page.getKey() + " shows its ledgers");
			ModuleData data = ui(() -> ModuleLedgers.find(editor.session().evaluation(), page.getKey()).orElseThrow());
			for (LedgerTable table : tables) {
				int entries = ui(() -> ((List<?>) data.eGet(table.ledger())).size());
				assertEquals(entries, ui(() -> table.viewer().getTable().getItemCount()), table.ledger().getName());
			}
			long fed = ui(() -> LedgerFeeds.getDefault().compute(editor.session().evaluation()).stream()
					.filter(r -> page.getKey().equals(r.indicator().getModuleId())).count());
			assertTrue(fed > 0, page.getKey() + " feeds at least one indicator");
			Workbench.screenshot(shell, "ledger-page-" + page.getKey());
			Workbench.run(() -> ((org.eclipse.swt.custom.CTabFolder) tables.get(0).control().getParent()).setSelection(1));
			Workbench.screenshot(shell, "ledger-page-" + page.getKey() + "-" + tables.get(0).ledger().getName());
			Workbench.run(() -> ((org.eclipse.swt.custom.CTabFolder) tables.get(0).control().getParent()).setSelection(0));
		}
	}

	@Test
	@Order(2)
	void anEntryAddedChangesTheActualTheScoreAndTheTotalAndUndoRestoresThem() throws Exception {
		Workbench.run(() -> editor.showPage(PAGES.get("partybuilding")));
		Indicator indicator = ui(() -> indicator(INSTRUCTORS));
		FeedResult before = ui(() -> feed(indicator));
		String actual = ui(indicator::getActualText);
		BigDecimal score = ui(indicator::getScore);
		BigDecimal total = ui(() -> editor.session().sheet().total());
		List<String> problems = ui(LedgerEditorTest::problemRows);
		LedgerTable table = table("partybuilding", before.feed().ledger());
		int rows = ui(() -> table.viewer().getTable().getItemCount());

		Workbench.run(() -> {
			EObject entry = table.add();
			fill(entry, before.feed());
		});
		assertEquals(rows + 1, ui(() -> table.viewer().getTable().getItemCount()), "the table shows the new entry");
		String expected = (before.matched() + 1) + "名";
		assertEquals(expected, ui(indicator::getActualText), "the paid instructor is counted");
		assertFalse(ui(indicator::isActualByHand));
		assertTrue(ui(indicator::getScore).compareTo(score) > 0, "the score rises");
		assertTrue(ui(() -> editor.session().sheet().total()).compareTo(total) > 0, "the total rises");
		waitUntil("the Problems part changes: the narrative's 自评得分 no longer agrees with the table's total", 5_000,
				() -> !problemRows().equals(problems));
		Workbench.screenshot(shell, "ledger-entry-added");

		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals(actual, ui(indicator::getActualText));
		assertEquals(score, ui(indicator::getScore));
		assertEquals(total, ui(() -> editor.session().sheet().total()));
		assertEquals(rows, ui(() -> table.viewer().getTable().getItemCount()));
		waitUntil("the Problems part is as before", 5_000, () -> problemRows().equals(problems));
	}

	@Test
	@Order(3)
	void anEntryRemovedBelowTheTargetRaisesAProblemAndUndoRemovesIt() throws Exception {
		Indicator indicator = ui(() -> indicator(MEMBERS));
		FeedResult before = ui(() -> feed(indicator));
		BigDecimal total = ui(() -> editor.session().sheet().total());
		assertFalse(deviationProblem(indicator));
		ModuleData data = ui(() -> ModuleLedgers.find(editor.session().evaluation(), "partybuilding").orElseThrow());
		Workbench.run(() -> {
			EObject counted = ModuleLedgers.entries(data, before.feed().ledger()).stream()
					.filter(e -> before.feed().where().entrySet().stream().allMatch(w -> w.getValue().contains(text(e, w.getKey()))))
					.filter(e -> before.feed().inYear().map(field -> e.eGet(attribute(e, field)) instanceof java.util.Date date
							&& date.toInstant().atZone(java.time.ZoneId.systemDefault()).getYear() == editor.session().evaluation().getFiscalYear())
							.orElse(true))
					.findFirst().orElseThrow();
			EditingDomain domain = editor.session().domain();
			domain.getCommandStack().execute(RemoveCommand.create(domain, counted));
		});
		assertEquals((before.matched() - 1) + "名", ui(indicator::getActualText));
		assertTrue(ui(() -> editor.session().sheet().total()).compareTo(total) < 0);
		assertTrue(deviationProblem(indicator), "below the target, the deviation needs an explanation");
		waitUntil("the Problems part lists it", 5_000, () -> problemRows().stream().anyMatch(r -> r.contains(MEMBERS)));
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		assertEquals(before.actualText(), ui(indicator::getActualText));
		assertFalse(deviationProblem(indicator));
		assertEquals(total, ui(() -> editor.session().sheet().total()));
	}

	@Test
	@Order(4)
	void aValueEnteredByHandIsAnOverrideWithAWarningUntilTheLedgerValueIsTakenBack() throws Exception {
		Indicator indicator = ui(() -> indicator(INSTRUCTORS));
		String ledgerValue = ui(() -> feed(indicator).actualText());
		Workbench.run(() -> editor.reveal(indicator, Literals.INDICATOR__ACTUAL_TEXT));
		Text actual = ui(() -> find((Composite) editor.part().getWidget(), Text.class, Fields.FEATURE, Literals.INDICATOR__ACTUAL_TEXT.getName()).get(0));
		Workbench.type(actual, "26名");
		waitUntil("the value is in the model", 5_000, () -> "26名".equals(indicator.getActualText()));
		assertTrue(ui(indicator::isActualByHand), "a value typed over the ledger's is an override");
		assertTrue(ledgerWarning(indicator), "the override disagrees with the ledger");
		waitUntil("the Problems part lists the warning", 5_000, () -> problemRows().stream().anyMatch(r -> r.contains(INSTRUCTORS) && r.contains("26名")));
		Workbench.screenshot(shell, "ledger-override-warning");
		Workbench.run(() -> {
			Table feeds = find((Composite) editor.part().getWidget(), Table.class, null, null).stream()
					.filter(t -> t.getColumnCount() > 0 && "台账计算值".equals(t.getColumn(1).getText())).findFirst().orElseThrow();
			for (int i = 0; i < feeds.getItemCount(); i++) {
				if (feeds.getItem(i).getText(0).equals(INSTRUCTORS)) {
					feeds.setSelection(i);
					feeds.notifyListeners(SWT.Selection, new Event());
				}
			}
			Workbench.button((Composite) editor.part().getWidget(), "采用台账值").orElseThrow().notifyListeners(SWT.Selection, new Event());
		});
		assertEquals(ledgerValue, ui(indicator::getActualText));
		assertFalse(ui(indicator::isActualByHand));
		assertFalse(ledgerWarning(indicator));
	}

	@Test
	@Order(5)
	void ledgersAndOverridesSurviveSaveCloseAndReopen() throws Exception {
		Indicator indicator = ui(() -> indicator(INSTRUCTORS));
		FeedResult feed = ui(() -> feed(indicator));
		LedgerTable table = table("partybuilding", feed.feed().ledger());
		Workbench.run(() -> fill(table.add(), feed.feed()));
		String added = ui(indicator::getActualText);
		Indicator members = ui(() -> indicator(MEMBERS));
		Workbench.run(() -> editor.session().domain().getCommandStack()
				.execute(SetCommand.create(editor.session().domain(), members, Literals.INDICATOR__ACTUAL_TEXT, "35名")));
		assertTrue(ui(members::isActualByHand));
		int entries = ui(() -> ModuleLedgers.size(ModuleLedgers.find(editor.session().evaluation(), "partybuilding").orElseThrow()));
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the editor is clean", 10_000, () -> !editor.part().isDirty());
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class)).getObject());
		assertEquals(entries, ui(() -> ModuleLedgers.size(ModuleLedgers.find(editor.session().evaluation(), "partybuilding").orElseThrow())));
		assertEquals(added, ui(() -> indicator(INSTRUCTORS).getActualText()));
		assertEquals("35名", ui(() -> indicator(MEMBERS).getActualText()));
		assertTrue(ui(() -> indicator(MEMBERS).isActualByHand()));
		assertTrue(ledgerWarning(ui(() -> indicator(MEMBERS))));
		assertFalse(ui(() -> editor.part().isDirty()));
	}

	/** Sets the fields of an entry so that the feed counts it, as the officer does in the table's cells, each an undoable command. */
	private static void fill(EObject entry, LedgerFeed feed) {
		EditingDomain domain = editor.session().domain();
		CompoundCommand fill = new CompoundCommand();
		java.util.Map<String, List<String>> conditions = new java.util.LinkedHashMap<>(feed.among());
		conditions.putAll(feed.where());
		conditions.forEach((field, values) -> fill.append(SetCommand.create(domain, entry, attribute(entry, field),
				LedgerValues.parse(attribute(entry, field), values.get(0)))));
		feed.inYear().ifPresent(field -> fill.append(SetCommand.create(domain, entry, attribute(entry, field),
				LedgerValues.date(LocalDate.of(editor.session().evaluation().getFiscalYear(), 6, 1)))));
		domain.getCommandStack().execute(fill);
	}

	private static EAttribute attribute(EObject entry, String field) {
		return (EAttribute) entry.eClass().getEStructuralFeature(field);
	}

	private static String text(EObject entry, String field) {
		Object value = entry.eGet(attribute(entry, field));
		return value instanceof org.eclipse.emf.common.util.Enumerator literal ? literal.getLiteral() : String.valueOf(value);
	}

	private static LedgerTable table(String module, String ledger) throws Exception {
		Workbench.run(() -> editor.showPage(PAGES.get(module)));
		return ui(() -> ((LedgerModulePage) editor.modulePage(module).orElseThrow()).ledgerTables().stream()
				.filter(t -> t.ledger().getName().equals(ledger)).findFirst().orElseThrow());
	}

	private static FeedResult feed(Indicator indicator) {
		return LedgerFeeds.getDefault().compute(indicator).orElseThrow(() -> new AssertionError(indicator.getName() + " is not fed"));
	}

	private static Indicator indicator(String name) {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private static boolean deviationProblem(Indicator indicator) throws Exception {
		return ui(() -> editor.session().diagnostic().getChildren().stream()
				.anyMatch(d -> d.getCode() == EvaluationProblem.DEVIATION_EXPLAINED.code() && d.getData().get(0) == indicator));
	}

	private static boolean ledgerWarning(Indicator indicator) throws Exception {
		return ui(() -> editor.session().diagnostic().getChildren().stream().anyMatch(d -> d.getCode() == EvaluationProblem.LEDGER_AGREES.code()
				&& d.getSeverity() == Diagnostic.WARNING && d.getData().get(0) == indicator));
	}

	private static List<String> problemRows() {
		var problems = context.get(EPartService.class).findPart("org.jixiao.ui.part.problems");
		Table table = find((Composite) problems.getWidget(), Table.class, Fields.FEATURE, "problems").get(0);
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2)).toList();
	}
}
