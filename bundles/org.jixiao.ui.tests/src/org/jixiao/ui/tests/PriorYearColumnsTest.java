package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The score page of this year's draft, copied from last year's evaluation, shows last year's target,
 * actual and score beside each row; an evaluation without a year before shows no 上年 columns.
 */
class PriorYearColumnsTest {

	private static Shell shell;
	private static IEclipseContext context;

	@BeforeAll
	static void window() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
	}

	@Test
	void theScorePageShowsLastYearsTargetActualAndScore() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName("上年对比测试单位");
		sample.setFiscalYear(2022);
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		String last = repository().save(null, sample);
		String now = repository().copyToNewYear(last, 2023);

		EvaluationEditorPart editor = open(now);
		Workbench.run(() -> editor.showPage("评分"));
		Workbench.waitUntil("last year's evaluation is read in the background", 20_000,
				() -> titles(editor).contains("上年得分"));
		List<String> titles = ui(() -> titles(editor));
		assertTrue(titles.containsAll(List.of("上年目标", "上年实际", "上年得分")), titles.toString());
		assertTrue(titles.indexOf("上年得分") < titles.size() - 1, "the explanation stays the last column: " + titles);
		int actual = ui(() -> column(editor, "上年实际"));
		int score = ui(() -> column(editor, "上年得分"));
		// row 0 is the budget, row 1 the first indicator
		TableItem row = ui(() -> scoreTable(editor).getItem(1));
		assertEquals(first.getActualText(), ui(() -> row.getText(actual)));
		assertTrue(ui(() -> row.getText(score)).matches("\\d+\\.\\d\\d"), ui(() -> row.getText(score)));
		assertEquals("", ui(() -> scoreTable(editor).getItem(0).getText(score)), "the budget row has no 上年 score");
		Workbench.screenshot(shell, "score-page-prior-year");
		close(editor);

		EvaluationEditorPart alone = open(last);
		Workbench.run(() -> alone.showPage("评分"));
		Thread.sleep(1_500); // the background read of a year before that does not exist
		List<String> without = ui(() -> titles(alone));
		assertTrue(!without.contains("上年得分"), without.toString());
		close(alone);
		repository().delete(now);
		repository().delete(last);
	}

	/** On the UI thread: the score page's column titles, in the order shown. */
	private static List<String> titles(EvaluationEditorPart editor) {
		Table table = scoreTable(editor);
		return Arrays.stream(table.getColumnOrder()).mapToObj(i -> table.getColumn(i).getText()).toList();
	}

	/** On the UI thread: the index of the score page's column with that title. */
	private static int column(EvaluationEditorPart editor, String title) {
		List<String> created = Arrays.stream(scoreTable(editor).getColumns()).map(c -> c.getText()).toList();
		return created.indexOf(title);
	}

	/** On the UI thread: the score page's table, the one with a 得分 column. */
	private static Table scoreTable(EvaluationEditorPart editor) {
		return Workbench.all((Composite) editor.part().getWidget(), Table.class).stream()
				.filter(table -> table.isVisible() && Arrays.stream(table.getColumns()).anyMatch(c -> c.getText().equals("得分")))
				.findFirst().orElseThrow();
	}

	private static EvaluationEditorPart open(String key) throws Exception {
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertTrue(editor.session() != null, "the evaluation was opened");
		return editor;
	}

	private static void close(EvaluationEditorPart editor) throws Exception {
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
	}
}
