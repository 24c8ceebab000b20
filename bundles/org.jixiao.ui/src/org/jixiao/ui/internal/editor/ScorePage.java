package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.PriorYear;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.ui.internal.Messages;

/**
 * 评分: the total and grade, how the total was rescaled where indicators do not apply (不适用), a bar
 * per 一级 group (and the budget), and every row's explanation.
 */
final class ScorePage implements EditorPage {

	/**
	 * A row of the score table.
	 *
	 * @param path the row's path
	 * @param score its score
	 * @param prior last year's row, or {@code null} for the budget and for a row new this year
	 */
	record Row(String path, RowScore score, PriorYear.Row prior) {
	}

	/** Last year's scores for the 上年 columns, or {@code null} without (or before) an evaluation of last year. */
	private ScoreSheet prior;
	/** The scores shown, to show again when last year's arrive. */
	private ScoreSheet shown;

	private Label total;
	/** How the total was rescaled to 100 where indicators do not apply (不适用), shown only then. */
	private Label rescaling;
	private Font big;
	private AttainmentChart chart;
	private TableViewer viewer;

	/**
	 * @param sheet scores
	 * @return e.g. {@code 99.30 分，优}
	 */
	static String totalText(ScoreSheet sheet) {
		return NLS.bind(Messages.ScorePage_total, Fields.format(sheet.total()), sheet.grade().label());
	}

	@Override
	public String title() {
		return Messages.ScorePage_title;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		total = new Label(page, SWT.NONE);
		total.setData(Fields.FEATURE, "totalScore"); //$NON-NLS-1$
		FontData[] data = total.getFont().getFontData();
		for (FontData d : data) {
			d.setHeight(d.getHeight() * 3 / 2);
			d.setStyle(SWT.BOLD);
		}
		big = new Font(total.getDisplay(), data);
		total.setFont(big);
		total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		rescaling = new Label(page, SWT.WRAP);
		rescaling.setData(Fields.FEATURE, "totalExplanation"); //$NON-NLS-1$
		rescaling.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(page, SWT.NONE).setText(Messages.ScorePage_attainment);
		chart = new AttainmentChart(page);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = Tables.viewer(page);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(viewer, Messages.Column_row, 320, e -> ((Row) e).path());
		Tables.column(viewer, Messages.Column_weight, 60, e -> ((Row) e).score().weight());
		Tables.column(viewer, Messages.Column_score, 60, e -> ((Row) e).score().score());
		Tables.column(viewer, Messages.Column_scoreExplanation, 520, e -> ((Row) e).score().explanation());
		if (prior != null) {
			addPriorColumns();
		}
		return page;
	}

	@Override
	public void scored(ScoreSheet sheet) {
		if (total == null || total.isDisposed()) {
			return;
		}
		shown = sheet;
		total.setText(totalText(sheet));
		rescaling.setText(sheet.totalExplanation().isEmpty() ? "" : NLS.bind(Messages.ScorePage_rescaled, sheet.totalExplanation())); //$NON-NLS-1$
		((GridData) rescaling.getLayoutData()).exclude = sheet.totalExplanation().isEmpty();
		rescaling.setVisible(!sheet.totalExplanation().isEmpty());
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(Messages.ScorePage_budget, sheet.budget(), null));
		Map<IndicatorScore, PriorYear.Row> lastYear = new java.util.IdentityHashMap<>();
		if (prior != null) {
			PriorYear.compare(sheet, prior).rows().forEach(row -> lastYear.put(row.current(), row));
		}
		Map<IndicatorCategory, BigDecimal[]> groups = new LinkedHashMap<>();
		for (IndicatorScore row : sheet.indicators()) {
			rows.add(new Row(row.path(), row.score(), lastYear.get(row)));
			if (row.indicator().eContainer() != null && row.indicator().eContainer().eContainer() instanceof IndicatorCategory category) {
				BigDecimal[] sums = groups.computeIfAbsent(category, c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(row.score().score());
				sums[1] = sums[1].add(row.score().weight());
			}
		}
		List<AttainmentChart.Bar> bars = new ArrayList<>();
		bars.add(new AttainmentChart.Bar(Messages.ScorePage_budget, sheet.budget().score(), sheet.budget().weight()));
		groups.forEach((category, sums) -> bars.add(new AttainmentChart.Bar(category.getName(), sums[0], sums[1])));
		chart.setBars(bars);
		viewer.setInput(rows);
		total.getParent().layout(true);
	}

	/**
	 * Shows last year's target, actual and score beside each row (上年目标 / 上年实际 / 上年得分), once
	 * last year's evaluation is read.
	 *
	 * @param sheet last year's scores
	 */
	void prior(ScoreSheet sheet) {
		prior = sheet;
		if (viewer != null && !viewer.getTable().isDisposed()) {
			addPriorColumns();
			if (shown != null) {
				scored(shown);
			}
		}
	}

	/** Adds the 上年 columns before the explanation, the last column. */
	private void addPriorColumns() {
		Tables.column(viewer, Messages.Column_priorTarget, 120, e -> priorOf(e).flatMap(PriorYear.Row::priorTarget).orElse(null));
		Tables.column(viewer, Messages.Column_priorActual, 120, e -> priorOf(e).flatMap(PriorYear.Row::priorActual).orElse(null));
		Tables.column(viewer, Messages.Column_priorScore, 70, e -> priorOf(e).flatMap(PriorYear.Row::priorScore).orElse(null));
		int count = viewer.getTable().getColumnCount();
		int[] order = new int[count];
		int explanation = count - 4;
		for (int i = 0, j = 0; i < count; i++) {
			if (i != explanation) {
				order[j++] = i;
			}
		}
		order[count - 1] = explanation;
		viewer.getTable().setColumnOrder(order);
	}

	private static java.util.Optional<PriorYear.Row> priorOf(Object element) {
		return java.util.Optional.ofNullable(((Row) element).prior());
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return false;
	}

	@Override
	public void dispose() {
		if (big != null) {
			big.dispose();
		}
	}
}
