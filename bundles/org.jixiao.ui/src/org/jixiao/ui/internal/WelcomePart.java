package org.jixiao.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The first part of the window until the evaluation navigator and editor arrive. */
public final class WelcomePart {

	private Label label;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		label = new Label(parent, SWT.CENTER | SWT.WRAP);
		label.setText(Messages.WelcomePart_text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
	}
}
