package org.jixiao.ui.internal.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.store.Evidence;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.Role;
import org.jixiao.ui.internal.Messages;

/**
 * 审核: where the evaluation stands in the review chain with its 自评得分 and 复核得分, every step of its
 * history, the reviewer's comments of the latest return, the bureau's adjustments and the
 * rectification notices.
 */
final class ReviewPage implements EditorPage {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final ReviewRecord record;

	/** @param record what the review chain holds of the evaluation */
	ReviewPage(ReviewRecord record) {
		this.record = record;
	}

	@Override
	public String title() {
		return Messages.ReviewPage_title;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Label state = new Label(page, SWT.WRAP);
		state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		state.setData(Fields.FEATURE, "review.state"); //$NON-NLS-1$
		state.setText(state(record.status()));
		section(page, Messages.ReviewPage_history, "review.history", 160, record.history(), //$NON-NLS-1$
				List.of(column(Messages.ReviewPage_when, 130, (ReviewEvent e) -> WHEN.format(e.at())),
						column(Messages.ReviewPage_who, 150, (ReviewEvent e) -> who(e.user(), e.role())),
						column(Messages.ReviewPage_action, 90, (ReviewEvent e) -> e.action().displayName()),
						column(Messages.ReviewPage_states, 180,
								(ReviewEvent e) -> NLS.bind(Messages.ReviewPage_fromTo, e.from().displayName(), e.to().displayName())),
						column(Messages.ReviewPage_submission, 60, (ReviewEvent e) -> e.submissionNumber() == null ? "" : e.submissionNumber().toString()), //$NON-NLS-1$
						column(Messages.ReviewPage_comment, 400, (ReviewEvent e) -> e.comment() == null ? "" : e.comment()))); //$NON-NLS-1$
		section(page, Messages.ReviewPage_comments, "review.comments", 80, record.comments(), //$NON-NLS-1$
				List.of(column(Messages.ReviewPage_row, 300, (ReviewComment c) -> c.rowPath() == null ? Messages.ReviewPage_wholeEvaluation : c.rowPath()),
						column(Messages.ReviewPage_comment, 400, ReviewComment::text),
						column(Messages.ReviewPage_who, 150, (ReviewComment c) -> who(c.user(), c.role())),
						column(Messages.ReviewPage_submission, 60, (ReviewComment c) -> String.valueOf(c.submissionNumber()))));
		section(page, Messages.ReviewPage_adjustments, "review.adjustments", 60, record.adjustments(), //$NON-NLS-1$
				List.of(column(Messages.ReviewPage_row, 300, ReviewAdjustment::rowPath),
						column(Messages.ReviewPage_selfScore, 80, (ReviewAdjustment a) -> Fields.format(a.selfScore())),
						column(Messages.ReviewPage_reviewScore, 80, (ReviewAdjustment a) -> Fields.format(a.reviewScore())),
						column(Messages.ReviewPage_reason, 300, ReviewAdjustment::reason),
						column(Messages.ReviewPage_who, 150, ReviewAdjustment::user)));
		section(page, Messages.ReviewPage_rectifications, "review.rectifications", 60, record.rectifications(), //$NON-NLS-1$
				List.of(column(Messages.ReviewPage_rectificationState, 80, (Rectification r) -> r.state().displayName()),
						column(Messages.ReviewPage_problem, 200, Rectification::problem),
						column(Messages.ReviewPage_requirement, 200, Rectification::requirement),
						column(Messages.ReviewPage_deadline, 90, (Rectification r) -> r.deadline().toString()),
						column(Messages.ReviewPage_answer, 250, (Rectification r) -> r.answer() == null ? "" : r.answer()), //$NON-NLS-1$
						column(Messages.ReviewPage_rectificationEvidence, 250, (Rectification r) -> String.join(Messages.ReviewPage_evidenceSeparator,
								record.rectificationEvidence().getOrDefault(r.id(), List.of()).stream().map(Evidence::fileName).toList()))));
		return page;
	}

	/**
	 * @param status where an evaluation stands
	 * @return e.g. {@code 状态：已确认 · 自评得分 92.50 · 复核得分 90.00（优）}
	 */
	static String state(ReviewStatus status) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.ReviewPage_state, status.state().displayName()));
		if (status.selfScore() != null) {
			text.append(NLS.bind(Messages.Navigator_selfScore, Fields.format(status.selfScore())));
		}
		if (status.reviewScore() != null) {
			text.append(NLS.bind(Messages.Navigator_reviewScore, Fields.format(status.reviewScore())));
			if (status.reviewGrade() != null) {
				text.append(NLS.bind(Messages.ReviewPage_grade, status.reviewGrade().getLiteral()));
			}
		}
		if (status.changedBy() != null && status.changedAt() != null) {
			text.append(NLS.bind(Messages.ReviewPage_changed, status.changedBy(), WHEN.format(status.changedAt())));
		}
		return text.toString();
	}

	private static String who(String user, Role role) {
		return role == null ? user : NLS.bind(Messages.ReviewPage_userRole, user, role.displayName());
	}

	/**
	 * A column of a section.
	 *
	 * @param title its title
	 * @param width its width
	 * @param text the text of a row
	 */
	private record Column(String title, int width, Function<Object, String> text) {
	}

	@SuppressWarnings("unchecked")
	private static <T> Column column(String title, int width, Function<T, String> text) {
		return new Column(title, width, element -> text.apply((T) element));
	}

	private static void section(Composite page, String title, String feature, int height, List<?> rows, List<Column> columns) {
		Label heading = new Label(page, SWT.NONE);
		heading.setText(NLS.bind(Messages.ReviewPage_section, title, rows.size()));
		TableViewer viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = height;
		viewer.getTable().setLayoutData(data);
		viewer.getTable().setData(Fields.FEATURE, feature);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply(element);
				}
			});
		}
		viewer.setInput(rows);
	}

	@Override
	public void scored(ScoreSheet sheet) {
		// the review record does not change with the evaluation's scores
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return false;
	}

	@Override
	public void dispose() {
		// the controls go with the folder
	}
}
