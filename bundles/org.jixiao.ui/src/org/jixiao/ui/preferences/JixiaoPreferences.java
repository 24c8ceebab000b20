package org.jixiao.ui.preferences;

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
	/** The folder of the embedded database; empty for the default in the instance area. */
	public static final String DATABASE_PATH = "database.path"; //$NON-NLS-1$
	/** The JDBC URL of the network server, e.g. {@code jdbc:derby://host:1527/jixiao}. */
	public static final String DATABASE_URL = "database.url"; //$NON-NLS-1$
	/** The database user for the network server. */
	public static final String DATABASE_USER = "database.user"; //$NON-NLS-1$
	/** The rule set id for new evaluations. */
	public static final String RULE_SET = "ruleSet"; //$NON-NLS-1$
	/** The name written to the audit trail and as preparer of new evaluations. */
	public static final String USER_NAME = "user.name"; //$NON-NLS-1$
	/** The report's title font family. */
	public static final String FONT_TITLE = "report.font.title"; //$NON-NLS-1$
	/** The report's body font family. */
	public static final String FONT_BODY = "report.font.body"; //$NON-NLS-1$
	/** The report's table font family. */
	public static final String FONT_TABLE = "report.font.table"; //$NON-NLS-1$

	/** The default rule set. */
	public static final String DEFAULT_RULE_SET = "mof-2020"; //$NON-NLS-1$
	/** The default title font. */
	public static final String DEFAULT_FONT_TITLE = "方正小标宋简体"; //$NON-NLS-1$
	/** The default body font. */
	public static final String DEFAULT_FONT_BODY = "仿宋_GB2312"; //$NON-NLS-1$
	/** The default table font. */
	public static final String DEFAULT_FONT_TABLE = "宋体"; //$NON-NLS-1$

	private JixiaoPreferences() {
	}
}
