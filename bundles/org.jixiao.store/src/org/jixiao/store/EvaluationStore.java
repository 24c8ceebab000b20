package org.jixiao.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.internal.DerbyEvaluationStore;

/**
 * Evaluations kept in Apache Derby: an embedded database (one process at a time) or a Derby Network
 * Server. Every save is one transaction: it is stored completely, with its score and its audit
 * entries, or not at all. An instance is thread-safe and holds one connection; close it to release
 * the database.
 */
public interface EvaluationStore extends AutoCloseable {

	/**
	 * Opens the store, creating an embedded database on first use and applying the schema's
	 * migrations.
	 *
	 * @param location where the database is
	 * @return the open store
	 * @throws StoreException when the database is held by another process (the message names it),
	 *             is read-only, comes from a newer version of Jixiao Workbench, or cannot be reached
	 */
	static EvaluationStore open(StoreLocation location) throws StoreException {
		return DerbyEvaluationStore.open(location);
	}

	/**
	 * Restores an embedded database from a backup made by {@link #backup(Path)}, replacing the
	 * database in {@code databaseDirectory}. Refused while another process holds that database.
	 *
	 * @param backupDirectory the backup: the directory named like the database inside the backup
	 *            directory
	 * @param databaseDirectory the database directory to restore into
	 * @throws StoreException when the backup cannot be read or the database is in use
	 */
	static void restore(Path backupDirectory, Path databaseDirectory) throws StoreException {
		DerbyEvaluationStore.restore(backupDirectory, databaseDirectory);
	}

	/** @return where this store is */
	StoreLocation location();

	/** @return the schema version of the database (the number of the last migration applied) */
	int schemaVersion();

	/**
	 * Saves a new evaluation, with its score computed by its rule set.
	 *
	 * @param evaluation the evaluation; not changed
	 * @param user who saves it (for the audit trail)
	 * @return the new evaluation's id
	 * @throws StoreException when it cannot be saved; nothing is stored then
	 */
	long insert(Evaluation evaluation, String user) throws StoreException;

	/**
	 * Saves several new evaluations in one transaction, with JDBC batches per table across them:
	 * the way to import many at once. All are stored, or none.
	 *
	 * @param evaluations the evaluations; not changed
	 * @param user who saves them
	 * @return their new ids, in order
	 * @throws StoreException when one cannot be saved (the message names it); nothing is stored then
	 */
	List<Long> insertAll(List<Evaluation> evaluations, String user) throws StoreException;

	/**
	 * Replaces a stored evaluation and records every changed field of its indicators, budget rows and
	 * officer's scores in the audit trail.
	 *
	 * @param id the evaluation's id
	 * @param evaluation the new content; not changed
	 * @param user who saves it
	 * @return the new stored version
	 * @throws StoreException when there is no such evaluation, it is frozen in the review chain
	 *             (neither {@link ReviewState#DRAFT} nor {@link ReviewState#RETURNED}), or it cannot
	 *             be saved; the stored evaluation is then unchanged
	 */
	int update(long id, Evaluation evaluation, String user) throws StoreException;

	/**
	 * Replaces a stored evaluation like {@link #update(long, Evaluation, String)}, provided it is
	 * still the version the caller loaded: the check and the write are one transaction, so of two
	 * saves based on the same version exactly one succeeds.
	 *
	 * @param id the evaluation's id
	 * @param evaluation the new content; not changed
	 * @param user who saves it
	 * @param loadedVersion the version the caller's changes are based on ({@link StoredEvaluation#version()})
	 * @return the new stored version
	 * @throws ConflictException when someone saved a newer version in the meantime (it names who and
	 *             when); the stored evaluation is then unchanged
	 * @throws StoreException when there is no such evaluation, it is frozen in the review chain, or it
	 *             cannot be saved; the stored evaluation is then unchanged
	 */
	int update(long id, Evaluation evaluation, String user, int loadedVersion) throws StoreException;

	/**
	 * Records that an editor has the evaluation open (and still has: an editor announces itself again
	 * every half minute or so) and tells it who else has. An editor not heard of for
	 * {@link #PRESENCE_TIMEOUT} is taken for gone (its process ended without withdrawing).
	 *
	 * @param id the evaluation's id
	 * @param sessionId the editor's own id, random, the same for every announcement of one editor
	 * @param user who has it open (on a served store the session's account is recorded instead)
	 * @return the other editors that have it open, the longest open first
	 * @throws StoreException when there is no such evaluation or the database cannot be written
	 */
	List<OpenEditor> announce(long id, String sessionId, String user) throws StoreException;

	/**
	 * Records that an editor closed the evaluation.
	 *
	 * @param id the evaluation's id
	 * @param sessionId the editor's id given to {@link #announce}
	 * @throws StoreException when the database cannot be written
	 */
	void withdraw(long id, String sessionId) throws StoreException;

	/** How long an editor that no longer announces itself counts as having an evaluation open. */
	java.time.Duration PRESENCE_TIMEOUT = java.time.Duration.ofSeconds(90);

