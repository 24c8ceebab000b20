package org.jixiao.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
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

	/** The default rule set. */
	public static final String DEFAULT_RULE_SET = "mof-2020"; //$NON-NLS-1$

	/**
	 * @param preferences the node {@link #NODE}
	 * @return the report fonts: the families set in the preferences, the platform's defaults for the
	 *         others
	 */
	public static ReportOptions reportOptions(IEclipsePreferences preferences) {
		ReportOptions defaults = ReportOptions.defaults();
		return new ReportOptions(font(preferences, FONT_TITLE, defaults.titleFont()), font(preferences, FONT_BODY, defaults.bodyFont()),
				font(preferences, FONT_TABLE, defaults.tableFont()));
	}

	private static String font(IEclipsePreferences preferences, String key, String defaultFamily) {
		String family = preferences.get(key, "").strip(); //$NON-NLS-1$
		return family.isEmpty() ? defaultFamily : family;
	}

	private JixiaoPreferences() {
	}
}
