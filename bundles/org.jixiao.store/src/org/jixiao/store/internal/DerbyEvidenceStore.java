package org.jixiao.store.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.Evidence;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.StoreException;

/**
 * The Derby side of {@link EvidenceStore}: the {@code EVIDENCE} table, on the connection of its
 * {@link DerbyEvaluationStore} and under that store's lock, each operation one transaction.
 */
public final class DerbyEvidenceStore implements EvidenceStore {

	/** The audit trail's field of an evidence file. */
	static final String AUDIT_FIELD = "evidence"; //$NON-NLS-1$

	private static final String COLUMNS = "ID, EVALUATION_ID, OWNER_UID, OWNER_PATH, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, ADDED_BY, ADDED_AT"; //$NON-NLS-1$
	private static final String INSERT = "INSERT INTO EVIDENCE (EVALUATION_ID, OWNER_UID, OWNER_PATH, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, " //$NON-NLS-1$
			+ "SHA256, ADDED_BY, ADDED_AT, CONTENT) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String PENDING_HASH = "0".repeat(64); //$NON-NLS-1$
	/** OWNER_UID is a VARCHAR(200), OWNER_PATH a VARCHAR(4000), FILE_NAME a VARCHAR(1000), MEDIA_TYPE a VARCHAR(200). */
	private static final int UID_LENGTH = 200;
	private static final int PATH_LENGTH = 4000;
	private static final int NAME_LENGTH = 1000;
	private static final int TYPE_LENGTH = 200;
	/** Progress is told every this many bytes. */
	private static final long PROGRESS_STEP = 1L << 20;

	private final DerbyEvaluationStore store;
	private final Connection connection;
	private final Statements statements;

	DerbyEvidenceStore(DerbyEvaluationStore store, Connection connection, Statements statements) {
		this.store = store;
		this.connection = connection;
		this.statements = statements;
	}

