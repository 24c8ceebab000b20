package org.jixiao.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.report.ReportOptions;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Edits the Jixiao preferences on four tabs: the database (embedded folder, or server URL and user)
 * with the user name for the audit trail; the rule set for new evaluations with its thresholds; the
 * report fonts, with whether the report engine is warmed up after the start; the table formats (the provinces' layouts) of new evaluations and exports, by kind. Changed thresholds are saved as the department's own version of the rule set
 * ({@link RuleSetService#save(RuleSet)}), which every score then follows; thresholds set back to
 * the built-in values remove that version. Wrong numbers are named in the title area and keep OK
 * disabled.
 */
public final class PreferencesDialog extends TitleAreaDialog {

	private static final RuleSetService RULE_SETS = RuleSetService.getDefault();

	/** The data key value (under {@link Fields#FEATURE}) of the rule set choice, for tests. */
	public static final String RULE_SET = "ruleSet"; //$NON-NLS-1$
	/** The data key value of the button that restores the built-in thresholds. */
	public static final String RESTORE_RULES = "restoreRules"; //$NON-NLS-1$
	/** The data key value of the label telling where the shown rule set comes from. */
	public static final String RULE_SOURCE = "ruleSource"; //$NON-NLS-1$
	/** The data key value of the choice of the table format of 部门整体 evaluations, for tests. */
	public static final String FORMAT_DEPARTMENT = "formatDepartment"; //$NON-NLS-1$
	/** The data key value of the choice of the table format of project evaluations, for tests. */
	public static final String FORMAT_PROJECT = "formatProject"; //$NON-NLS-1$
	/** The data key value of the check box that turns the report engine's warm-up on or off, for tests. */
	public static final String REPORT_WARM_UP = "reportWarmUp"; //$NON-NLS-1$

	private final IEclipsePreferences preferences;
	private final Map<String, Text> texts = new LinkedHashMap<>();
	/** The thresholds edited so far, by rule set id. */
	private final Map<String, RuleSet> editedRules = new LinkedHashMap<>();
	/** The table format choices by preference key. */
	private final Map<String, Combo> formatCombos = new LinkedHashMap<>();
	private Button embedded;
	private Button server;
	private Button evidenceCounts;
	private Button warmUp;
	private Combo ruleSet;
	private String shownRuleSet;
	private Label ruleSource;
	private Button restore;
	private RuleSetFields ruleFields;
	private String ruleError;

	/**
	 * @param shell the parent shell
	 * @param preferences the node {@link JixiaoPreferences#NODE} of the instance scope
	 */
	public PreferencesDialog(Shell shell, IEclipsePreferences preferences) {
		super(shell);
		this.preferences = preferences;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Preferences_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Preferences_title);
		setMessage(Messages.Preferences_message);
		TabFolder tabs = new TabFolder(area, SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createDatabaseTab(tab(tabs, Messages.Preferences_database));
		createRulesTab(tab(tabs, Messages.Preferences_scoring));
		createReportsTab(tab(tabs, Messages.Preferences_fonts));
		createFormatsTab(tab(tabs, PreferenceMessages.Preferences_formats));
		return area;
	}

	private static Composite tab(TabFolder tabs, String title) {
		Composite page = new Composite(tabs, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
		return page;
	}

	private void createDatabaseTab(Composite page) {
		embedded = new Button(page, SWT.RADIO);
		embedded.setText(Messages.Preferences_embedded);
		embedded.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		text(page, Messages.Preferences_path, JixiaoPreferences.DATABASE_PATH, ""); //$NON-NLS-1$
		server = new Button(page, SWT.RADIO);
		server.setText(Messages.Preferences_server);
		server.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		text(page, Messages.Preferences_url, JixiaoPreferences.DATABASE_URL, ""); //$NON-NLS-1$
		text(page, Messages.Preferences_user, JixiaoPreferences.DATABASE_USER, ""); //$NON-NLS-1$
		boolean isServer = JixiaoPreferences.DATABASE_MODE_SERVER
				.equals(preferences.get(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_EMBEDDED));
		server.setSelection(isServer);
		embedded.setSelection(!isServer);
		text(page, Messages.Preferences_userName, JixiaoPreferences.USER_NAME, System.getProperty("user.name")); //$NON-NLS-1$
		text(page, Messages.Preferences_evidenceLimit, JixiaoPreferences.EVIDENCE_LIMIT_MB,
				Integer.toString(JixiaoPreferences.DEFAULT_EVIDENCE_LIMIT_MB));
	}

	private void createRulesTab(Composite page) {
		new Label(page, SWT.NONE).setText(Messages.Preferences_ruleSet);
		ruleSet = new Combo(page, SWT.READ_ONLY);
		ruleSet.setData(Fields.FEATURE, RULE_SET);
		ruleSet.setItems(RULE_SETS.availableIds().toArray(String[]::new));
		String chosen = preferences.get(JixiaoPreferences.RULE_SET, JixiaoPreferences.DEFAULT_RULE_SET);
		ruleSet.select(Math.max(0, ruleSet.indexOf(chosen)));
		ruleSet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ruleSet.addListener(SWT.Selection, event -> switchRuleSet());
		ruleSource = new Label(page, SWT.WRAP);
		ruleSource.setData(Fields.FEATURE, RULE_SOURCE);
		GridData sourceData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		sourceData.widthHint = 560;
		ruleSource.setLayoutData(sourceData);
		ruleFields = new RuleSetFields(page, this::rulesChanged);
		restore = new Button(page, SWT.PUSH);
		restore.setText(Messages.Preferences_ruleRestore);
		restore.setData(Fields.FEATURE, RESTORE_RULES);
		restore.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		restore.addListener(SWT.Selection, event -> {
			ruleFields.show(RULE_SETS.builtIn(shownRuleSet));
			rulesChanged();
		});
		showRuleSet(ruleSet.getText());
	}

	private void createReportsTab(Composite page) {
		ReportOptions fontsInUse = JixiaoPreferences.reportOptions(preferences);
		text(page, Messages.Preferences_fontTitle, JixiaoPreferences.FONT_TITLE, fontsInUse.titleFont());
		text(page, Messages.Preferences_fontBody, JixiaoPreferences.FONT_BODY, fontsInUse.bodyFont());
		text(page, Messages.Preferences_fontTable, JixiaoPreferences.FONT_TABLE, fontsInUse.tableFont());
		evidenceCounts = new Button(page, SWT.CHECK);
		evidenceCounts.setText(Messages.Preferences_evidenceCounts);
		evidenceCounts.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		evidenceCounts.setSelection(fontsInUse.evidenceCounts());
		warmUp = new Button(page, SWT.CHECK);
		warmUp.setText(Messages.Preferences_reportWarmUp);
		warmUp.setData(Fields.FEATURE, REPORT_WARM_UP);
		warmUp.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		warmUp.setSelection(preferences.getBoolean(JixiaoPreferences.REPORT_WARM_UP, true));
	}

	/** The table formats of new evaluations and of exports, one choice per kind among the formats serving it. */
	private void createFormatsTab(Composite page) {
		formatChoice(page, PreferenceMessages.Preferences_formatDepartment, EvaluationKind.DEPARTMENT, FORMAT_DEPARTMENT);
		formatChoice(page, PreferenceMessages.Preferences_formatProject, EvaluationKind.PROJECT, FORMAT_PROJECT);
		Label folder = new Label(page, SWT.WRAP);
		folder.setText(NLS.bind(PreferenceMessages.Preferences_formatFolder, TableFormats.getDefault().directory()));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 560;
		folder.setLayoutData(data);
	}

	private void formatChoice(Composite page, String label, EvaluationKind kind, String feature) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY);
		combo.setData(Fields.FEATURE, feature);
		TableFormats formats = TableFormats.getDefault();
		List<TableFormat> serving = formats.all().stream().filter(format -> format.serves(kind)).toList();
		for (TableFormat format : serving) {
			combo.add(format.name() + " (" + format.id() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		combo.setData(serving);
		String chosen = formats.forKind(kind, preferences.get(JixiaoPreferences.formatKey(kind), "")).id(); //$NON-NLS-1$
		combo.select(Math.max(0, serving.stream().map(TableFormat::id).toList().indexOf(chosen)));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		formatCombos.put(JixiaoPreferences.formatKey(kind), combo);
	}

	private void text(Composite parent, String label, String key, String defaultValue) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		text.setLayoutData(data);
		text.setText(preferences.get(key, defaultValue));
		texts.put(key, text);
	}

	/** Keeps the thresholds of the rule set shown, then shows those of the one chosen. */
	private void switchRuleSet() {
		if (ruleError != null) {
			ruleSet.select(ruleSet.indexOf(shownRuleSet));
			return;
		}
		editedRules.put(shownRuleSet, ruleFields.edited());
		showRuleSet(ruleSet.getText());
	}

	private void showRuleSet(String id) {
		shownRuleSet = id;
		RuleSet rules = editedRules.get(id);
		String source;
		if (rules == null) {
			try {
				rules = RULE_SETS.rulesForId(id);
				source = RULE_SETS.isCustomized(id) ? NLS.bind(Messages.Preferences_ruleOwn, RULE_SETS.fileOf(id)) //$NON-NLS-1$
						: NLS.bind(Messages.Preferences_ruleBuiltIn, rules.name());
			} catch (RuleSetException e) {
				// a department file that cannot be read: show the built-in numbers, saving replaces the file
				rules = RULE_SETS.builtIn(id);
				source = e.getMessage();
			}
		} else {
			source = NLS.bind(Messages.Preferences_ruleBuiltIn, rules.name());
		}
		ruleSource.setText(source);
		ruleFields.show(rules);
		rulesChanged();
		ruleSource.getParent().layout(true, true);
	}

	private void rulesChanged() {
		try {
			RuleSet edited = ruleFields.edited();
			ruleError = null;
			restore.setEnabled(RULE_SETS.builtInIds().contains(shownRuleSet) && !edited.equals(RULE_SETS.builtIn(shownRuleSet)));
		} catch (IllegalArgumentException e) {
			ruleError = e.getMessage();
			restore.setEnabled(RULE_SETS.builtInIds().contains(shownRuleSet));
		}
		setErrorMessage(ruleError);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(ruleError == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		rulesChanged();
	}

	@Override
	protected void okPressed() {
		if (ruleError != null) {
			return;
		}
		String limit = texts.get(JixiaoPreferences.EVIDENCE_LIMIT_MB).getText();
		if (JixiaoPreferences.evidenceLimitMb(limit).isEmpty()) {
			MessageDialog.openError(getShell(), Messages.Preferences_title, NLS.bind(Messages.Preferences_badLimit, limit.strip()));
			return;
		}
		editedRules.put(shownRuleSet, ruleFields.edited());
		boolean rulesChanged;
		try {
			rulesChanged = saveRules();
		} catch (RuleSetException e) {
			ILog.of(PreferencesDialog.class).error(e.getMessage(), e);
			MessageDialog.openError(getShell(), Messages.Preferences_title, NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
			return;
		}
		preferences.put(JixiaoPreferences.DATABASE_MODE,
				server.getSelection() ? JixiaoPreferences.DATABASE_MODE_SERVER : JixiaoPreferences.DATABASE_MODE_EMBEDDED);
		preferences.put(JixiaoPreferences.RULE_SET, ruleSet.getText());
		texts.forEach((key, text) -> preferences.put(key, text.getText().strip()));
		preferences.putBoolean(JixiaoPreferences.REPORT_EVIDENCE_COUNTS, evidenceCounts.getSelection());
		preferences.putBoolean(JixiaoPreferences.REPORT_WARM_UP, warmUp.getSelection());
		formatCombos.forEach((key, combo) -> {
			@SuppressWarnings("unchecked")
			List<TableFormat> serving = (List<TableFormat>) combo.getData();
			if (combo.getSelectionIndex() >= 0) {
				preferences.put(key, serving.get(combo.getSelectionIndex()).id());
			}
		});
		if (rulesChanged) {
			preferences.put(JixiaoPreferences.RULES_REVISION, Long.toString(System.currentTimeMillis()));
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(PreferencesDialog.class).error(e.getMessage(), e);
			MessageDialog.openError(getShell(), Messages.Preferences_title, NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
			return;
		}
		super.okPressed();
	}

	/**
	 * Saves the thresholds that differ from those in force as the department's version; removes the
	 * department's version where they are the built-in ones again.
	 *
	 * @return whether a rule set changed
	 */
	private boolean saveRules() {
		boolean changed = false;
		for (RuleSet rules : editedRules.values()) {
			boolean builtIn = RULE_SETS.builtInIds().contains(rules.id());
			if (builtIn && rules.equals(RULE_SETS.builtIn(rules.id()))) {
				changed |= RULE_SETS.remove(rules.id());
			} else if (!RULE_SETS.isCustomized(rules.id()) || !rules.equals(inForce(rules.id()))) {
				RULE_SETS.save(rules);
				changed = true;
			}
		}
		return changed;
	}

	private static RuleSet inForce(String id) {
		try {
			return RULE_SETS.rulesForId(id);
		} catch (RuleSetException e) {
			return null;
		}
	}
}