	/**
	 * @param id the evaluation's id
	 * @return a fresh copy of the stored evaluation, alone in a resource of its own resource set, with
	 *         the total score and grade computed when it was saved
	 * @throws StoreException when there is no such evaluation
	 */
	Evaluation load(long id) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return a fresh copy of the stored evaluation, as {@link #load(long)} gives it, with its
	 *         version, read in the same transaction
	 * @throws StoreException when there is no such evaluation
	 */
	StoredEvaluation loadStored(long id) throws StoreException;

	/**
	 * @param query the filters
	 * @return the matching evaluations, by department, year and id
	 * @throws StoreException when the database cannot be read
	 */
	List<EvaluationSummary> list(EvaluationQuery query) throws StoreException;

	/**
	 * The finance bureau's figures of every evaluation of a fiscal year that this session may read, in
	 * two queries whatever their number: department, 主管部门, 全年预算数 and 全年执行数, 自评得分 (of the
	 * last submission once submitted), 复核得分 and grade, the number of deviations, the review state,
	 * and the score and execution rate of the same unit's evaluation of the year before (matched by
	 * unit, then by department name).
	 *
	 * @param fiscalYear the year
	 * @return one row per evaluation, in the order of their ids
	 * @throws StoreException when the database cannot be read
	 */
	List<ConsolidationRow> consolidationRows(int fiscalYear) throws StoreException;

	/**
	 * The consolidation of a fiscal year in one call, for a view or a command: its evaluations ranked,
	 * their distributions and the flags for the budget hearing at the default threshold
	 * ({@link Consolidation#DEFAULT_LOW_EXECUTION}).
	 *
	 * @param fiscalYear the year
	 * @return the consolidation, immutable
	 * @throws StoreException when the database cannot be read
	 */
	default Consolidation consolidation(int fiscalYear) throws StoreException {
		return consolidation(fiscalYear, Consolidation.DEFAULT_LOW_EXECUTION);
	}

	/**
	 * @param fiscalYear the year
	 * @param lowExecutionPercent the execution rate in percent below which an evaluation is flagged
	 * @return the consolidation of the year, immutable
	 * @throws StoreException when the database cannot be read
	 * @throws IllegalArgumentException when the threshold is not between 0 and 100
	 */
	default Consolidation consolidation(int fiscalYear, BigDecimal lowExecutionPercent) throws StoreException {
		return Consolidation.of(fiscalYear, consolidationRows(fiscalYear), lowExecutionPercent);
	}

	/**
	 * The evaluation of the year before that this one follows, for the year-over-year comparison: of the
	 * same unit ({@code UNIT}, else the department's name) and kind (for a project, the same project by
	 * its code, else its name) and fiscal year − 1, as the consolidation matches them; of several the
	 * confirmed one, else one with a score, else the later. Only an evaluation this session may read is
	 * found.
	 *
	 * @param id this year's evaluation
	 * @return the id of last year's evaluation, or empty when there is none
	 * @throws StoreException when there is no evaluation {@code id} or the database cannot be read
	 */
	OptionalLong priorYearId(long id) throws StoreException;

	/**
	 * @param id this year's evaluation
	 * @return a fresh copy of last year's evaluation ({@link #priorYearId(long)}), or empty
	 * @throws StoreException when there is no evaluation {@code id} or the database cannot be read
	 */
	default Optional<Evaluation> priorYear(long id) throws StoreException {
		OptionalLong prior = priorYearId(id);
		return prior.isPresent() ? Optional.of(load(prior.getAsLong())) : Optional.empty();
	}

	/**
	 * Deletes an evaluation; its audit trail is kept, with an entry for the deletion. An evaluation
	 * frozen in the review chain (neither {@link ReviewState#DRAFT} nor {@link ReviewState#RETURNED})
	 * is deleted only by an administrator ({@link Role#ADMIN}): not even the single user of an
	 * embedded store deletes what was submitted, but withdraws it first or has it returned.
	 *
	 * @param id the evaluation's id
	 * @param user who deletes it
	 * @throws StoreException when there is no such evaluation, or it is frozen
	 */
	void delete(long id, String user) throws StoreException;

	/**
	 * Starts a new year's draft from a stored evaluation: the department, budget structure and
	 * amounts planned, goals, indicators with their targets and weights, and the narrative's headings
	 * are carried over; actual values, executed amounts, stated and officer's scores, deviation
	 * analyses, evidence, achievements and paragraphs are cleared.
	 *
	 * @param id the evaluation to copy
	 * @param fiscalYear the new draft's year
	 * @param user who makes the copy
	 * @return the new draft's id
	 * @throws StoreException when there is no such evaluation or the copy cannot be saved
	 */
	long copyToNewYear(long id, int fiscalYear, String user) throws StoreException;

	/**
	 * @param id the evaluation's id (also of a deleted one)
	 * @return its audit trail, oldest first
	 * @throws StoreException when the database cannot be read
	 */
	List<AuditEntry> audit(long id) throws StoreException;

	/**
	 * @return the evidence files (佐证材料) of this store's evaluations, through this store's
	 *         connection
	 */
	EvidenceStore evidence();

	/**
	 * @return the review chain of this store's evaluations (submit, review, return, confirm,
	 *         rectify), through this store's connection
	 */
	ReviewWorkflow workflow();

	/**
	 * Makes an online backup (Derby's {@code SYSCS_BACKUP_DATABASE}) while the store stays in use.
	 *
	 * @param directory the directory to write to; the backup is the sub-directory named like the
	 *            database (for a network database, a directory of the server's machine)
	 * @return the backup's directory
	 * @throws StoreException when the backup cannot be written
	 */
	Path backup(Path directory) throws StoreException;

	/** Closes the connection; for the last user of an embedded database in this process, shuts it down. */
	@Override
	void close() throws StoreException;
}
