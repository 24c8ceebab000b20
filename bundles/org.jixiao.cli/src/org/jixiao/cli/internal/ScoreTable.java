package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;

/**
 * Prints a score sheet as a text table for a terminal, columns aligned for Chinese text; a row whose
 * score has errors is flagged with {@value #FLAG} and scores what the rules give it until fixed (0 for
 * values that cannot be read).
 */
final class ScoreTable {

	private static final String GAP = "  "; //$NON-NLS-1$
	/** The mark of a row with errors. */
	static final String FLAG = "✗ "; //$NON-NLS-1$

	private final PrintWriter out;

	ScoreTable(PrintWriter out) {
		this.out = out;
	}

	void print(Evaluation evaluation, ScoreSheet sheet, Diagnostic diagnostic) {
		String department = evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName(); //$NON-NLS-1$
		out.println(NLS.bind(Messages.ScoreTable_title, new Object[] { evaluation.getFiscalYear(), department, sheet.rules().id() }));
		out.println();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.ScoreTable_row, Messages.ScoreTable_target, Messages.ScoreTable_actual,
				Messages.ScoreTable_weight, Messages.ScoreTable_score, Messages.ScoreTable_explanation });
		rows.add(new String[] { NLS.bind(Messages.ScoreTable_budget, rate(evaluation)), text(evaluation.getBudget() == null ? null
				: evaluation.getBudget().getAdjustedBudget()), text(evaluation.getBudget() == null ? null : evaluation.getBudget().getExecuted()),
				text(sheet.budget().weight()), text(sheet.budget().score()), sheet.budget().explanation() });
		boolean flagged = sheet.budget().hasErrors();
		if (sheet.budget().hasErrors()) {
			rows.get(1)[0] = FLAG + rows.get(1)[0];
		}
		for (IndicatorScore row : sheet.indicators()) {
			String path = row.score().hasErrors() ? FLAG + row.path() : row.path();
			flagged |= row.score().hasErrors();
			rows.add(new String[] { path, row.indicator().getTargetText(), row.indicator().getActualText(),
					text(row.score().weight()), text(row.score().score()), row.score().explanation() });
		}
		int[] widths = new int[5];
		for (String[] row : rows) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], width(row[i]));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < widths.length; i++) {
				line.append(pad(row[i], widths[i], i >= 3)).append(GAP);
			}
			out.println(line.append(row[5] == null ? "" : row[5])); //$NON-NLS-1$
		}
		out.println();
		out.println(NLS.bind(Messages.ScoreTable_total, text(sheet.total()), sheet.grade().label()));
		if (!sheet.totalExplanation().isEmpty()) {
			out.println("  " + sheet.totalExplanation()); //$NON-NLS-1$
		}
		if (flagged) {
			out.println(NLS.bind(Messages.ScoreTable_flagged, FLAG.strip()));
		}
		if (!diagnostic.getChildren().isEmpty()) {
			out.println();
			out.println(NLS.bind(Messages.ScoreTable_diagnostics, diagnostic.getChildren().size()));
			for (Diagnostic child : diagnostic.getChildren()) {
				out.println("  " + ScoreCommand.severity(child) + " [" + ScoreCommand.code(child) + "] " + child.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		out.flush();
	}

	/** @return the execution rate as a percentage with two decimals, or {@code null} without a budget */
	static BigDecimal rate(Evaluation evaluation) {
		if (evaluation.getBudget() == null || evaluation.getBudget().getAdjustedBudget() == null
				|| evaluation.getBudget().getAdjustedBudget().signum() == 0 || evaluation.getBudget().getExecuted() == null) {
			return null;
		}
		return evaluation.getBudget().getExecuted().multiply(BigDecimal.valueOf(100))
				.divide(evaluation.getBudget().getAdjustedBudget(), 2, RoundingMode.HALF_UP);
	}

	private static String text(Object value) {
		return value == null ? "—" : value instanceof BigDecimal number ? number.toPlainString() : value.toString(); //$NON-NLS-1$
	}

	static String pad(String text, int width, boolean right) {
		String value = text == null ? "" : text; //$NON-NLS-1$
		String spaces = " ".repeat(Math.max(0, width - width(value))); //$NON-NLS-1$
		return right ? spaces + value : value + spaces;
	}

	/** The terminal width of a text: East Asian wide and full-width characters take two columns. */
	static int width(String text) {
		if (text == null) {
			return 0;
		}
		return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60 || c >= 0x2E80 && c <= 0x2FDF ? 2 : 1).sum();
	}
}
