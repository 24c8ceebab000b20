package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 党建 and 人事人才 pages in the real window, on the reference evaluation: what their ledgers say
 * at a glance, and an instructor added and paid on the 党建 page changing the fed value, the score and
 * the summary, undone through the key-bound command.
 */
@TestMethodOrder(OrderAnnotation.class)
class ModuleLedgerPagesTest {

	private static final String SUBSIDIES = "非公党建工作指导员补助发放";

	private static Shell shell;
	private static IEclipseContext context;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void openTheReferenceEvaluation() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		String key = repository().save(null, EvaluationResources.referenceSample());
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class),
				context.get(EModelService.class), context.get(MApplication.class)).getObject());
	}

	@AfterAll
	static void closeWithoutChanges() throws Exception {
		if (editor != null) {
			assertFalse(ui(() -> editor.part().isDirty()), "every change was undone");
			Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		}
	}

	@Test
	@Order(1)
	void thePartyBuildingPageShowsThePipelineTheMeetingsAndTheSubsidies() throws Exception {
		Workbench.run(() -> editor.showPage("党建"));
		waitUntil("the summary is filled", 5_000, () -> shown().contains("入党申请人 24"));
		String texts = texts();
		assertTrue(texts.contains("入党申请人 24 → 入党积极分子 18 → 发展对象 10 → 预备党员 30 → 正式党员 26"), texts);
		assertTrue(texts.contains("三会一课 12\u3000党工委会议 13\u3000中心组学习 10\u3000主题党日 12"), texts);
		assertTrue(texts.contains("30名中已发放23名、未发放7名，已发放补助合计69000.00元"), texts);
		assertTrue(texts.contains("2023年会议学习"), texts);
		Workbench.screenshot(shell, "module-page-partybuilding");

		Object chosen = ui(() -> {
			Table unpaid = Workbench.all((Composite) editor.part().getWidget(), Table.class).stream()
					.filter(t -> List.of(t.getColumns()).stream().anyMatch(c -> "未发放原因".equals(c.getText())) && t.getColumnCount() == 3)
					.findFirst().orElseThrow(() -> new AssertionError("no list of the unpaid instructors"));
			assertEquals(7, unpaid.getItemCount());
			unpaid.setSelection(0);
			unpaid.notifyListeners(SWT.Selection, new Event());
			return unpaid.getItem(0).getData();
		});
		assertEquals("非公党建工作指导员", ui(() -> ledgerTabs().getSelection().getText()), "choosing one shows the roster");
		assertTrue(ui(() -> Workbench.all((Composite) ledgerTabs().getSelection().getControl(), Table.class).stream()
				.anyMatch(t -> t.getSelectionCount() == 1 && t.getSelection()[0].getData() == chosen)), "with the instructor selected");
	}

	@Test
	@Order(2)
	void anInstructorAddedAndPaidChangesTheValueTheScoreAndTheSummaryUntilUndone() throws Exception {
		Workbench.run(() -> {
			CTabFolder ledgers = ledgerTabs();
			CTabItem roster = List.of(ledgers.getItems()).stream().filter(i -> "非公党建工作指导员".equals(i.getText())).findFirst().orElseThrow();
			ledgers.setSelection(roster);
			Button add = Workbench.button((Composite) roster.getControl(), "添加记录").orElseThrow();
			add.notifyListeners(SWT.Selection, null);
			ledgers.setSelection(0);
		});
		waitUntil("the summary counts the new instructor", 5_000, () -> shown().contains("31名中已发放23名、未发放8名"));
		assertEquals("23名", ui(() -> indicator().getActualText()), "an unpaid instructor does not count");
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));

		Workbench.run(() -> {
			List<EObject> roster = ModuleLedgers.entries(ModuleLedgers.find(editor.session().evaluation(), "partybuilding").orElseThrow(),
					"instructors");
			EObject added = roster.get(roster.size() - 1);
			EStructuralFeature paid = added.eClass().getEStructuralFeature("subsidyPaid");
			editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(), added, paid, Boolean.TRUE));
		});
		waitUntil("the fed value follows the ledger", 5_000, () -> "24名".equals(indicator().getActualText()));
		assertEquals(new BigDecimal("99.40"), ui(() -> editor.session().sheet().total()), "3 × 24/30 = 2.40 instead of 2.30");
		waitUntil("the summary counts the paid instructor", 5_000, () -> shown().contains("31名中已发放24名、未发放7名"));
		Workbench.screenshot(shell, "module-page-partybuilding-instructor-added");

		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		waitUntil("undo restores the roster", 5_000, () -> shown().contains("30名中已发放23名、未发放7名"));
		assertEquals("23名", ui(() -> indicator().getActualText()));
		assertEquals(new BigDecimal("99.30"), ui(() -> editor.session().sheet().total()));
	}

	@Test
	@Order(3)
	void theHrPageShowsRecruitsTalentsAndGrades() throws Exception {
		Workbench.run(() -> editor.showPage("人事人才"));
		waitUntil("the summary is filled", 5_000, () -> shown().contains("2023年到岗21人"));
		String texts = texts();
		assertTrue(texts.contains("2023年到岗21人，尚未到岗2人，其他年份到岗1人"), texts);
		assertTrue(texts.contains("高层次领军人才 0"), texts);
		assertTrue(texts.contains("优秀 6\u3000称职 22\u3000基本称职 0\u3000不称职 0\u3000不定等次 1；优秀占定等次人数的21.4%"), texts);
		Workbench.screenshot(shell, "module-page-hr");
	}

	private static String texts() throws Exception {
		return ui(ModuleLedgerPagesTest::shown);
	}

	/** @return the labels of the editor; on the UI thread */
	private static String shown() {
		return Workbench.texts((Composite) editor.part().getWidget());
	}

	/** @return the tabs of the 党建 ledgers; on the UI thread */
	private static CTabFolder ledgerTabs() {
		return Workbench.all((Composite) editor.part().getWidget(), CTabFolder.class).stream()
				.filter(f -> List.of(f.getItems()).stream().anyMatch(i -> "非公党建工作指导员".equals(i.getText()))).findFirst()
				.orElseThrow(() -> new AssertionError("no ledger tabs on the 党建 page"));
	}

	private static Indicator indicator() {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> SUBSIDIES.equals(i.getName())).findFirst().orElseThrow();
	}
}