	@Override
	public Evidence add(long evaluationId, String ownerUid, String ownerPath, Path file, long limit, String givenUser, LongConsumer progress)
			throws StoreException {
		if (ownerUid == null || ownerUid.isBlank() || ownerUid.length() > UID_LENGTH) {
			throw new StoreException(NLS.bind(Messages.Evidence_badOwner, ownerUid), null);
		}
		if (limit <= 0 || limit > MAX_LIMIT) {
			throw new StoreException(NLS.bind(Messages.Evidence_badLimit, limit, size(MAX_LIMIT)), null);
		}
		long size = checkFile(file, limit);
		String name = cut(file.getFileName().toString(), NAME_LENGTH);
		String mediaType = cut(mediaType(file), TYPE_LENGTH);
		synchronized (store) {
			String user = store.who(givenUser);
			store.checkOpen();
			Timestamp now = Timestamp.from(Instant.now());
			try {
				if (!evaluationExists(evaluationId)) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Store_notFound, store.location(), evaluationId), null);
				}
				store.workflow().checkEvidence(evaluationId, ownerUid);
				MessageDigest digest = sha256();
				long id;
				try (Limited content = new Limited(new DigestInputStream(Files.newInputStream(file), digest), limit, progress)) {
					PreparedStatement insert = statements.getReturningKeys(INSERT);
					insert.setLong(1, evaluationId);
					insert.setString(2, ownerUid);
					insert.setString(3, ownerPath == null ? null : cut(ownerPath, PATH_LENGTH));
					insert.setString(4, name);
					insert.setString(5, mediaType);
					insert.setString(6, PENDING_HASH);
					insert.setString(7, user);
					insert.setTimestamp(8, now);
					insert.setBinaryStream(9, content);
					try {
						insert.executeUpdate();
					} catch (SQLException e) {
						if (content.exceeded) {
							throw new StoreException(NLS.bind(Messages.Evidence_tooLarge, new Object[] { file, size(content.count), size(limit) }), e);
						}
						if (content.failure != null) {
							throw unreadable(file, content.failure);
						}
						throw e;
					}
					try (ResultSet keys = insert.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
					size = content.count;
					if (progress != null) {
						progress.accept(size);
					}
				}
				String hash = HexFormat.of().formatHex(digest.digest());
				PreparedStatement update = statements.get("UPDATE EVIDENCE SET SIZE_BYTES = ?, SHA256 = ? WHERE ID = ?"); //$NON-NLS-1$
				update.setLong(1, size);
				update.setString(2, hash);
				update.setLong(3, id);
				update.executeUpdate();
				Evidence added = new Evidence(id, evaluationId, ownerUid, ownerPath, name, mediaType, size, hash, user, now.toInstant());
				store.audit(evaluationId, now, user, Action.ADDED, auditPath(added), AUDIT_FIELD, null, describe(added));
				connection.commit();
				return added;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (IOException e) {
				store.rollbackQuietly(e);
				throw unreadable(file, e);
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed(NLS.bind(Messages.Evidence_adding, file), e);
			}
		}
	}

	/**
	 * Refuses what is no readable regular file of at most {@code limit} bytes, before anything is
	 * read.
	 *
	 * @param file the file
	 * @param limit the largest size accepted
	 * @return its size
	 * @throws StoreException naming the file and the cause
	 */
	public static long checkFile(Path file, long limit) throws StoreException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			throw new StoreException(NLS.bind(Messages.Evidence_missing, file), e);
		} catch (IOException e) {
			throw unreadable(file, e);
		}
		if (attributes.isDirectory()) {
			throw new StoreException(NLS.bind(Messages.Evidence_folder, file), null);
		}
		if (!attributes.isRegularFile()) {
			throw new StoreException(NLS.bind(Messages.Evidence_notAFile, file), null);
		}
		if (!Files.isReadable(file)) {
			throw new StoreException(NLS.bind(Messages.Evidence_unreadable, file, Messages.Evidence_accessDenied), null);
		}
		if (attributes.size() > limit) {
			throw new StoreException(NLS.bind(Messages.Evidence_tooLarge, new Object[] { file, size(attributes.size()), size(limit) }), null);
		}
		return attributes.size();
	}

	private static StoreException unreadable(Path file, IOException e) {
		String cause = e instanceof AccessDeniedException ? Messages.Evidence_accessDenied
				: e instanceof NoSuchFileException ? NLS.bind(Messages.Evidence_missing, file) : e.getMessage();
		return new StoreException(NLS.bind(Messages.Evidence_unreadable, file, cause), e);
	}

	/** @return the file's media type as the platform knows it, else by its name, else {@code application/octet-stream} */
	static String mediaType(Path file) {
		String type = null;
		try {
			type = Files.probeContentType(file);
		} catch (IOException e) {
			// the name decides then
		}
		if (type == null) {
			type = URLConnection.guessContentTypeFromName(file.getFileName().toString().toLowerCase(Locale.ROOT));
		}
		return type == null ? "application/octet-stream" : type; //$NON-NLS-1$
	}

	/** @return a size for people: {@code 512 B}, {@code 12.3 KB}, {@code 50.0 MB} */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B"; //$NON-NLS-1$
		}
		String[] units = { "KB", "MB", "GB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double value = bytes;
		int unit = -1;
		do {
			value /= 1024;
			unit++;
		} while (value >= 1024 && unit < units.length - 1);
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]); //$NON-NLS-1$
	}

	private boolean evaluationExists(long evaluationId) throws SQLException {
		PreparedStatement exists = statements.get("SELECT 1 FROM " + store.readable("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		exists.setLong(1, evaluationId);
		try (ResultSet row = exists.executeQuery()) {
			return row.next();
		}
	}

	@Override
	public List<Evidence> list(long evaluationId) throws StoreException {
		return query("SELECT " + COLUMNS + " FROM " + store.readable("EVIDENCE") + " WHERE EVALUATION_ID = ? ORDER BY OWNER_UID, ID", evaluationId, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	public List<Evidence> list(long evaluationId, String ownerUid) throws StoreException {
		return query("SELECT " + COLUMNS + " FROM " + store.readable("EVIDENCE") + " WHERE EVALUATION_ID = ? AND OWNER_UID = ? ORDER BY ID", evaluationId, ownerUid); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private List<Evidence> query(String sql, long evaluationId, String ownerUid) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				PreparedStatement select = statements.get(sql);
				select.setLong(1, evaluationId);
				if (ownerUid != null) {
					select.setString(2, ownerUid);
				}
				List<Evidence> found = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						found.add(evidence(row));
					}
				}
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("evidence " + evaluationId, e); //$NON-NLS-1$
			}
		}
	}

	private static Evidence evidence(ResultSet row) throws SQLException {
		return new Evidence(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
				row.getLong(7), row.getString(8), row.getString(9), row.getTimestamp(10).toInstant());
	}

	@Override
	public Evidence get(long evidenceId) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				Evidence found = find(evidenceId);
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("evidence " + evidenceId, e); //$NON-NLS-1$
			}
		}
	}

	/** @return the file, in the caller's transaction, which is rolled back when there is none */
	private Evidence find(long evidenceId) throws SQLException, StoreException {
		PreparedStatement select = statements.get("SELECT " + COLUMNS + " FROM " + store.readable("EVIDENCE") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		select.setLong(1, evidenceId);
		try (ResultSet row = select.executeQuery()) {
			if (row.next()) {
				return evidence(row);
			}
		}
		connection.rollback();
		throw new StoreException(NLS.bind(Messages.Evidence_notFound, store.location(), evidenceId), null);
	}

	@Override
	public void read(long evidenceId, OutputStream out) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			Evidence evidence = null;
			try {
				evidence = find(evidenceId);
				PreparedStatement select = statements.get("SELECT CONTENT FROM " + store.readable("EVIDENCE") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				select.setLong(1, evidenceId);
				try (ResultSet row = select.executeQuery()) {
					row.next();
					try (InputStream content = row.getBinaryStream(1)) {
						content.transferTo(out);
					}
				}
				connection.commit();
			} catch (IOException e) {
				store.rollbackQuietly(e);
				throw new StoreException(NLS.bind(Messages.Evidence_readFailed, evidence.fileName(), e.getMessage()), e);
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("evidence " + evidenceId, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public List<Evidence> copy(long fromEvaluationId, long toEvaluationId, String givenUser) throws StoreException {
		synchronized (store) {
			String user = store.who(givenUser);
			store.checkOpen();
			Timestamp now = Timestamp.from(Instant.now());
			try {
				for (long id : new long[] { fromEvaluationId, toEvaluationId }) {
					if (!evaluationExists(id)) {
						connection.rollback();
						throw new StoreException(NLS.bind(Messages.Store_notFound, store.location(), id), null);
					}
				}
				List<Evidence> copied = new ArrayList<>();
				// Derby gives no generated key for INSERT ... SELECT: the new row is found by what it holds
				PreparedStatement inserted = statements.get("SELECT MAX(ID) FROM " + store.readable("EVIDENCE") //$NON-NLS-1$ //$NON-NLS-2$
						+ " WHERE EVALUATION_ID = ? AND OWNER_UID = ? AND ADDED_AT = ? AND SHA256 = ?"); //$NON-NLS-1$
				PreparedStatement insert = statements.get("INSERT INTO EVIDENCE (EVALUATION_ID, OWNER_UID, OWNER_PATH, FILE_NAME, " //$NON-NLS-1$
						+ "MEDIA_TYPE, SIZE_BYTES, SHA256, ADDED_BY, ADDED_AT, CONTENT) SELECT ?, OWNER_UID, OWNER_PATH, FILE_NAME, MEDIA_TYPE, " //$NON-NLS-1$
						+ "SIZE_BYTES, SHA256, ?, ?, CONTENT FROM " + store.readable("EVIDENCE") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (Evidence file : list(fromEvaluationId)) {
					if (file.ownerUid().startsWith(Rectification.EVIDENCE_OWNER_PREFIX)) {
						continue;
					}
					store.workflow().checkEvidence(toEvaluationId, file.ownerUid());
					insert.setLong(1, toEvaluationId);
					insert.setString(2, user);
					insert.setTimestamp(3, now);
					insert.setLong(4, file.id());
					insert.executeUpdate();
					inserted.setLong(1, toEvaluationId);
					inserted.setString(2, file.ownerUid());
					inserted.setTimestamp(3, now);
					inserted.setString(4, file.sha256());
					long id;
					try (ResultSet row = inserted.executeQuery()) {
						row.next();
						id = row.getLong(1);
					}
					Evidence added = new Evidence(id, toEvaluationId, file.ownerUid(), file.ownerPath(), file.fileName(), file.mediaType(), file.size(),
							file.sha256(), user, now.toInstant());
					store.audit(toEvaluationId, now, user, Action.ADDED, auditPath(added), AUDIT_FIELD, null, describe(added));
					copied.add(added);
				}
				connection.commit();
				return copied;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed(NLS.bind(Messages.Evidence_copying, fromEvaluationId, toEvaluationId), e);
			}
		}
	}

	@Override
	public Evidence remove(long evidenceId, String givenUser) throws StoreException {
		synchronized (store) {
			String user = store.who(givenUser);
			store.checkOpen();
			try {
				Evidence removed = find(evidenceId);
				store.workflow().checkEvidence(removed.evaluationId(), removed.ownerUid());
				PreparedStatement delete = statements.get("DELETE FROM EVIDENCE WHERE ID = ?"); //$NON-NLS-1$
				delete.setLong(1, evidenceId);
				delete.executeUpdate();
				store.audit(removed.evaluationId(), Timestamp.from(Instant.now()), user, Action.REMOVED, auditPath(removed), AUDIT_FIELD,
						describe(removed), null);
				connection.commit();
				return removed;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("remove evidence " + evidenceId, e); //$NON-NLS-1$
			}
		}
	}

	private static String auditPath(Evidence evidence) {
		return evidence.ownerPath() != null ? evidence.ownerPath() : evidence.ownerUid();
	}

	/** @return what the audit trail says of a file: {@code 党员名册.pdf (1.2 MB, SHA-256 ab12…)} */
	private static String describe(Evidence evidence) {
		return NLS.bind(Messages.Evidence_audit, new Object[] { evidence.fileName(), size(evidence.size()), evidence.sha256() });
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/**
	 * The file's bytes as Derby reads them: counted, refused past the limit (a file that grew after
	 * it was checked), with the read failure kept, since Derby wraps it in an SQL exception.
	 */
	private static final class Limited extends FilterInputStream {

		private final long limit;
		private final LongConsumer progress;
		long count;
		boolean exceeded;
		IOException failure;
		private long told;

		Limited(InputStream in, long limit, LongConsumer progress) {
			super(in);
			this.limit = limit;
			this.progress = progress;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n;
			try {
				n = super.read(buffer, offset, length);
			} catch (IOException e) {
				failure = e;
				throw e;
			}
			if (n > 0) {
				count += n;
				if (count > limit) {
					exceeded = true;
					throw new IOException("larger than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (progress != null && count - told >= PROGRESS_STEP) {
					told = count;
					progress.accept(count);
				}
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			throw new IOException("not skipped"); //$NON-NLS-1$
		}
	}
}
