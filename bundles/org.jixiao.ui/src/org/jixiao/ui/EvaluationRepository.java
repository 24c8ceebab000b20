package org.jixiao.ui;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.Consolidation;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.Evidence;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.ui.internal.Messages;

/**
 * Where the workbench keeps evaluations: an OSGi service. The workbench uses the service of the
 * highest ranking: this bundle registers the Derby store with the default ranking (0) and a folder
 * of XMI files with ranking {@value #FOLDER_RANKING}, which serves only where the store is missing.
 * Implementations are called from background jobs as well as from the UI thread and must be
 * thread-safe.
 */
public interface EvaluationRepository {

	/** The service ranking of the built-in folder repository. */
	int FOLDER_RANKING = -100;

	/** The version of an evaluation where the repository keeps none: its saves are not checked. */
	long UNVERSIONED = -1;

	/**
	 * An evaluation as loaded, with the stored version that changes to it are based on.
	 *
	 * @param evaluation the fresh copy
	 * @param version the stored version, or {@link EvaluationRepository#UNVERSIONED}
	 */
	record Versioned(Evaluation evaluation, long version) {
	}

	/**
	 * Where and as which version an evaluation was saved.
	 *
	 * @param key the key it is stored under
	 * @param version the new stored version, or {@link EvaluationRepository#UNVERSIONED}
	 */
	record Saved(String key, long version) {
	}

	/**
	 * @return every stored evaluation, in no particular order
	 * @throws RepositoryException when the store cannot be read
	 */
	List<EvaluationEntry> list() throws RepositoryException;

	/**
	 * @param id the key of an entry from {@link #list()}
	 * @return a fresh copy of the evaluation, alone in a resource of its own
	 * @throws RepositoryException when it does not exist or cannot be read
	 */
	Evaluation load(String id) throws RepositoryException;

	/**
	 * Stores an evaluation completely or not at all.
	 *
	 * @param id the key to replace, or {@code null} to store a new evaluation
	 * @param evaluation the evaluation; the repository keeps a copy and never changes it
	 * @return the key the evaluation is stored under
	 * @throws RepositoryException when it cannot be written; what was stored before is kept
	 */
	String save(String id, Evaluation evaluation) throws RepositoryException;

	/**
	 * Stores new evaluations, as {@link #save(String, Evaluation) save(null, …)} does each; the store does
	 * it in one transaction, all or none.
	 *
	 * @param evaluations new evaluations; the repository keeps copies
	 * @return their keys, in the same order
	 * @throws RepositoryException when they cannot be written
	 */
	default List<String> insertAll(List<Evaluation> evaluations) throws RepositoryException {
		List<String> keys = new java.util.ArrayList<>(evaluations.size());
		for (Evaluation evaluation : evaluations) {
			keys.add(save(null, evaluation));
		}
		return keys;
	}

	/**
	 * @param id the key of an entry from {@link #list()}
	 * @return a fresh copy of the evaluation with its stored version; this default knows no version
	 * @throws RepositoryException when it does not exist or cannot be read
	 */
	default Versioned loadVersioned(String id) throws RepositoryException {
		return new Versioned(load(id), UNVERSIONED);
	}

	/**
	 * Stores an evaluation completely or not at all, provided the stored one is still the version
	 * the changes are based on; this default does not check, like {@link #save(String, Evaluation)}.
	 *
	 * @param id the key to replace, or {@code null} to store a new evaluation
	 * @param evaluation the evaluation; the repository keeps a copy and never changes it
	 * @param loadedVersion the version from {@link #loadVersioned(String)} or the last save, or
	 *            {@link #UNVERSIONED} not to check
	 * @return the key and the new version
	 * @throws SaveConflictException when someone saved a newer version meanwhile; nothing is stored
	 * @throws RepositoryException when it cannot be written; what was stored before is kept
	 */
	default Saved save(String id, Evaluation evaluation, long loadedVersion) throws RepositoryException {
		return new Saved(save(id, evaluation), UNVERSIONED);
	}

	/**
	 * @param id the key of the evaluation to delete
	 * @throws RepositoryException when it cannot be deleted
	 */
	void delete(String id) throws RepositoryException;

	/**
	 * Starts next year's draft from a stored evaluation: structure, targets and weights carried
	 * over, actual values, executed amounts and explanations cleared.
	 *
	 * @param id the key of the evaluation to copy
	 * @param fiscalYear the new draft's year
	 * @return the new draft's key
	 * @throws RepositoryException when it cannot be copied; nothing is stored then
	 */
	String copyToNewYear(String id, int fiscalYear) throws RepositoryException;

