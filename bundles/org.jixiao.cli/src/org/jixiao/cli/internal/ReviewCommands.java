package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.cli.internal.StoreCommands.StoreCommand;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.ReviewWorkflow.Adjustment;
import org.jixiao.store.ReviewWorkflow.RowComment;
import org.jixiao.store.StoreException;
import org.jixiao.store.Submission;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The review chain on the command line: {@code submit}, {@code withdraw}, {@code accept},
 * {@code forward}, {@code return}, {@code confirm}, {@code versions} and {@code rectify}, on the store
 * the options name ({@link ReviewWorkflow}). What was done is told on stderr; exit code 0 when done,
 * 1 when the store refuses or fails (the message says why), 2 for a usage error.
 */
final class ReviewCommands {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private ReviewCommands() {
	}

	/** @return how the CLI tells a status: {@code 评价 12：已提交，自评得分 99.30，复核得分 -} */
	static String describe(ReviewStatus status) {
		return NLS.bind(Messages.Review_status, new Object[] { status.evaluationId(), status.state().displayName(), plain(status.selfScore()),
				plain(status.reviewScore()), status.submissions() });
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.toPlainString(); //$NON-NLS-1$
	}

	/** {@code jixiao submit ID}: submits; prints the snapshot's SHA-256. */
	@Command(name = "submit")
	static final class SubmitCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			Submission submission = opened.workflow().submit(id, store.auditUser());
			err.println(NLS.bind(Messages.Review_submitted, new Object[] { id, submission.number(), plain(submission.selfScore()),
					submission.selfGrade() == null ? "-" : submission.selfGrade().getLiteral() })); //$NON-NLS-1$
			out.println(submission.sha256());
			return 0;
		}
	}

	/** A step with an optional comment: {@code withdraw}, {@code accept}, {@code forward}. */
	abstract static class Step extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "review.comment")
		String comment;

		@Override
		final int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			err.println(describe(step(opened.workflow())));
			return 0;
		}

		abstract ReviewStatus step(ReviewWorkflow workflow) throws StoreException;
	}

	/** {@code jixiao withdraw ID}: takes a submission back. */
	@Command(name = "withdraw")
	static final class WithdrawCommand extends Step {
		@Override
		ReviewStatus step(ReviewWorkflow workflow) throws StoreException {
			return workflow.withdraw(id, store.auditUser(), comment);
		}
	}

	/** {@code jixiao accept ID}: takes a submission up for review. */
	@Command(name = "accept")
	static final class AcceptCommand extends Step {
		@Override
		ReviewStatus step(ReviewWorkflow workflow) throws StoreException {
			return workflow.accept(id, store.auditUser(), comment);
		}
	}

	/** {@code jixiao forward ID}: passes a reviewed evaluation on to the bureau. */
	@Command(name = "forward")
	static final class ForwardCommand extends Step {
		@Override
		ReviewStatus step(ReviewWorkflow workflow) throws StoreException {
			return workflow.forward(id, store.auditUser(), comment);
		}
	}

	/** {@code jixiao return ID --comment TEXT [--row ROW=COMMENT ...]}: returns it to the unit. */
	@Command(name = "return")
	static final class ReturnCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--comment", required = true, paramLabel = "TEXT", descriptionKey = "return.comment")
		String comment;

		@Option(names = "--row", paramLabel = "UID_OR_PATH=COMMENT", descriptionKey = "return.row")
		List<String> rows = new ArrayList<>();

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			List<RowComment> comments = new ArrayList<>();
			for (String row : rows) {
				int equals = row.indexOf('=');
				if (equals <= 0 || equals == row.length() - 1) {
					err.println(NLS.bind(Messages.Review_badRow, row));
					return StoreCommands.BAD_INPUT;
				}
				comments.add(new RowComment(row.substring(0, equals), row.substring(equals + 1)));
			}
			err.println(describe(opened.workflow().returnToUnit(id, store.auditUser(), comment, comments)));
			return 0;
		}
	}

	/** {@code jixiao confirm ID [--comment] [--adjust ROW=SCORE:REASON ...]}: confirms; prints the review score. */
	@Command(name = "confirm")
	static final class ConfirmCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "review.comment")
		String comment;

		@Option(names = "--adjust", paramLabel = "UID_OR_PATH=SCORE:REASON", descriptionKey = "confirm.adjust")
		List<String> adjust = new ArrayList<>();

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			List<Adjustment> adjustments = new ArrayList<>();
			for (String given : adjust) {
				int equals = given.indexOf('=');
				int colon = equals < 0 ? -1 : given.indexOf(':', equals);
				BigDecimal score = null;
				if (equals > 0 && colon > equals + 1 && colon < given.length() - 1) {
					try {
						score = new BigDecimal(given.substring(equals + 1, colon).strip());
					} catch (NumberFormatException e) {
						score = null;
					}
				}
				if (score == null) {
					err.println(NLS.bind(Messages.Review_badAdjustment, given));
					return StoreCommands.BAD_INPUT;
				}
				adjustments.add(new Adjustment(given.substring(0, equals), score, given.substring(colon + 1)));
			}
			ReviewStatus status = opened.workflow().confirm(id, store.auditUser(), comment, adjustments);
			err.println(describe(status));
			out.println(status.reviewScore() == null ? "-" : status.reviewScore().toPlainString()); //$NON-NLS-1$
			return 0;
		}
	}

	/** {@code jixiao versions ID}: the submissions, the history, the last comments, adjustments and rectifications. */
	@Command(name = "versions")
	static final class VersionsCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			ReviewWorkflow workflow = opened.workflow();
			ReviewStatus status = workflow.status(id);
			out.println(describe(status));
			out.println(Messages.Review_submissions);
			out.println(String.format("%4s  %-19s  %-12s  %8s  %-2s  %s", "#", Messages.Review_when, Messages.Review_who, //$NON-NLS-1$ //$NON-NLS-2$
					Messages.Review_selfScore, Messages.ListCommand_grade, "SHA-256")); //$NON-NLS-1$
			for (Submission submission : workflow.submissions(id)) {
				out.println(String.format("%4d  %-19s  %-12s  %8s  %-2s  %s", submission.number(), TIME.format(submission.submittedAt()), //$NON-NLS-1$
						submission.submittedBy(), plain(submission.selfScore()),
						submission.selfGrade() == null ? "-" : submission.selfGrade().getLiteral(), submission.sha256())); //$NON-NLS-1$
			}
			out.println(Messages.Review_history);
			for (ReviewEvent event : workflow.history(id)) {
				StringBuilder line = new StringBuilder("  ").append(TIME.format(event.at())).append("  ").append(event.user()); //$NON-NLS-1$ //$NON-NLS-2$
				if (event.role() != null) {
					line.append(" (").append(event.role().displayName()).append(')'); //$NON-NLS-1$
				}
				line.append("  ").append(event.action().displayName()); //$NON-NLS-1$
				if (event.from() != event.to()) {
					line.append("  ").append(event.from().displayName()).append(" → ").append(event.to().displayName()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (event.submissionNumber() != null) {
					line.append("  #").append(event.submissionNumber()); //$NON-NLS-1$
				}
				if (event.comment() != null) {
					line.append("  ").append(event.comment()); //$NON-NLS-1$
				}
				out.println(line);
			}
			List<ReviewComment> comments = workflow.comments(id);
			if (!comments.isEmpty()) {
				out.println(NLS.bind(Messages.Review_comments, comments.get(0).submissionNumber()));
				for (ReviewComment comment : comments) {
					out.println("  " + (comment.rowPath() == null ? Messages.Review_wholeEvaluation : comment.rowPath()) + ": " + comment.text() //$NON-NLS-1$ //$NON-NLS-2$
							+ "  (" + comment.user() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			List<ReviewAdjustment> adjustments = workflow.adjustments(id);
			if (!adjustments.isEmpty()) {
				out.println(Messages.Review_adjustments);
				for (ReviewAdjustment adjustment : adjustments) {
					out.println("  " + adjustment.rowPath() + ": " + plain(adjustment.selfScore()) + " → " + plain(adjustment.reviewScore()) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ adjustment.reason() + "  (" + adjustment.user() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			List<Rectification> rectifications = workflow.rectifications(id);
			if (!rectifications.isEmpty()) {
				out.println(Messages.Review_rectifications);
				for (Rectification rectification : rectifications) {
					out.println(NLS.bind(Messages.Review_rectification, new Object[] { rectification.id(), rectification.state().displayName(),
							rectification.problem(), rectification.requirement(), rectification.deadline(),
							rectification.answer() == null ? "-" : rectification.answer() })); //$NON-NLS-1$
					for (Evidence file : opened.evidence().list(id, Rectification.evidenceOwner(rectification.id()))) {
						out.println(NLS.bind(Messages.Review_rectificationEvidence, new Object[] { file.fileName(), EvidenceCommand.size(file.size()), file.sha256() }));
					}
				}
			}
			return 0;
		}
	}

	/**
	 * {@code jixiao rectify ID --problem … --requirement … --deadline YYYY-MM-DD}: issues a notice; its
	 * subcommands answer, accept or return one.
	 */
	@Command(name = "rectify", subcommands = { RectifyAnswer.class, RectifyAccept.class, RectifyReturn.class })
	static final class RectifyCommand extends StoreCommand {

		@Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "store.id")
		Long id;

		@Option(names = "--problem", paramLabel = "TEXT", descriptionKey = "rectify.problem")
		String problem;

		@Option(names = "--requirement", paramLabel = "TEXT", descriptionKey = "rectify.requirement")
		String requirement;

		@Option(names = "--deadline", paramLabel = "YYYY-MM-DD", descriptionKey = "rectify.deadline")
		String deadline;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			if (id == null || problem == null || requirement == null || deadline == null) {
				err.println(Messages.Review_rectifyUsage);
				return StoreCommands.BAD_INPUT;
			}
			LocalDate due;
			try {
				due = LocalDate.parse(deadline.strip());
			} catch (DateTimeParseException e) {
				err.println(NLS.bind(Messages.Review_badDeadline, deadline));
				return StoreCommands.BAD_INPUT;
			}
			Rectification issued = opened.workflow().issueRectification(id, store.auditUser(), problem, requirement, due);
			err.println(NLS.bind(Messages.Review_rectificationDone, issued.id(), issued.state().displayName()));
			out.println(issued.id());
			return 0;
		}
	}

	/** A step on one rectification notice, named by its id. */
	abstract static class RectificationStep extends StoreCommand {

		@Parameters(index = "0", paramLabel = "RECTIFICATION-ID", descriptionKey = "rectify.id")
		long rectificationId;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			Rectification after = step(opened.workflow());
			err.println(NLS.bind(Messages.Review_rectificationDone, after.id(), after.state().displayName()));
			return 0;
		}

		abstract Rectification step(ReviewWorkflow workflow) throws StoreException;
	}

	/**
	 * {@code jixiao rectify answer RID --text TEXT [--evidence FILE ...]}: the unit's answer, with the
	 * evidence of its rectification. Every file is checked before the answer is given (missing, a
	 * folder, unreadable, larger than {@code --limit-mb}: exit code 2, nothing changed); then the answer
	 * is stored and each file attached to the notice ({@link Rectification#evidenceOwner(long)}).
	 */
	@Command(name = "answer")
	static final class RectifyAnswer extends RectificationStep {

		@Option(names = "--text", required = true, paramLabel = "TEXT", descriptionKey = "rectify.text")
		String text;

		@Option(names = "--evidence", arity = "1..*", paramLabel = "FILE", descriptionKey = "rectify.evidence")
		List<Path> evidence = new ArrayList<>();

		@Option(names = "--limit-mb", paramLabel = "MB", defaultValue = "50", descriptionKey = "evidence.limit")
		long limitMb;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			long limit = limitMb << 20;
			if (limitMb <= 0 || limit > EvidenceStore.MAX_LIMIT) {
				err.println(NLS.bind(Messages.EvidenceCommand_badLimit, limitMb, EvidenceStore.MAX_LIMIT >> 20));
				return StoreCommands.BAD_INPUT;
			}
			if (!EvidenceCommand.checked(evidence, limit, err)) {
				return StoreCommands.BAD_INPUT;
			}
			Rectification answered = step(opened.workflow());
			err.println(NLS.bind(Messages.Review_rectificationDone, answered.id(), answered.state().displayName()));
			String owner = Rectification.evidenceOwner(rectificationId);
			String path = NLS.bind(Messages.Review_rectificationEvidencePath, rectificationId);
			for (Path file : evidence) {
				Evidence added = opened.evidence().add(answered.evaluationId(), owner, path, file, limit, store.auditUser());
				EvidenceCommand.Sub.print(out, added, path);
			}
			return 0;
		}

		@Override
		Rectification step(ReviewWorkflow workflow) throws StoreException {
			return workflow.answerRectification(rectificationId, store.auditUser(), text);
		}
	}

	/** {@code jixiao rectify accept RID [--comment]}: the bureau accepts the answer. */
	@Command(name = "accept")
	static final class RectifyAccept extends RectificationStep {

		@Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "review.comment")
		String comment;

		@Override
		Rectification step(ReviewWorkflow workflow) throws StoreException {
			return workflow.acceptRectification(rectificationId, store.auditUser(), comment);
		}
	}

	/** {@code jixiao rectify return RID --comment TEXT}: the bureau returns the answer. */
	@Command(name = "return")
	static final class RectifyReturn extends RectificationStep {

		@Option(names = "--comment", required = true, paramLabel = "TEXT", descriptionKey = "return.comment")
		String comment;

		@Override
		Rectification step(ReviewWorkflow workflow) throws StoreException {
			return workflow.returnRectification(rectificationId, store.auditUser(), comment);
		}
	}
}
