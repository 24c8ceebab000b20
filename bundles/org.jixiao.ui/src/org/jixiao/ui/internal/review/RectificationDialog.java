package org.jixiao.ui.internal.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.Messages;

/**
 * 整改: the evaluation's rectification notices, and the one step the user takes now: issue a notice
 * (问题, 要求, 期限), answer the open notice with the evidence of the rectification, or accept or return
 * the answered one.
 */
final class RectificationDialog extends TitleAreaDialog {

	private final String evaluationTitle;
	private final List<Rectification> notices;
	private final List<ReviewAction> choices = new ArrayList<>();
	private Combo action;
	private Text problem;
	private Text requirement;
	private Text deadline;
	private Text text;
	private org.eclipse.swt.widgets.List evidence;
	private Button addEvidence;
	private Button removeEvidence;
	private ReviewAction chosen;
	private String problemValue;
	private String requirementValue;
	private LocalDate deadlineValue;
	private String textValue;
	private final List<Path> evidenceValue = new ArrayList<>();

	/**
	 * @param shell the parent shell
	 * @param evaluationTitle the evaluation's name
	 * @param notices its notices
	 * @param allowed the steps the user may take, of which the rectification steps are offered
	 */
	RectificationDialog(Shell shell, String evaluationTitle, List<Rectification> notices, Set<ReviewAction> allowed) {
		super(shell);
		this.evaluationTitle = evaluationTitle;
		this.notices = notices;
		for (ReviewAction a : ReviewAction.values()) {
			if (!a.isTransition() && allowed.contains(a)) {
				choices.add(a);
			}
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Rectification_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.Rectification_heading, evaluationTitle));
		setMessage(Messages.Rectification_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(Messages.Rectification_notices);
		Text list = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 100;
		listData.widthHint = 560;
		list.setLayoutData(listData);
		StringBuilder shown = new StringBuilder();
		for (Rectification notice : notices) {
			shown.append(NLS.bind(Messages.Rectification_notice, new Object[] { notice.state().displayName(), notice.problem(), notice.requirement(),
					notice.deadline(), notice.answer() == null ? "—" : notice.answer() })).append('\n'); //$NON-NLS-1$
		}
		list.setText(notices.isEmpty() ? Messages.Rectification_none : shown.toString());
		new Label(body, SWT.NONE).setText(Messages.Rectification_action);
		action = new Combo(body, SWT.READ_ONLY);
		action.setData(Fields.FEATURE, "rectification.action"); //$NON-NLS-1$
		choices.forEach(c -> action.add(c.displayName()));
		problem = field(body, Messages.Rectification_problem, "rectification.problem"); //$NON-NLS-1$
		requirement = field(body, Messages.Rectification_requirement, "rectification.requirement"); //$NON-NLS-1$
		deadline = field(body, Messages.Rectification_deadline, "rectification.deadline"); //$NON-NLS-1$
		deadline.setText(LocalDate.now().plusMonths(1).toString());
		text = field(body, Messages.Rectification_text, "rectification.text"); //$NON-NLS-1$
		new Label(body, SWT.NONE).setText(Messages.Rectification_evidence);
		Composite files = new Composite(body, SWT.NONE);
		files.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		files.setLayout(new GridLayout(2, false));
		evidence = new org.eclipse.swt.widgets.List(files, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData evidenceData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		evidenceData.heightHint = 60;
		evidence.setLayoutData(evidenceData);
		evidence.setData(Fields.FEATURE, "rectification.evidence"); //$NON-NLS-1$
		addEvidence = new Button(files, SWT.PUSH);
		addEvidence.setText(Messages.Rectification_addEvidence);
		addEvidence.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		addEvidence.addListener(SWT.Selection, e -> chooseEvidence());
		removeEvidence = new Button(files, SWT.PUSH);
		removeEvidence.setText(Messages.Rectification_removeEvidence);
		removeEvidence.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		removeEvidence.addListener(SWT.Selection, e -> evidence.remove(evidence.getSelectionIndices()));
		action.addListener(SWT.Selection, e -> enable());
		if (!choices.isEmpty()) {
			action.select(0);
		}
		enable();
		return area;
	}

	private static Text field(Composite body, String label, String feature) {
		new Label(body, SWT.NONE).setText(label);
		Text field = new Text(body, SWT.BORDER);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		field.setData(Fields.FEATURE, feature);
		return field;
	}

	private ReviewAction selected() {
		return action.getSelectionIndex() < 0 ? null : choices.get(action.getSelectionIndex());
	}

	private void enable() {
		boolean issue = selected() == ReviewAction.ISSUE_RECTIFICATION;
		problem.setEnabled(issue);
		requirement.setEnabled(issue);
		deadline.setEnabled(issue);
		text.setEnabled(selected() != null && !issue);
		boolean answer = selected() == ReviewAction.ANSWER_RECTIFICATION;
		evidence.setEnabled(answer);
		addEvidence.setEnabled(answer);
		removeEvidence.setEnabled(answer);
	}

	private void chooseEvidence() {
		FileDialog chooser = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		chooser.setText(Messages.Rectification_addEvidence);
		if (chooser.open() == null) {
			return;
		}
		for (String name : chooser.getFileNames()) {
			String file = Path.of(chooser.getFilterPath(), name).toString();
			if (evidence.indexOf(file) < 0) {
				evidence.add(file);
			}
		}
	}

	@Override
	protected void okPressed() {
		chosen = selected();
		if (chosen == null) {
			setErrorMessage(Messages.Rectification_noAction);
			return;
		}
		if (chosen == ReviewAction.ISSUE_RECTIFICATION) {
			if (problem.getText().isBlank() || requirement.getText().isBlank()) {
				setErrorMessage(Messages.Rectification_textMissing);
				return;
			}
			try {
				deadlineValue = LocalDate.parse(deadline.getText().strip());
			} catch (DateTimeParseException e) {
				setErrorMessage(NLS.bind(Messages.Rectification_badDeadline, deadline.getText()));
				return;
			}
		} else if (text.getText().isBlank() && chosen != ReviewAction.ACCEPT_RECTIFICATION) {
			setErrorMessage(Messages.Rectification_textMissing);
			return;
		}
		problemValue = problem.getText().strip();
		requirementValue = requirement.getText().strip();
		textValue = text.getText().isBlank() ? null : text.getText().strip();
		if (chosen == ReviewAction.ANSWER_RECTIFICATION) {
			for (String file : evidence.getItems()) {
				evidenceValue.add(Path.of(file));
			}
		}
		super.okPressed();
	}

	/** @return the step chosen */
	ReviewAction action() {
		return chosen;
	}

	/** @return 问题 of a new notice */
	String problem() {
		return problemValue;
	}

	/** @return 要求 of a new notice */
	String requirement() {
		return requirementValue;
	}

	/** @return 期限 of a new notice */
	LocalDate deadline() {
		return deadlineValue;
	}

	/** @return the answer or comment */
	String text() {
		return textValue;
	}

	/** @return the evidence files of an answer, in the order chosen */
	List<Path> evidence() {
		return evidenceValue;
	}

	/**
	 * @param notices the notices of an evaluation
	 * @param step a step on a notice
	 * @return the notice the step concerns: the latest that awaits it
	 */
	static Rectification target(List<Rectification> notices, ReviewAction step) {
		Set<Rectification.State> states = step == ReviewAction.ANSWER_RECTIFICATION ? Set.of(Rectification.State.ISSUED, Rectification.State.RETURNED)
				: Set.of(Rectification.State.ANSWERED);
		return notices.reversed().stream().filter(n -> states.contains(n.state())).findFirst().orElse(null);
	}
}
