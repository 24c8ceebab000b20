package org.jixiao.ui.internal.handlers;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.internal.preferences.PreferencesDialog;
import org.jixiao.ui.preferences.JixiaoPreferences;

/** Opens the preferences dialog. */
public final class PreferencesHandler {

	@Execute
	void execute(Shell shell, @Preference(nodePath = JixiaoPreferences.NODE) IEclipsePreferences preferences) {
		new PreferencesDialog(shell, preferences).open();
	}
}
