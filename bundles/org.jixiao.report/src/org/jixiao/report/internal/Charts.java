package org.jixiao.report.internal;

import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.ChartDimension;
import org.eclipse.birt.chart.model.attribute.ColorDefinition;
import org.eclipse.birt.chart.model.attribute.FontDefinition;
import org.eclipse.birt.chart.model.attribute.IntersectionType;
import org.eclipse.birt.chart.model.attribute.NumberFormatSpecifier;
import org.eclipse.birt.chart.model.attribute.Orientation;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.attribute.impl.NumberFormatSpecifierImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Label;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.NumberDataElementImpl;
import org.eclipse.birt.chart.model.data.impl.QueryImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.type.BarSeries;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SlotHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;
import org.eclipse.birt.report.model.api.extension.IReportItem;

/**
 * The report's BIRT charts: horizontal bar charts of a percentage per category, bound to a scripted
 * data set with the columns {@code name} (the category) and {@code rate} (the percentage), drawn as
 * PNG so that every emitter (PDF, DOCX, HTML) shows the same picture. Every text of the chart is
 * set in the given font, so Chinese labels are drawn with the configured CJK face.
 */
final class Charts {

	/** The report-item extension of BIRT charts. */
	private static final String CHART_EXTENSION = "Chart"; //$NON-NLS-1$
	/** The chart report item's property holding the chart model. */
	private static final String CHART_INSTANCE = "chart.instance"; //$NON-NLS-1$
	/** The chart report item's property naming the image format. */
	private static final String OUTPUT_FORMAT = "outputFormat"; //$NON-NLS-1$

	/** The width of a chart: the type area of the A4 page less a margin. */
	private static final int WIDTH_MM = 156;

	private Charts() {
	}

	/**
	 * Replaces a placeholder element of the design (the grid the designer shows) by a bar chart
	 * bound to a data set.
	 *
	 * @param design the design opened for this render
	 * @param placeholder the element to replace
	 * @param dataSet the name of the data set with the columns {@code name} and {@code rate}
	 * @param font the font family of every text in the chart
	 * @param categories the number of bars, for the chart's height
	 * @param color the bars' colour as {@code 0xRRGGBB}
	 * @throws SemanticException when the chart cannot be placed in the design
	 */
	static void replace(ReportDesignHandle design, DesignElementHandle placeholder, String dataSet, String font,
			int categories, int color) throws SemanticException {
		ExtendedItemHandle item = design.getElementFactory().newExtendedItem(placeholder.getName(), CHART_EXTENSION);
		int heightMm = Math.max(40, 14 + 5 * categories);
		item.setWidth(WIDTH_MM + "mm"); //$NON-NLS-1$
		item.setHeight(heightMm + "mm"); //$NON-NLS-1$
		item.setProperty(OUTPUT_FORMAT, "PNG"); //$NON-NLS-1$
		item.setDataSet(design.findDataSet(dataSet));
		item.addColumnBinding(column("name", "string"), false); //$NON-NLS-1$ //$NON-NLS-2$
		item.addColumnBinding(column("rate", "float"), false); //$NON-NLS-1$ //$NON-NLS-2$
		IReportItem chart = item.getReportItem();
		if (chart == null) {
			throw new IllegalStateException("the BIRT chart report item (org.eclipse.birt.chart.reportitem) is not installed"); //$NON-NLS-1$
		}
		chart.setProperty(CHART_INSTANCE, bars(font, color, heightMm));
		SlotHandle slot = placeholder.getContainerSlotHandle();
		int position = slot.findPosn(placeholder);
		placeholder.drop();
		slot.add(item, position);
	}

	private static ComputedColumn column(String name, String type) {
		ComputedColumn column = StructureFactory.createComputedColumn();
		column.setName(name);
		column.setExpression("dataSetRow[\"" + name + "\"]"); //$NON-NLS-1$ //$NON-NLS-2$
		column.setDataType(type);
		return column;
	}

	/** @return a horizontal bar chart of {@code row["rate"]} (0–100 %) per {@code row["name"]}, top to bottom */
	static ChartWithAxes bars(String font, int color, int heightMm) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		chart.setType("Bar Chart"); //$NON-NLS-1$
		chart.setSubType("Side-by-side"); //$NON-NLS-1$
		chart.setDimension(ChartDimension.TWO_DIMENSIONAL_LITERAL);
		chart.setOrientation(Orientation.HORIZONTAL_LITERAL);
		chart.setReverseCategory(true);
		// the chart report item draws nothing while the block has no size (the designer sets it)
		chart.getBlock().setBounds(BoundsImpl.create(0, 0, points(WIDTH_MM), points(heightMm)));
		chart.getBlock().setBackground(ColorDefinitionImpl.WHITE());
		chart.getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		chart.getEmptyMessage().setVisible(true);
		chart.getEmptyMessage().getCaption().setValue("（无数据）"); //$NON-NLS-1$
		font(chart.getEmptyMessage(), font, 10);

		Axis base = chart.getPrimaryBaseAxes()[0];
		base.setType(AxisType.TEXT_LITERAL);
		base.getTitle().setVisible(false);
		font(base.getLabel(), font, 9);
		SeriesDefinition categories = SeriesDefinitionImpl.create();
		Series names = SeriesImpl.create();
		names.getDataDefinition().add(QueryImpl.create("row[\"name\"]")); //$NON-NLS-1$
		categories.getSeries().add(names);
		base.getSeriesDefinitions().add(categories);

		Axis values = chart.getPrimaryOrthogonalAxis(base);
		values.setType(AxisType.LINEAR_LITERAL);
		values.getTitle().setVisible(false);
		values.getOrigin().setType(IntersectionType.MIN_LITERAL);
		values.getScale().setMin(NumberDataElementImpl.create(0));
		values.getScale().setMax(NumberDataElementImpl.create(100));
		values.getScale().setStep(20);
		values.getMajorGrid().getLineAttributes().setVisible(true);
		values.getMajorGrid().getLineAttributes().setColor(ColorDefinitionImpl.create(0xD9, 0xD9, 0xD9));
		values.setFormatSpecifier(percent(0));
		font(values.getLabel(), font, 8);

		SeriesDefinition rates = SeriesDefinitionImpl.create();
		rates.getSeriesPalette().getEntries().clear();
		ColorDefinition fill = ColorDefinitionImpl.create(color >> 16 & 0xFF, color >> 8 & 0xFF, color & 0xFF);
		rates.getSeriesPalette().getEntries().add(fill);
		BarSeries bars = (BarSeries) BarSeriesImpl.create();
		bars.getDataDefinition().add(QueryImpl.create("row[\"rate\"]")); //$NON-NLS-1$
		bars.getLabel().setVisible(true);
		bars.setLabelPosition(Position.INSIDE_LITERAL);
		bars.getLabel().getCaption().setColor(ColorDefinitionImpl.WHITE());
		bars.getDataPoint().getComponents().forEach(component -> component.setFormatSpecifier(percent(2)));
		font(bars.getLabel(), font, 8);
		rates.getSeries().add(bars);
		values.getSeriesDefinitions().add(rates);
		return chart;
	}

	private static double points(int mm) {
		return mm * 72 / 25.4;
	}

	private static NumberFormatSpecifier percent(int fractionDigits) {
		NumberFormatSpecifier format = NumberFormatSpecifierImpl.create();
		format.setFractionDigits(fractionDigits);
		format.setSuffix("%"); //$NON-NLS-1$
		return format;
	}

	private static void font(Label label, String family, float size) {
		FontDefinition font = label.getCaption().getFont();
		font.setName(family);
		font.setSize(size);
	}
}
