package org.jixiao.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.report.ReportOptions;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Edits the Jixiao preferences: the database (embedded folder, or server URL and user), the rule
 * set for new evaluations, the user name for the audit trail and the report fonts.
 */
public final class PreferencesDialog extends Dialog {

	private final IEclipsePreferences preferences;
	private final Map<String, Text> texts = new LinkedHashMap<>();
	private Button embedded;
	private Button server;
	private Combo ruleSet;

	/**
	 * @param shell the parent shell
	 * @param preferences the node {@link JixiaoPreferences#NODE} of the instance scope
	 */
	public PreferencesDialog(Shell shell, IEclipsePreferences preferences) {
		super(shell);
		this.preferences = preferences;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Preferences_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Group database = group(area, Messages.Preferences_database);
		embedded = new Button(database, SWT.RADIO);
		embedded.setText(Messages.Preferences_embedded);
		embedded.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		text(database, Messages.Preferences_path, JixiaoPreferences.DATABASE_PATH, ""); //$NON-NLS-1$
		server = new Button(database, SWT.RADIO);
		server.setText(Messages.Preferences_server);
		server.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		text(database, Messages.Preferences_url, JixiaoPreferences.DATABASE_URL, ""); //$NON-NLS-1$
		text(database, Messages.Preferences_user, JixiaoPreferences.DATABASE_USER, ""); //$NON-NLS-1$
		boolean isServer = JixiaoPreferences.DATABASE_MODE_SERVER
				.equals(preferences.get(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_EMBEDDED));
		server.setSelection(isServer);
		embedded.setSelection(!isServer);

		Group scoring = group(area, Messages.Preferences_scoring);
		new Label(scoring, SWT.NONE).setText(Messages.Preferences_ruleSet);
		ruleSet = new Combo(scoring, SWT.DROP_DOWN | SWT.BORDER);
		ruleSet.setItems(RuleSets.builtInIds().toArray(String[]::new));
		ruleSet.setText(preferences.get(JixiaoPreferences.RULE_SET, JixiaoPreferences.DEFAULT_RULE_SET));
		ruleSet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text(scoring, Messages.Preferences_userName, JixiaoPreferences.USER_NAME, System.getProperty("user.name")); //$NON-NLS-1$

		Group fonts = group(area, Messages.Preferences_fonts);
		ReportOptions fontsInUse = JixiaoPreferences.reportOptions(preferences);
		text(fonts, Messages.Preferences_fontTitle, JixiaoPreferences.FONT_TITLE, fontsInUse.titleFont());
		text(fonts, Messages.Preferences_fontBody, JixiaoPreferences.FONT_BODY, fontsInUse.bodyFont());
		text(fonts, Messages.Preferences_fontTable, JixiaoPreferences.FONT_TABLE, fontsInUse.tableFont());
		return area;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
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

	@Override
	protected void okPressed() {
		preferences.put(JixiaoPreferences.DATABASE_MODE,
				server.getSelection() ? JixiaoPreferences.DATABASE_MODE_SERVER : JixiaoPreferences.DATABASE_MODE_EMBEDDED);
		preferences.put(JixiaoPreferences.RULE_SET, ruleSet.getText().strip());
		texts.forEach((key, text) -> preferences.put(key, text.getText().strip()));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(PreferencesDialog.class).error(e.getMessage(), e);
			MessageDialog.openError(getShell(), Messages.Preferences_title, NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
			return;
		}
		super.okPressed();
	}
}
