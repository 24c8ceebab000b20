package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.PriorYear;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao compare ID}: a stored evaluation beside the same unit's evaluation of the year before
 * ({@link EvaluationStore#priorYearId(long)}), indicator by indicator: 上年目标, 上年实际, 上年得分 beside
 * this year's target, actual and score, each matched by lineage, path or name ({@link PriorYear}); each
 * year scored by its own rule set. Without an evaluation of the year before it says so and lists this
 * year's rows as new; exit code 0 either way, 1 when the store fails.
 */
@Command(name = "compare")
final class CompareCommand extends StoreCommands.StoreCommand {

	private static final String GAP = "  "; //$NON-NLS-1$
	private static final String NONE = "—"; //$NON-NLS-1$

	@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
	long id;

	@Override
	int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
		Evaluation current = opened.load(id);
		OptionalLong priorId = opened.priorYearId(id);
		ScoreSheet sheet = score(current);
		String unit = current.getDepartment() == null ? "" : current.getDepartment().getName(); //$NON-NLS-1$
		if (priorId.isEmpty()) {
			out.println(NLS.bind(CompareMessages.CompareCommand_none, new Object[] { unit, current.getFiscalYear() - 1, id }));
			out.flush();
			return 0;
		}
		Evaluation prior = opened.load(priorId.getAsLong());
		PriorYear compared = PriorYear.compare(sheet, score(prior));
		out.println(NLS.bind(CompareMessages.CompareCommand_title,
				new Object[] { current.getFiscalYear(), unit, id, prior.getFiscalYear(), priorId.getAsLong() }));
		out.println();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { CompareMessages.CompareCommand_row, CompareMessages.CompareCommand_match,
				CompareMessages.CompareCommand_priorTarget, CompareMessages.CompareCommand_priorActual, CompareMessages.CompareCommand_priorScore,
				CompareMessages.CompareCommand_target, CompareMessages.CompareCommand_actual, CompareMessages.CompareCommand_score,
				CompareMessages.CompareCommand_change });
		for (PriorYear.Row row : compared.rows()) {
			IndicatorScore now = row.current();
			rows.add(new String[] { now.path(), row.matched() ? row.match().displayName() : CompareMessages.CompareCommand_new,
					row.priorTarget().orElse(NONE), row.priorActual().orElse(NONE), row.priorScore().map(CompareCommand::text).orElse(NONE),
					orNone(now.indicator().getTargetText()), orNone(now.indicator().getActualText()), text(now.score().score()),
					row.change().map(CompareCommand::signed).orElse(NONE) });
		}
		print(out, rows);
		out.println();
		ScoreSheet last = compared.prior();
		out.println(NLS.bind(CompareMessages.CompareCommand_total, new Object[] { text(sheet.total()), sheet.grade().label(),
				text(last.total()), last.grade().label(), signed(sheet.total().subtract(last.total())) }));
		Map<PriorYear.Match, Integer> counts = compared.counts();
		int matched = counts.values().stream().mapToInt(Integer::intValue).sum();
		out.println(NLS.bind(CompareMessages.CompareCommand_matched,
				new Object[] { matched, compared.rows().size(), counts.getOrDefault(PriorYear.Match.LINEAGE, 0),
						counts.getOrDefault(PriorYear.Match.PATH, 0), counts.getOrDefault(PriorYear.Match.NAME, 0),
						compared.rows().size() - matched }));
		if (!compared.dropped().isEmpty()) {
			out.println(NLS.bind(CompareMessages.CompareCommand_dropped, compared.dropped().size()));
			for (IndicatorScore row : compared.dropped()) {
				out.println(GAP + row.path() + GAP + orNone(row.indicator().getTargetText()) + GAP + orNone(row.indicator().getActualText())
						+ GAP + text(row.score().score()));
			}
		}
		out.flush();
		return 0;
	}

	/** Each year by its own rule set, as {@code jixiao score} and the store score it. */
	private static ScoreSheet score(Evaluation evaluation) {
		return new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluation)).score(evaluation);
	}

	/** Prints the rows with their columns aligned for Chinese text; the scores and changes to the right. */
	private static void print(PrintWriter out, List<String[]> rows) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], ScoreTable.width(row[i]));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				boolean number = i == 4 || i == 7 || i == 8;
				line.append(ScoreTable.pad(row[i], widths[i], number));
				if (i < columns - 1) {
					line.append(GAP);
				}
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private static String text(BigDecimal value) {
		return value.toPlainString();
	}

	private static String signed(BigDecimal value) {
		return value.signum() > 0 ? "+" + value.toPlainString() : value.toPlainString(); //$NON-NLS-1$
	}

	private static String orNone(String text) {
		return text == null || text.isBlank() ? NONE : text;
	}
}