	/** @return where the evaluations are kept, for messages: a folder, a database folder or a server URL */
	String describe();

	/**
	 * @param id an evaluation's key
	 * @return a fresh copy of the same unit's evaluation of the year before, for the 上年 columns; empty
	 *         where there is none or the repository keeps no such link (a folder of files)
	 * @throws RepositoryException when it cannot be read
	 */
	default java.util.Optional<Evaluation> priorYear(String id) throws RepositoryException {
		return java.util.Optional.empty();
	}

	/**
	 * Records that an editor has the evaluation open, now and again every half minute while it stays
	 * open, and tells it who else has ({@link org.jixiao.store.EvaluationStore#announce}); a
	 * repository that cannot tell answers nobody.
	 *
	 * @param id the key of a stored evaluation
	 * @param sessionId the editor's own random id
	 * @return the others that have it open
	 * @throws RepositoryException when the store cannot be written
	 */
	default List<OpenEditor> announce(String id, String sessionId) throws RepositoryException {
		return List.of();
	}

	/**
	 * @return whether this repository keeps the review chain ({@link ReviewWorkflow}) and the
	 *         bureau's consolidation; the folder of XMI files does not, and its review methods fail
	 */
	default boolean supportsReview() {
		return false;
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return where it stands in the review chain
	 * @throws RepositoryException when it cannot be read or the repository keeps no review chain
	 */
	default ReviewStatus reviewStatus(String id) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return the steps this user may take on it now, by its state and the user's role; none where
	 *         the repository keeps no review chain
	 * @throws RepositoryException when it cannot be read
	 */
	default Set<ReviewAction> allowedActions(String id) throws RepositoryException {
		return Set.of();
	}

	/**
	 * Takes one step of the review chain that needs no more than a comment: {@link ReviewAction#SUBMIT}
	 * (the comment is not kept), {@link ReviewAction#WITHDRAW}, {@link ReviewAction#ACCEPT} or
	 * {@link ReviewAction#FORWARD}.
	 *
	 * @param id the key of a stored evaluation
	 * @param action the step
	 * @param comment a comment, or {@code null}
	 * @return the new status
	 * @throws RepositoryException when the step is not allowed (the message names the evaluation, its
	 *             state and the role), someone else moved it first, or it cannot be stored
	 */
	default ReviewStatus step(String id, ReviewAction action, String comment) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * Returns the evaluation to its unit with comments (see {@link ReviewWorkflow#returnToUnit}).
	 *
	 * @param id the key of a stored evaluation
	 * @param comment the comment on the whole evaluation; not blank
	 * @param rows comments on rows
	 * @return the new status
	 * @throws RepositoryException when the step is refused or cannot be stored
	 */
	default ReviewStatus returnToUnit(String id, String comment, List<ReviewWorkflow.RowComment> rows) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * Confirms the evaluation with the bureau's adjustments (see {@link ReviewWorkflow#confirm}).
	 *
	 * @param id the key of a stored evaluation
	 * @param comment a comment, or {@code null}
	 * @param adjustments the bureau's scores of rows
	 * @return the new status with the 复核得分
	 * @throws RepositoryException when a score lies outside its band (the message names the row and
	 *             the band), the step is refused, or it cannot be stored
	 */
	default ReviewStatus confirm(String id, String comment, List<ReviewWorkflow.Adjustment> adjustments) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return every step of its review chain and rectifications, oldest first
	 * @throws RepositoryException when it cannot be read or the repository keeps no review chain
	 */
	default List<ReviewEvent> reviewHistory(String id) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return the reviewer's comments of the latest return; none where there is no review chain
	 * @throws RepositoryException when it cannot be read
	 */
	default List<ReviewComment> reviewComments(String id) throws RepositoryException {
		return List.of();
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return the bureau's adjustments at confirmation
	 * @throws RepositoryException when it cannot be read or the repository keeps no review chain
	 */
	default List<ReviewAdjustment> reviewAdjustments(String id) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return its rectification notices (整改), oldest first
	 * @throws RepositoryException when it cannot be read or the repository keeps no review chain
	 */
	default List<Rectification> rectifications(String id) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * Issues a rectification notice on a confirmed evaluation (the bureau).
	 *
	 * @param id the key of a stored evaluation
	 * @param problem 问题
	 * @param requirement 要求
	 * @param deadline 期限
	 * @return the notice
	 * @throws RepositoryException when it is refused or cannot be stored
	 */
	default Rectification issueRectification(String id, String problem, String requirement, LocalDate deadline) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * Takes a step on a rectification notice: {@link ReviewAction#ANSWER_RECTIFICATION} (the text is
	 * the unit's answer), {@link ReviewAction#ACCEPT_RECTIFICATION} or
	 * {@link ReviewAction#RETURN_RECTIFICATION} (the text is the bureau's comment).
	 *
	 * @param rectificationId the notice's id
	 * @param action the step
	 * @param text the answer or comment
	 * @return the notice
	 * @throws RepositoryException when it is refused or cannot be stored
	 */
	default Rectification rectificationStep(long rectificationId, ReviewAction action, String text) throws RepositoryException {
		throw reviewUnsupported();
	}

	/**
	 * @param fiscalYear a fiscal year
	 * @return the bureau's consolidation of the year's evaluations this user may read
	 * @throws RepositoryException when it cannot be read or the repository keeps no review chain
	 */
	default Consolidation consolidation(int fiscalYear) throws RepositoryException {
		throw reviewUnsupported();
	}

	/** @return the failure of a review method on a repository without a review chain */
	private RepositoryException reviewUnsupported() {
		return new RepositoryException(NLS.bind(Messages.Review_unsupported, describe()), null);
	}

	/**
	 * Records that an editor closed the evaluation.
	 *
	 * @param id the key of a stored evaluation
	 * @param sessionId the editor's id given to {@link #announce}
	 * @throws RepositoryException when the store cannot be written
	 */
	default void withdraw(String id, String sessionId) throws RepositoryException {
		// nothing recorded, nothing to withdraw
	}

	/**
	 * @return whether this repository keeps evidence files (佐证材料); the folder of XMI files does
	 *         not
	 */
	default boolean supportsEvidence() {
		return false;
	}

	/**
	 * @param id the key of a stored evaluation
	 * @return its evidence files; none where evidence is not supported
	 * @throws RepositoryException when the store cannot be read
	 */
	default List<Evidence> evidence(String id) throws RepositoryException {
		return List.of();
	}

	/**
	 * Stores an evidence file at once, independent of saving the evaluation (see
	 * {@link org.jixiao.store.EvidenceStore}).
	 *
	 * @param id the key of a stored evaluation
	 * @param ownerUid the uid of the indicator row or ledger entry
	 * @param ownerPath the row's path, for the audit trail
	 * @param file the file
	 * @param limit the largest size accepted, in bytes
	 * @return what was stored
	 * @throws RepositoryException naming the file and the cause when it cannot be stored; nothing is
	 *             stored then
	 */
	default Evidence addEvidence(String id, String ownerUid, String ownerPath, Path file, long limit) throws RepositoryException {
		throw new RepositoryException(org.eclipse.osgi.util.NLS.bind(org.jixiao.ui.internal.Messages.Evidence_unsupported, describe()), null);
	}

	/**
	 * Copies the evidence files of one evaluation's rows to another that holds the same rows, as when
	 * changes refused by a newer save are stored as a copy ({@link org.jixiao.store.EvidenceStore#copy}).
	 *
	 * @param fromId the evaluation whose files are copied
	 * @param toId the evaluation that receives them
	 * @return the number of files copied; 0 where evidence is not supported
	 * @throws RepositoryException when they cannot be copied; nothing is copied then
	 */
	default int copyEvidence(String fromId, String toId) throws RepositoryException {
		return 0;
	}

	/**
	 * Writes an evidence file's content.
	 *
	 * @param evidenceId the file's id
	 * @param out where to write; not closed
	 * @throws RepositoryException when it cannot be read or written
	 */
	default void readEvidence(long evidenceId, OutputStream out) throws RepositoryException {
		throw new RepositoryException(org.eclipse.osgi.util.NLS.bind(org.jixiao.ui.internal.Messages.Evidence_unsupported, describe()), null);
	}

	/**
	 * Removes an evidence file at once.
	 *
	 * @param evidenceId the file's id
	 * @throws RepositoryException when it cannot be removed
	 */
	default void removeEvidence(long evidenceId) throws RepositoryException {
		throw new RepositoryException(org.eclipse.osgi.util.NLS.bind(org.jixiao.ui.internal.Messages.Evidence_unsupported, describe()), null);
	}
}
