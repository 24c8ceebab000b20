package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A horizontal bar per group: its score as a share of its weight, drawn with SWT. */
final class AttainmentChart extends Canvas {

	/**
	 * A bar.
	 *
	 * @param name the group's name
	 * @param score the group's score
	 * @param weight the group's weight
	 */
	record Bar(String name, BigDecimal score, BigDecimal weight) {

		/** @return score / weight in [0, 1], or 0 without weight */
		double share() {
			return weight.signum() == 0 ? 0 : Math.min(1, score.divide(weight, 4, RoundingMode.HALF_UP).doubleValue());
		}
	}

	private static final int ROW = 28;
	private static final int LABEL = 160;

	private List<Bar> bars = List.of();

	AttainmentChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	/** @param bars the bars to draw */
	void setBars(List<Bar> bars) {
		this.bars = List.copyOf(bars);
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 600 : wHint, ROW * Math.max(1, bars.size()) + 8);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		int width = Math.max(10, area.width - LABEL - 140);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 4 + i * ROW;
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(bar.name(), 4, y + 4, true);
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			gc.fillRectangle(LABEL, y + 2, width, ROW - 8);
			gc.setBackground(getDisplay().getSystemColor(bar.share() >= 0.9 ? SWT.COLOR_DARK_GREEN
					: bar.share() >= 0.6 ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_RED));
			gc.fillRectangle(LABEL, y + 2, (int) Math.round(width * bar.share()), ROW - 8);
			gc.drawText(Fields.format(bar.score()) + " / " + Fields.format(bar.weight()) //$NON-NLS-1$
					+ String.format("  %.1f%%", bar.share() * 100), LABEL + width + 8, y + 4, true); //$NON-NLS-1$
		}
	}
}
