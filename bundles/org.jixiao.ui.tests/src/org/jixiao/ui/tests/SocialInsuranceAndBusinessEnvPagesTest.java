package org.jixiao.ui.tests;

import static org.jixiao.ui.tests.Workbench.all;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.texts;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.LedgerTable;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 人社 and 营商环境 pages in the real window, on the reference sample: each shows its ledgers at a
 * glance above the computed values; an open entry added to a ledger appears in the page's open list and
 * counts, choosing it shows it in its ledger, and undo takes it away again.
 */
class SocialInsuranceAndBusinessEnvPagesTest {

	private static Shell shell;
	private static IEclipseContext context;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void openTheReferenceSample() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		String key = repository().save(null, EvaluationResources.referenceSample());
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class)).getObject());
	}

	@Test
	void theSocialInsurancePageShowsTheYearsCasesInsuredPostsAndTrainingAndTheOpenCases() throws Exception {
		LedgerModulePage page = page("socialinsurance", "人社");
		assertEquals("org.jixiao.module.socialinsurance.ui.SocialInsurancePage", page.getClass().getName());
		String shown = ui(() -> texts(root()));
		for (String line : List.of("2023年受理185件（国务院欠薪线索平台 185　12345 0），办结185件，未办结0件",
				"企业职工基本养老保险 926　工伤保险 1043　失业保险 1018（单位：人）", "青年见习岗位 165　公益性岗位 300（单位：个）",
				"30期培训班：补贴性职业技能培训 1400　新徽菜名徽厨培训 60（单位：人），其中农民工899人")) {
			assertTrue(shown.contains(line), line + " in\n" + shown);
		}
		Table open = openTable("未办结原因", "案件编号");
		assertEquals(0, ui(open::getItemCount));

		LedgerTable cases = table(page, "arrearsCases");
		EObject added = ui(cases::add);
		set(added, "caseNumber", "12345-2023-1790", "source", "12345", "enterprise", "安徽某某建筑劳务有限公司", "receivedOn", "2023-12-27",
				"pendingReason", "企业负责人失联，已移送公安机关");
		waitUntil("the page counts the open case", 5_000, () -> texts(root()).contains("2023年受理186件（国务院欠薪线索平台 185　12345 1），办结185件，未办结1件"));
		assertEquals("99.46%", ui(() -> indicator("欠薪投诉案件线索办结率").getActualText()));
		waitUntil("the open case is listed", 5_000, () -> open.getItemCount() == 1);
		assertEquals("企业负责人失联，已移送公安机关", ui(() -> open.getItem(0).getText(4)));
		Workbench.screenshot(shell, "ledger-page-socialinsurance-open-case");

		Workbench.run(() -> cases.viewer().setSelection(StructuredSelection.EMPTY));
		choose(open, 0);
		assertEquals(added, ui(() -> ((IStructuredSelection) cases.viewer().getSelection()).getFirstElement()), "the case is shown in its ledger");
		Workbench.run(() -> ((CTabFolder) cases.control().getParent()).setSelection(0)); // back to 台账概况

		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		waitUntil("undo takes the case away", 5_000, () -> open.getItemCount() == 0 && texts(root()).contains("2023年受理185件"));
		assertEquals("100%", ui(() -> indicator("欠薪投诉案件线索办结率").getActualText()));
	}

	@Test
	void theBusinessEnvPageShowsTheYearsRequestsVisitsAndEventsAndTheOpenRequests() throws Exception {
		LedgerModulePage page = page("businessenv", "营商环境与双招双引");
		assertEquals("org.jixiao.module.businessenv.ui.BusinessEnvPage", page.getClass().getName());
		String shown = ui(() -> texts(root()));
		for (String line : List.of("2023年收办772条，已办结772条（办结率100.0%），企业满意753条（满意率97.5%）",
				"走访142次，其中“四上”企业114户、重点项目28个", "企业座谈会 0场次　现场集中办公活动 1场次")) {
			assertTrue(shown.contains(line), line + " in\n" + shown);
		}
		Table open = openTable("未办结原因", "问题摘要");
		LedgerTable requests = table(page, "requests");
		EObject added = ui(requests::add);
		set(added, "enterprise", "安徽某某智能装备有限公司", "summary", "用电增容申请", "receivedOn", "2023-12-28", "pendingReason",
				"需供电公司年后施工");
		waitUntil("the page counts the open request", 5_000,
				() -> texts(root()).contains("2023年收办773条，已办结772条（办结率99.9%），企业满意753条（满意率97.5%）"));
		assertEquals("99.87%", ui(() -> indicator("为企服务平台收办问题办结率").getActualText()));
		waitUntil("the open request is listed", 5_000, () -> open.getItemCount() == 1);
		Workbench.run(() -> requests.viewer().setSelection(StructuredSelection.EMPTY));
		choose(open, 0);
		assertEquals(added, ui(() -> ((IStructuredSelection) requests.viewer().getSelection()).getFirstElement()));
		Workbench.run(() -> ((CTabFolder) requests.control().getParent()).setSelection(0)); // back to 台账概况
		Workbench.screenshot(shell, "ledger-page-businessenv-open-request");

		Workbench.execute(context, "org.jixiao.ui.command.undo");
		Workbench.execute(context, "org.jixiao.ui.command.undo");
		waitUntil("undo takes the request away", 5_000, () -> open.getItemCount() == 0 && texts(root()).contains("2023年收办772条"));
	}

	private static LedgerModulePage page(String module, String title) throws Exception {
		Workbench.run(() -> editor.showPage(title));
		return ui(() -> (LedgerModulePage) editor.modulePage(module).orElseThrow());
	}

	private static LedgerTable table(LedgerModulePage page, String ledger) throws Exception {
		return ui(() -> page.ledgerTables().stream().filter(t -> t.ledger().getName().equals(ledger)).findFirst().orElseThrow());
	}

	private static Composite root() {
		return (Composite) editor.part().getWidget();
	}

	/** The page's table of open entries: the one whose last column is the reason and which has the given column. */
	private static Table openTable(String reason, String column) throws Exception {
		return ui(() -> all(root(), Table.class).stream().filter(t -> t.getColumnCount() > 1
				&& reason.equals(t.getColumn(t.getColumnCount() - 1).getText())
				&& java.util.Arrays.stream(t.getColumns()).anyMatch(c -> column.equals(c.getText()))
				&& t.getColumnCount() < 6).findFirst().orElseThrow(() -> new AssertionError("no table of open entries")));
	}

	/** Sets fields of an entry as the officer writes them, in one undoable command. */
	private static void set(EObject entry, String... fieldsAndTexts) throws Exception {
		Workbench.run(() -> {
			EditingDomain domain = editor.session().domain();
			CompoundCommand set = new CompoundCommand();
			for (int i = 0; i < fieldsAndTexts.length; i += 2) {
				EAttribute field = (EAttribute) entry.eClass().getEStructuralFeature(fieldsAndTexts[i]);
				set.append(SetCommand.create(domain, entry, field, LedgerValues.parse(field, fieldsAndTexts[i + 1])));
			}
			domain.getCommandStack().execute(set);
		});
	}

	private static void choose(Table table, int row) throws Exception {
		Workbench.run(() -> {
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static Indicator indicator(String name) {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}
}
