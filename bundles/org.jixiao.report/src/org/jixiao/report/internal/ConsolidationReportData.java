package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.Band;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.HearingFlag;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.core.consolidation.Sample;
import org.jixiao.core.consolidation.SampleEntry;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.report.ReportOptions;

/**
 * What the consolidation's summary report ({@code consolidation-summary.rptdesign}) shows: its
 * scripted data sets read their rows with {@link #rows(String)} from the engine's application context
 * (key {@link #KEY}); as a {@link DesignPreparer} it sets the fonts and the texts of the current
 * language, puts the BIRT charts in place of their placeholders and drops the sample's part when no
 * sample was drawn. The same texts fill the workbook ({@link ConsolidationWorkbook}).
 */
public final class ConsolidationReportData extends ReportRows implements DesignPreparer {

	/** The application-context key of the data, as the design's data sets name it. */
	public static final String KEY = "org.jixiao.report.consolidation"; //$NON-NLS-1$

	private static final String[] TITLE_STYLES = { "title" }; //$NON-NLS-1$
	private static final String[] BODY_STYLES = { "body", "caption", "pageText" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] TABLE_STYLES = { "cell", "head", "num", "center" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private final Consolidation consolidation;
	private final Sample sample;
	private final ReportOptions options;
	private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

	/**
	 * @param consolidation the year's consolidation
	 * @param sample the 抽评 sample, or {@code null}
	 * @param options the fonts
	 */
	public ConsolidationReportData(Consolidation consolidation, Sample sample, ReportOptions options) {
		this.consolidation = consolidation;
		this.sample = sample;
		this.options = options;
		rows.put("ranking", consolidation.ranking().stream().map(ConsolidationReportData::ranked).toList()); //$NON-NLS-1$
		rows.put("flagged", consolidation.flagged().stream().map(ConsolidationReportData::flagged).toList()); //$NON-NLS-1$
		rows.put("grades", consolidation.gradeDistribution().stream().map(ConsolidationReportData::band).toList()); //$NON-NLS-1$
		rows.put("executionBands", consolidation.executionDistribution().stream().map(ConsolidationReportData::band).toList()); //$NON-NLS-1$
		rows.put("sample", sample == null ? List.of() : sampleRows(sample)); //$NON-NLS-1$
	}

	/** @return the report parameters: title, summary, the sample's caption and the footer */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("title", title(consolidation)); //$NON-NLS-1$
		parameters.put("summary", summary(consolidation)); //$NON-NLS-1$
		parameters.put("sampleCaption", sample == null ? "" : sampleCaption(sample)); //$NON-NLS-1$ //$NON-NLS-2$
		parameters.put("footer", NLS.bind(ConsolidationMessages.ConsolidationReportData_footer, MADE.format(LocalDateTime.now()))); //$NON-NLS-1$
		return parameters;
	}

	/** @return the title, e.g. 2024年度部门整体支出绩效自评汇总 */
	static String title(Consolidation consolidation) {
		return NLS.bind(ConsolidationMessages.ConsolidationReportData_title, Integer.toString(consolidation.fiscalYear()));
	}

