package org.jixiao.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.report.ReportOptions;

/**
 * Keys and defaults of the Jixiao preferences, in the instance scope node {@link #NODE}. Read them
 * with {@code InstanceScope.INSTANCE.getNode(NODE).get(KEY, DEFAULT)} or inject them in e4 with
 * {@code @Preference(nodePath = NODE, value = KEY)}.
 */
public final class JixiaoPreferences {

	/** The preference node. */
	public static final String NODE = "org.jixiao"; //$NON-NLS-1$

	/** {@code embedded} or {@code server}. */
	public static final String DATABASE_MODE = "database.mode"; //$NON-NLS-1$
	/** The mode value for an embedded Derby database. */
	public static final String DATABASE_MODE_EMBEDDED = "embedded"; //$NON-NLS-1$
	/** The mode value for a Derby network server. */
	public static final String DATABASE_MODE_SERVER = "server"; //$NON-NLS-1$
	/** The folder of the embedded database; empty for the default: {@code -Djixiao.db}, else {@code ~/.jixiao/db}. */
	public static final String DATABASE_PATH = "database.path"; //$NON-NLS-1$
	/** The JDBC URL of the network server, e.g. {@code jdbc:derby://host:1527/jixiao}. */
	public static final String DATABASE_URL = "database.url"; //$NON-NLS-1$
	/** The database user for the network server. */
	public static final String DATABASE_USER = "database.user"; //$NON-NLS-1$
	/** The rule set id for new evaluations. */
	public static final String RULE_SET = "ruleSet"; //$NON-NLS-1$
	/**
	 * Changes whenever the preferences dialog changed the department's rule sets, so that open
	 * editors, which inject it, score again.
	 */
	public static final String RULES_REVISION = "ruleSet.revision"; //$NON-NLS-1$
	/** The name written to the audit trail and as preparer of new evaluations. */
	public static final String USER_NAME = "user.name"; //$NON-NLS-1$
	/** The report's title font family; empty for the platform's default ({@code ReportOptions.defaults()}). */
	public static final String FONT_TITLE = "report.font.title"; //$NON-NLS-1$
	/** The report's body font family; empty for the platform's default. */
	public static final String FONT_BODY = "report.font.body"; //$NON-NLS-1$
	/** The report's table font family; empty for the platform's default. */
	public static final String FONT_TABLE = "report.font.table"; //$NON-NLS-1$

	/** The largest evidence file (佐证材料) accepted, in MB. */
	public static final String EVIDENCE_LIMIT_MB = "evidence.limitMb"; //$NON-NLS-1$
	/** The default of {@link #EVIDENCE_LIMIT_MB}. */
	public static final int DEFAULT_EVIDENCE_LIMIT_MB = 50;
	/** Whether the 自评表 names the number of evidence files per indicator ({@code true}/{@code false}, default false). */
	public static final String REPORT_EVIDENCE_COUNTS = "report.evidenceCounts"; //$NON-NLS-1$
	/**
	 * Whether the workbench warms the report engine up in the background after its start
	 * ({@code true}/{@code false}, default true): the first report is quicker, at the cost of the
	 * engine's memory and some seconds of processor time.
	 */
	public static final String REPORT_WARM_UP = "report.warmUp"; //$NON-NLS-1$

	/** The default rule set. */
	public static final String DEFAULT_RULE_SET = "mof-2020"; //$NON-NLS-1$

	/** The table format id of new 部门整体 evaluations and their exports; empty for {@code central-department}. */
	public static final String FORMAT_DEPARTMENT = "format.department"; //$NON-NLS-1$
	/** The table format id of new project evaluations (项目支出, 结转项目) and their exports; empty for {@code central-project}. */
	public static final String FORMAT_PROJECT = "format.project"; //$NON-NLS-1$

	/**
	 * @param kind the kind of an evaluation
	 * @return the key of the preferred table format of the kind
	 */
	public static String formatKey(EvaluationKind kind) {
		return kind == null || kind == EvaluationKind.DEPARTMENT ? FORMAT_DEPARTMENT : FORMAT_PROJECT;
	}

	/**
	 * The table format an evaluation is exported in: the one it names ({@link Evaluation#getFormatId()})
	 * where that serves its kind, else the one the preferences choose for its kind, else its kind's
	 * default.
	 *
	 * @param preferences the node {@link #NODE}
	 * @param evaluation the evaluation
	 * @return the format
	 */
	public static TableFormat tableFormat(IEclipsePreferences preferences, Evaluation evaluation) {
		TableFormats formats = TableFormats.getDefault();
		return formats.byId(evaluation.getFormatId()).filter(format -> format.serves(evaluation.getKind()))
				.orElseGet(() -> formats.forKind(evaluation.getKind(), preferences.get(formatKey(evaluation.getKind()), ""))); //$NON-NLS-1$
	}

	/**
	 * @param preferences the node {@link #NODE}
	 * @param kind the kind of a new evaluation
	 * @return the id of the format the preferences choose for new evaluations of the kind, or
	 *         {@code null} for the kind's default (a new evaluation then names none)
	 */
	public static String newEvaluationFormatId(IEclipsePreferences preferences, EvaluationKind kind) {
		TableFormat format = TableFormats.getDefault().forKind(kind, preferences.get(formatKey(kind), "")); //$NON-NLS-1$
		return format.id().equals(TableFormats.getDefault().forKind(kind).id()) ? null : format.id();
	}

	/**
	 * @param preferences the node {@link #NODE}
	 * @return the report fonts: the families set in the preferences, the platform's defaults for the
	 *         others; and whether the 自评表 counts evidence files
	 */
	public static ReportOptions reportOptions(IEclipsePreferences preferences) {
		ReportOptions defaults = ReportOptions.defaults();
		return new ReportOptions(font(preferences, FONT_TITLE, defaults.titleFont()), font(preferences, FONT_BODY, defaults.bodyFont()),
				font(preferences, FONT_TABLE, defaults.tableFont()), preferences.getBoolean(REPORT_EVIDENCE_COUNTS, false));
	}

	/**
	 * @param preferences the node {@link #NODE}
	 * @return the largest evidence file accepted, in bytes: {@link #EVIDENCE_LIMIT_MB}, or its default
	 *         when it is not a number of MB from 1 to 2047
	 */
	public static long evidenceLimit(IEclipsePreferences preferences) {
		return evidenceLimitMb(preferences.get(EVIDENCE_LIMIT_MB, "")).orElse(DEFAULT_EVIDENCE_LIMIT_MB) * (1L << 20); //$NON-NLS-1$
	}

	/**
	 * @param text a limit as typed
	 * @return it as a number of MB from 1 to 2047, or empty when it is none
	 */
	public static java.util.OptionalInt evidenceLimitMb(String text) {
		try {
			int mb = Integer.parseInt(text.strip());
			return mb >= 1 && mb <= 2047 ? java.util.OptionalInt.of(mb) : java.util.OptionalInt.empty();
		} catch (NumberFormatException e) {
			return java.util.OptionalInt.empty();
		}
	}

	private static String font(IEclipsePreferences preferences, String key, String defaultFamily) {
		String family = preferences.get(key, "").strip(); //$NON-NLS-1$
		return family.isEmpty() ? defaultFamily : family;
	}

	private JixiaoPreferences() {
	}
}
