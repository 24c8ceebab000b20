package org.jixiao.ui.internal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.eclipse.swt.widgets.Text;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;

/**
 * The dialog of 退回 and 确认: a comment on the whole evaluation, and notes on rows chosen from the
 * indicator rows: for 退回 a comment per row, for 确认 the bureau's score of the row with its reason.
 * A note is added with 添加 and removed by selecting it and 删除.
 */
final class RowNotesDialog extends TitleAreaDialog {

	/** What the dialog is for. */
	enum Kind {
		/** 退回 with comments on rows; the overall comment is required. */
		RETURN,
		/** 确认 with adjusted scores; the overall comment is optional. */
		CONFIRM
	}

	/**
	 * One note on a row.
	 *
	 * @param row the row
	 * @param score the bureau's score, for 确认; else {@code null}
	 * @param text the comment or reason
	 */
	record Note(Rows row, BigDecimal score, String text) {
	}

	private final Kind kind;
	private final String evaluationTitle;
	private final List<Rows> rows;
	private final List<Note> notes = new ArrayList<>();
	private Text comment;
	private Combo row;
	private Text score;
	private Text text;
	private org.eclipse.swt.widgets.List added;
	private String overall;

	/**
	 * @param shell the parent shell
	 * @param kind 退回 or 确认
	 * @param evaluationTitle the evaluation's name, for the title
	 * @param rows the rows to choose from
	 */
	RowNotesDialog(Shell shell, Kind kind, String evaluationTitle, List<Rows> rows) {
		super(shell);
		this.kind = kind;
		this.evaluationTitle = evaluationTitle;
		this.rows = rows;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(kind == Kind.RETURN ? Messages.ReviewDialog_returnTitle : Messages.ReviewDialog_confirmTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(kind == Kind.RETURN ? Messages.ReviewDialog_returnHeading : Messages.ReviewDialog_confirmHeading, evaluationTitle));
		setMessage(kind == Kind.RETURN ? Messages.ReviewDialog_returnMessage : Messages.ReviewDialog_confirmMessage);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(Messages.ReviewDialog_comment);
		comment = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData commentData = new GridData(SWT.FILL, SWT.FILL, true, false);
		commentData.heightHint = 50;
		commentData.widthHint = 560;
		comment.setLayoutData(commentData);
		comment.setData(Fields.FEATURE, "review.comment"); //$NON-NLS-1$
		comment.addModifyListener(e -> check());
		new Label(body, SWT.NONE).setText(Messages.ReviewDialog_row);
		row = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		row.setData(Fields.FEATURE, "review.row"); //$NON-NLS-1$
		rows.forEach(r -> row.add(r.indicator().getWeight() == null ? r.path()
				: NLS.bind(Messages.ReviewDialog_rowWithWeight, r.path(), Fields.format(r.indicator().getWeight()))));
		if (kind == Kind.CONFIRM) {
			new Label(body, SWT.NONE).setText(Messages.ReviewDialog_score);
			score = new Text(body, SWT.BORDER);
			score.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			score.setData(Fields.FEATURE, "review.score"); //$NON-NLS-1$
		}
		new Label(body, SWT.NONE).setText(kind == Kind.RETURN ? Messages.ReviewDialog_rowComment : Messages.ReviewDialog_reason);
		text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setData(Fields.FEATURE, "review.rowText"); //$NON-NLS-1$
		new Label(body, SWT.NONE);
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.ReviewDialog_add);
		add.addListener(SWT.Selection, e -> add());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.ReviewDialog_remove);
		remove.addListener(SWT.Selection, e -> remove());
		new Label(body, SWT.NONE).setText(Messages.ReviewDialog_notes);
		added = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridData addedData = new GridData(SWT.FILL, SWT.FILL, true, true);
		addedData.heightHint = 120;
		added.setLayoutData(addedData);
		added.setData(Fields.FEATURE, "review.notes"); //$NON-NLS-1$
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	private void add() {
		if (row.getSelectionIndex() < 0) {
			setErrorMessage(Messages.ReviewDialog_chooseRow);
			return;
		}
		if (text.getText().isBlank()) {
			setErrorMessage(kind == Kind.RETURN ? Messages.ReviewDialog_rowCommentMissing : Messages.ReviewDialog_reasonMissing);
			return;
		}
		BigDecimal value = null;
		if (kind == Kind.CONFIRM) {
			try {
				value = new BigDecimal(score.getText().strip());
			} catch (NumberFormatException e) {
				setErrorMessage(NLS.bind(Messages.ReviewDialog_badScore, score.getText()));
				return;
			}
		}
		Rows chosen = rows.get(row.getSelectionIndex());
		notes.removeIf(n -> n.row().uid().equals(chosen.uid()));
		notes.add(new Note(chosen, value, text.getText().strip()));
		text.setText(""); //$NON-NLS-1$
		if (score != null) {
			score.setText(""); //$NON-NLS-1$
		}
		showNotes();
		check();
	}

	private void remove() {
		int index = added.getSelectionIndex();
		if (index >= 0) {
			notes.remove(index);
			showNotes();
		}
	}

	private void showNotes() {
		added.removeAll();
		for (Note note : notes) {
			added.add(note.score() == null ? NLS.bind(Messages.ReviewDialog_noteComment, note.row().path(), note.text())
					: NLS.bind(Messages.ReviewDialog_noteScore, new Object[] { note.row().path(), Fields.format(note.score()), note.text() }));
		}
	}

	private void check() {
		Button ok = getButton(IDialogConstants.OK_ID);
		boolean missing = kind == Kind.RETURN && comment.getText().isBlank();
		setErrorMessage(missing ? Messages.ReviewDialog_commentMissing : null);
		if (ok != null) {
			ok.setEnabled(!missing);
		}
	}

	@Override
	protected void okPressed() {
		overall = comment.getText().isBlank() ? null : comment.getText().strip();
		super.okPressed();
	}

	/** @return the comment on the whole evaluation, or {@code null} */
	String comment() {
		return overall;
	}

	/** @return the row comments, for 退回 */
	List<ReviewWorkflow.RowComment> rowComments() {
		return notes.stream().map(n -> new ReviewWorkflow.RowComment(n.row().uid(), n.text())).toList();
	}

	/** @return the adjustments, for 确认 */
	List<ReviewWorkflow.Adjustment> adjustments() {
		return notes.stream().map(n -> new ReviewWorkflow.Adjustment(n.row().uid(), n.score(), n.text())).toList();
	}
}