	/** @return one sentence with the totals: evaluations, budget, execution, confirmed, mean score, flagged */
	static String summary(Consolidation consolidation) {
		List<ConsolidationRow> all = consolidation.rows();
		BigDecimal budget = sum(all.stream().map(ConsolidationRow::adjustedBudget).toList());
		BigDecimal executed = sum(all.stream().map(ConsolidationRow::executed).toList());
		long confirmed = all.stream().filter(row -> ReviewStates.CONFIRMED.equals(row.reviewState())).count();
		List<BigDecimal> scores = all.stream().map(ConsolidationRow::score).filter(score -> score != null).toList();
		String mean = scores.isEmpty() ? "—" //$NON-NLS-1$
				: sum(scores).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP).toPlainString();
		return NLS.bind(ConsolidationMessages.ConsolidationReportData_summary,
				new Object[] { Integer.toString(all.size()), money(budget), money(executed), rate(ConsolidationRow.rate(executed, budget)),
						Long.toString(confirmed), mean, Integer.toString(consolidation.flagged().size()),
						consolidation.lowExecutionPercent().stripTrailingZeros().toPlainString() });
	}

	/** @return the caption of the sample: share, seed, weighting, counts */
	static String sampleCaption(Sample sample) {
		long included = sample.entries().stream().filter(e -> e.decision() == SampleEntry.Decision.INCLUDED).count();
		long excluded = sample.entries().size() - sample.selected().size();
		return NLS.bind(ConsolidationMessages.ConsolidationReportData_sampleCaption,
				new Object[] { sample.percent().stripTrailingZeros().toPlainString(), Long.toString(sample.seed()),
						sample.weighted() ? ConsolidationMessages.ConsolidationReportData_weighted : "", Integer.toString(sample.selected().size()), //$NON-NLS-1$
						Long.toString(included), Long.toString(excluded) });
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(value -> value != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Map<String, Object> ranked(RankedRow ranked) {
		ConsolidationRow row = ranked.row();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("rank", ranked.rank() == 0 ? "—" : Integer.toString(ranked.rank())); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("department", row.name()); //$NON-NLS-1$
		values.put("supervisor", row.supervisor() == null ? "" : row.supervisor()); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("budget", money(row.adjustedBudget())); //$NON-NLS-1$
		values.put("executed", money(row.executed())); //$NON-NLS-1$
		values.put("rate", rate(row.executionRate())); //$NON-NLS-1$
		values.put("self", score(row.selfScore())); //$NON-NLS-1$
		values.put("review", score(row.reviewScore())); //$NON-NLS-1$
		values.put("grade", row.grade() == null ? "—" : row.grade().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("deviations", Integer.toString(row.deviations())); //$NON-NLS-1$
		values.put("state", ReviewStates.label(row.reviewState())); //$NON-NLS-1$
		values.put("scoreChange", change(row.scoreChange(), "")); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("rateChange", change(row.executionRateChange(), "%")); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("flags", flags(ranked)); //$NON-NLS-1$
		values.put("flagged", Boolean.toString(ranked.flagged())); //$NON-NLS-1$
		return values;
	}

	private static Map<String, Object> flagged(RankedRow ranked) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("department", ranked.row().name()); //$NON-NLS-1$
		values.put("rate", rate(ranked.row().executionRate())); //$NON-NLS-1$
		values.put("grade", ranked.row().grade() == null ? "—" : ranked.row().grade().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("reasons", flags(ranked)); //$NON-NLS-1$
		return values;
	}

	private static Map<String, Object> band(Band band) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", band.label() + "（" + band.count() + "）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		values.put("rate", band.percent()); //$NON-NLS-1$
		return values;
	}

	private static List<Map<String, Object>> sampleRows(Sample sample) {
		List<Map<String, Object>> list = new ArrayList<>();
		int number = 1;
		for (SampleEntry entry : sample.entries()) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("number", Integer.toString(number++)); //$NON-NLS-1$
			values.put("department", entry.department()); //$NON-NLS-1$
			values.put("budget", money(entry.budget())); //$NON-NLS-1$
			values.put("drawn", entry.drawn() ? ConsolidationMessages.ConsolidationReportData_drawn : ConsolidationMessages.ConsolidationReportData_added); //$NON-NLS-1$
			values.put("decision", entry.decision().label()); //$NON-NLS-1$
			list.add(values);
		}
		return list;
	}

	/** @return the flags as people read them, joined by 、 */
	static String flags(RankedRow ranked) {
		return ranked.flags().stream().sorted().map(HearingFlag::label).collect(Collectors.joining("、")); //$NON-NLS-1$
	}

	/** @return an amount in yuan with thousands separators and 2 decimals; "" for none */
	static String money(BigDecimal yuan) {
		return Money.amount(yuan, MoneyUnit.YUAN);
	}

	/** @return a percentage with 2 decimals, e.g. 99.50%; — for none */
	static String rate(BigDecimal percent) {
		return percent == null ? "—" : Money.score(percent) + "%"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return a score with 2 decimals; — for none */
	static String score(BigDecimal score) {
		return score == null ? "—" : Money.score(score); //$NON-NLS-1$
	}

	/** @return a signed change with 2 decimals, e.g. +1.20 or -0.80; "" for none */
	static String change(BigDecimal change, String suffix) {
		if (change == null) {
			return ""; //$NON-NLS-1$
		}
		String text = Money.score(change);
		return (change.signum() > 0 ? "+" : "") + text + suffix; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param name {@code ranking}, {@code flagged}, {@code sample} (text columns), {@code grades} or
	 *            {@code executionBands} (columns {@code name} and {@code rate}, a percentage, for the charts)
	 * @return the rows; empty for an unknown name
	 */
	@Override
	public List<Map<String, Object>> rows(String name) {
		return rows.getOrDefault(name, List.of());
	}

	@Override
	public void prepare(ReportDesignHandle design) throws SemanticException {
		for (String style : TITLE_STYLES) {
			font(design, style, options.titleFont());
		}
		for (String style : BODY_STYLES) {
			font(design, style, options.bodyFont());
		}
		for (String style : TABLE_STYLES) {
			font(design, style, options.tableFont());
		}
		for (Map.Entry<String, String> text : labels().entrySet()) {
			if (design.findElement(text.getKey()) instanceof LabelHandle label) {
				label.setText(text.getValue());
			}
		}
		String family = ReportOptions.family(options.tableFont());
		if (design.findElement("gradeChart") instanceof GridHandle grid) { //$NON-NLS-1$
			Charts.replace(design, grid, "grades", family, count("grades"), 0x1F4E79); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (design.findElement("executionChart") instanceof GridHandle grid) { //$NON-NLS-1$
			Charts.replace(design, grid, "executionBands", family, count("executionBands"), 0x5B9BD5); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (sample == null) {
			for (String element : new String[] { "sampleCaption", "sampleTable" }) { //$NON-NLS-1$ //$NON-NLS-2$
				DesignElementHandle handle = design.findElement(element);
				if (handle != null) {
					handle.drop();
				}
			}
		}
	}

	/** @return the texts of the design's named labels in the current language */
	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("gradeCaption", ConsolidationMessages.ConsolidationReportData_gradeCaption); //$NON-NLS-1$
		labels.put("executionCaption", ConsolidationMessages.ConsolidationReportData_executionCaption); //$NON-NLS-1$
		labels.put("rankingCaption", ConsolidationMessages.ConsolidationReportData_rankingCaption); //$NON-NLS-1$
		labels.put("flaggedCaption", ConsolidationMessages.ConsolidationReportData_flaggedCaption); //$NON-NLS-1$
		String[][] headings = { { "rank", ConsolidationMessages.ConsolidationReportData_rank }, //$NON-NLS-1$
				{ "department", ConsolidationMessages.ConsolidationReportData_department }, //$NON-NLS-1$
				{ "supervisor", ConsolidationMessages.ConsolidationReportData_supervisor }, //$NON-NLS-1$
				{ "budget", ConsolidationMessages.ConsolidationReportData_budget }, //$NON-NLS-1$
				{ "executed", ConsolidationMessages.ConsolidationReportData_executed }, //$NON-NLS-1$
				{ "rate", ConsolidationMessages.ConsolidationReportData_rate }, //$NON-NLS-1$
				{ "self", ConsolidationMessages.ConsolidationReportData_self }, //$NON-NLS-1$
				{ "review", ConsolidationMessages.ConsolidationReportData_review }, //$NON-NLS-1$
				{ "grade", ConsolidationMessages.ConsolidationReportData_grade }, //$NON-NLS-1$
				{ "deviations", ConsolidationMessages.ConsolidationReportData_deviations }, //$NON-NLS-1$
				{ "state", ConsolidationMessages.ConsolidationReportData_state }, //$NON-NLS-1$
				{ "scoreChange", ConsolidationMessages.ConsolidationReportData_scoreChange }, //$NON-NLS-1$
				{ "rateChange", ConsolidationMessages.ConsolidationReportData_rateChange }, //$NON-NLS-1$
				{ "flags", ConsolidationMessages.ConsolidationReportData_flags }, //$NON-NLS-1$
				{ "reasons", ConsolidationMessages.ConsolidationReportData_reasons }, //$NON-NLS-1$
				{ "number", ConsolidationMessages.ConsolidationReportData_number }, //$NON-NLS-1$
				{ "drawn", ConsolidationMessages.ConsolidationReportData_source }, //$NON-NLS-1$
				{ "decision", ConsolidationMessages.ConsolidationReportData_decision } }; //$NON-NLS-1$
		for (String dataSet : new String[] { "ranking", "flagged", "sample" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (String[] heading : headings) {
				labels.put("h_" + dataSet + "_" + heading[0], heading[1]); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return labels;
	}

	private static void font(ReportDesignHandle design, String style, String font) throws SemanticException {
		StyleHandle handle = design.findStyle(style);
		if (handle != null) {
			handle.setProperty(StyleHandle.FONT_FAMILY_PROP, ReportOptions.familyWithFallbacks(font));
		}
	}
}
