package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jixiao.ui.internal.Messages;

/**
 * Two horizontal bars per project, drawn with SWT like the score page's {@link AttainmentChart}: its
 * execution rate (执行率, 0–100 %) and its score (得分, of 100); a project not evaluated yet has no score
 * bar.
 */
final class ProjectChart extends Canvas {

	/**
	 * A project of the chart.
	 *
	 * @param name the project's name
	 * @param rate its execution rate in percent, or {@code null} without a budget
	 * @param score its total score, or {@code null} when it has no evaluation
	 */
	record Project(String name, BigDecimal rate, BigDecimal score) {
	}

	private static final int BAR = 10;
	private static final int ROW = 2 * BAR + 12;
	private static final int LABEL = 170;
	private static final int LEGEND = 24;

	private List<Project> projects = List.of();

	ProjectChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	/** @param shown the projects to draw, in order */
	void setProjects(List<Project> shown) {
		this.projects = List.copyOf(shown);
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 600 : wHint, LEGEND + ROW * Math.max(1, projects.size()) + 8);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		int width = Math.max(10, area.width - LABEL - 90);
		int rateColor = SWT.COLOR_DARK_CYAN;
		int scoreColor = SWT.COLOR_DARK_GREEN;
		legend(gc, 4, rateColor, Messages.ProjectsPage_chartRate);
		legend(gc, 140, scoreColor, Messages.ProjectsPage_chartScore);
		for (int i = 0; i < projects.size(); i++) {
			Project project = projects.get(i);
			int y = LEGEND + i * ROW;
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(project.name(), 4, y + BAR / 2, true);
			bar(gc, y + 2, width, project.rate(), rateColor, "%"); //$NON-NLS-1$
			bar(gc, y + 4 + BAR, width, project.score(), scoreColor, ""); //$NON-NLS-1$
		}
	}

	private void legend(GC gc, int x, int color, String text) {
		gc.setBackground(getDisplay().getSystemColor(color));
		gc.fillRectangle(x, 6, 12, BAR);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(text, x + 16, 2, true);
	}

	private void bar(GC gc, int y, int width, BigDecimal value, int color, String unit) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(LABEL, y, width, BAR);
		if (value == null) {
			gc.drawText("—", LABEL + width + 6, y - 3, true); //$NON-NLS-1$
			return;
		}
		double share = Math.max(0, Math.min(1, value.doubleValue() / 100));
		gc.setBackground(getDisplay().getSystemColor(color));
		gc.fillRectangle(LABEL, y, (int) Math.round(width * share), BAR);
		gc.drawText(Fields.format(value) + unit, LABEL + width + 6, y - 3, true);
	}
}
