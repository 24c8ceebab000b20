package org.jixiao.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import org.jixiao.store.internal.DerbyEvidenceStore;

/**
 * The evidence files (佐证材料) of the evaluations of one {@link EvaluationStore}, from
 * {@link EvaluationStore#evidence()}. A file belongs to an evaluation and to an owner within it: the
 * stable uid of an indicator row or a ledger entry. Each change is its own transaction, committed at
 * once and recorded in the evaluation's audit trail (independent of saving the evaluation); the files
 * go when their evaluation is deleted, stay through backup and restore, and are not carried into a
 * copy for a new year. Adding and removing are refused while the evaluation is frozen in the review
 * chain (neither {@link ReviewState#DRAFT} nor {@link ReviewState#RETURNED}), except the evidence
 * of a rectification ({@link Rectification#evidenceOwner(long)}) of a confirmed evaluation.
 */
public interface EvidenceStore {

	/** The default largest file, in bytes: 50 MB. */
	long DEFAULT_LIMIT = 50L * 1024 * 1024;

	/** The largest limit a store accepts: the {@code BLOB(2G)} column's. */
	long MAX_LIMIT = 2L * 1024 * 1024 * 1024 - 1;

	/**
	 * Checks a file as {@link #add(long, String, String, Path, long, String)} does before storing it,
	 * without storing anything: for checking several files before any is attached.
	 *
	 * @param file the file
	 * @param limit the largest size accepted, in bytes
	 * @throws StoreException naming the file and the cause when it is missing, a folder or no regular
	 *             file, unreadable, or larger than the limit
	 */
	static void check(Path file, long limit) throws StoreException {
		DerbyEvidenceStore.checkFile(file, limit);
	}

	/**
	 * Stores a file, streamed from disk, its size and SHA-256 worked out while it is read.
	 *
	 * @param evaluationId the evaluation
	 * @param ownerUid the uid of the row it is attached to; not blank
	 * @param ownerPath the row's path for messages and the audit trail, or {@code null}
	 * @param file the file: a regular, readable file of at most {@code limit} bytes
	 * @param limit the largest size accepted, in bytes (at most {@link #MAX_LIMIT})
	 * @param user who attaches it
	 * @return what was stored
	 * @throws StoreException naming the file and the cause when it is missing, a folder or no regular
	 *             file, unreadable, or larger than the limit (the message names the limit), or when
	 *             there is no such evaluation or the database fails; nothing is stored then
	 */
	default Evidence add(long evaluationId, String ownerUid, String ownerPath, Path file, long limit, String user) throws StoreException {
		return add(evaluationId, ownerUid, ownerPath, file, limit, user, null);
	}

	/**
	 * Stores a file as {@link #add(long, String, String, Path, long, String)} does, telling how far
	 * it has got.
	 *
	 * @param evaluationId the evaluation
	 * @param ownerUid the uid of the row it is attached to; not blank
	 * @param ownerPath the row's path for messages and the audit trail, or {@code null}
	 * @param file the file
	 * @param limit the largest size accepted, in bytes
	 * @param user who attaches it
	 * @param progress told the number of bytes read so far, now and then; or {@code null}
	 * @return what was stored
	 * @throws StoreException as {@link #add(long, String, String, Path, long, String)}
	 */
	Evidence add(long evaluationId, String ownerUid, String ownerPath, Path file, long limit, String user, LongConsumer progress)
			throws StoreException;

	/**
	 * @param evaluationId the evaluation
	 * @return its evidence files, by owner and then in the order they were attached
	 * @throws StoreException when the database cannot be read
	 */
	List<Evidence> list(long evaluationId) throws StoreException;

	/**
	 * @param evaluationId the evaluation
	 * @param ownerUid the row's uid
	 * @return the files attached to that row, in the order they were attached
	 * @throws StoreException when the database cannot be read
	 */
	List<Evidence> list(long evaluationId, String ownerUid) throws StoreException;

	/**
	 * @param evidenceId a file's id
	 * @return the file's description
	 * @throws StoreException when there is no such file
	 */
	Evidence get(long evidenceId) throws StoreException;

	/**
	 * Writes a file's content to a stream, as stored.
	 *
	 * @param evidenceId the file's id
	 * @param out where to write; not closed
	 * @throws StoreException when there is no such file, or it cannot be read or written (the message
	 *             names it)
	 */
	void read(long evidenceId, OutputStream out) throws StoreException;

	/**
	 * Copies the files of the rows of one evaluation to another that holds the same rows (the same
	 * uids), as when changes refused by a newer save are stored as a copy: each file is copied inside
	 * the database with its name, type, size and SHA-256, attached by {@code user} now, in one
	 * transaction, each recorded in the audit trail of the copy. The evidence of rectifications stays
	 * with its notice.
	 *
	 * @param fromEvaluationId the evaluation whose files are copied
	 * @param toEvaluationId the evaluation that receives them; not frozen in the review chain
	 * @param user who copies them
	 * @return the files added to {@code toEvaluationId}
	 * @throws StoreException when either evaluation is missing, the receiving one is frozen, or the
	 *             database fails; nothing is copied then
	 */
	List<Evidence> copy(long fromEvaluationId, long toEvaluationId, String user) throws StoreException;

	/**
	 * Removes a file, recording it in the audit trail.
	 *
	 * @param evidenceId the file's id
	 * @param user who removes it
	 * @return what was removed
	 * @throws StoreException when there is no such file or it cannot be removed
	 */
	Evidence remove(long evidenceId, String user) throws StoreException;
}
