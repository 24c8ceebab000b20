package org.jixiao.ui.internal.repository;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.ConflictException;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.Evidence;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.StoredEvaluation;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.SaveConflictException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps evaluations in the Derby {@link EvaluationStore} that the preferences name: an embedded
 * database (the folder of {@link JixiaoPreferences#DATABASE_PATH}, else
 * {@link StoreLocation#defaultEmbedded()}, which the system property {@code jixiao.db} overrides), or
 * a network server ({@link JixiaoPreferences#DATABASE_URL} and user; the password from the
 * environment variable {@value #PASSWORD_ENV}, or where that is not set the system property
 * {@value #PASSWORD_PROPERTY}, which tests and launchers set). The store is opened on first use and opened again
 * when the preferences name another database; a store that cannot be opened (held by another
 * process, server unreachable) makes each call fail with the store's message, and is tried again on
 * the next call. Keys are the store's ids in decimal.
 */
@Component(service = EvaluationRepository.class)
public final class DerbyEvaluationRepository implements EvaluationRepository {

	/** The environment variable with the network server's password. */
	public static final String PASSWORD_ENV = "JIXIAO_DB_PASSWORD"; //$NON-NLS-1$
	/** The system property with the network server's password, used where {@link #PASSWORD_ENV} is not set. */
	public static final String PASSWORD_PROPERTY = "jixiao.db.password"; //$NON-NLS-1$

	/** The version of a newly inserted evaluation (see {@link StoredEvaluation#version()}). */
	private static final long FIRST_VERSION = 1;

	private EvaluationStore store;

	@Override
	public List<EvaluationEntry> list() throws RepositoryException {
		try {
			return store().list(EvaluationQuery.all()).stream()
					.map(s -> new EvaluationEntry(Long.toString(s.id()), s.department(), s.fiscalYear(), s.status(), s.totalScore(),
							s.reviewState(), s.selfScore(), s.reviewScore(), s.grade(), s.kind(), s.projectName(), s.projectCode()))
					.toList();
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public Evaluation load(String id) throws RepositoryException {
		try {
			return store().load(id(id));
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public String save(String id, Evaluation evaluation) throws RepositoryException {
		try {
			if (id == null) {
				return Long.toString(store().insert(evaluation, user()));
			}
			store().update(id(id), evaluation, user());
			return id;
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	/** All in one transaction of the store. */
	@Override
	public List<String> insertAll(List<Evaluation> evaluations) throws RepositoryException {
		try {
			return store().insertAll(evaluations, user()).stream().map(String::valueOf).toList();
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public Versioned loadVersioned(String id) throws RepositoryException {
		try {
			StoredEvaluation stored = store().loadStored(id(id));
			return new Versioned(stored.evaluation(), stored.version());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public Saved save(String id, Evaluation evaluation, long loadedVersion) throws RepositoryException {
		try {
			if (id == null) {
				return new Saved(Long.toString(store().insert(evaluation, user())), FIRST_VERSION);
			}
			if (loadedVersion == UNVERSIONED) {
				return new Saved(id, store().update(id(id), evaluation, user()));
			}
			return new Saved(id, store().update(id(id), evaluation, user(), Math.toIntExact(loadedVersion)));
		} catch (ConflictException e) {
			throw new SaveConflictException(e.getMessage(), e, e.savedBy(), e.savedAt());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public List<OpenEditor> announce(String id, String sessionId) throws RepositoryException {
		try {
			return store().announce(id(id), sessionId, user());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public void withdraw(String id, String sessionId) throws RepositoryException {
		try {
			store().withdraw(id(id), sessionId);
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public void delete(String id) throws RepositoryException {
		try {
			store().delete(id(id), user());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public String copyToNewYear(String id, int fiscalYear) throws RepositoryException {
		try {
			return Long.toString(store().copyToNewYear(id(id), fiscalYear, user()));
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public java.util.Optional<Evaluation> priorYear(String id) throws RepositoryException {
		try {
			return store().priorYear(id(id));
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public boolean supportsReview() {
		return true;
	}

	@Override
	public ReviewStatus reviewStatus(String id) throws RepositoryException {
		return review(w -> w.status(id(id)));
	}

	@Override
	public Set<ReviewAction> allowedActions(String id) throws RepositoryException {
		return review(w -> w.allowedActions(id(id)));
	}

	@Override
	public ReviewStatus step(String id, ReviewAction action, String comment) throws RepositoryException {
		long key = id(id);
		return review(w -> switch (action) {
		case SUBMIT -> {
			w.submit(key, user());
			yield w.status(key);
		}
		case WITHDRAW -> w.withdraw(key, user(), comment);
		case ACCEPT -> w.accept(key, user(), comment);
		case FORWARD -> w.forward(key, user(), comment);
		default -> throw new IllegalArgumentException(action + " needs more than a comment"); //$NON-NLS-1$
		});
	}

	@Override
	public ReviewStatus returnToUnit(String id, String comment, List<ReviewWorkflow.RowComment> rows) throws RepositoryException {
		return review(w -> w.returnToUnit(id(id), user(), comment, rows));
	}

	@Override
	public ReviewStatus confirm(String id, String comment, List<ReviewWorkflow.Adjustment> adjustments) throws RepositoryException {
		return review(w -> w.confirm(id(id), user(), comment, adjustments));
	}

	@Override
	public List<ReviewEvent> reviewHistory(String id) throws RepositoryException {
		return review(w -> w.history(id(id)));
	}

	@Override
	public List<ReviewComment> reviewComments(String id) throws RepositoryException {
		return review(w -> w.comments(id(id)));
	}

	@Override
	public List<ReviewAdjustment> reviewAdjustments(String id) throws RepositoryException {
		return review(w -> w.adjustments(id(id)));
	}

	@Override
	public List<Rectification> rectifications(String id) throws RepositoryException {
		return review(w -> w.rectifications(id(id)));
	}

	@Override
	public Rectification issueRectification(String id, String problem, String requirement, LocalDate deadline) throws RepositoryException {
		return review(w -> w.issueRectification(id(id), user(), problem, requirement, deadline));
	}

	@Override
	public Rectification rectificationStep(long rectificationId, ReviewAction action, String text) throws RepositoryException {
		return review(w -> switch (action) {
		case ANSWER_RECTIFICATION -> w.answerRectification(rectificationId, user(), text);
		case ACCEPT_RECTIFICATION -> w.acceptRectification(rectificationId, user(), text);
		case RETURN_RECTIFICATION -> w.returnRectification(rectificationId, user(), text);
		default -> throw new IllegalArgumentException(action + " is no step of a rectification"); //$NON-NLS-1$
		});
	}

	@Override
	public Consolidation consolidation(int fiscalYear) throws RepositoryException {
		try {
			return store().consolidation(fiscalYear);
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	/** A call of the review chain. */
	@FunctionalInterface
	private interface ReviewCall<T> {
		T call(ReviewWorkflow workflow) throws StoreException, RepositoryException;
	}

	private <T> T review(ReviewCall<T> call) throws RepositoryException {
		try {
			return call.call(store().workflow());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public boolean supportsEvidence() {
		return true;
	}

	@Override
	public List<Evidence> evidence(String id) throws RepositoryException {
		try {
			return store().evidence().list(id(id));
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public Evidence addEvidence(String id, String ownerUid, String ownerPath, Path file, long limit) throws RepositoryException {
		try {
			return store().evidence().add(id(id), ownerUid, ownerPath, file, limit, user());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public int copyEvidence(String fromId, String toId) throws RepositoryException {
		try {
			return store().evidence().copy(id(fromId), id(toId), user()).size();
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public void readEvidence(long evidenceId, OutputStream out) throws RepositoryException {
		try {
			store().evidence().read(evidenceId, out);
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public void removeEvidence(long evidenceId) throws RepositoryException {
		try {
			store().evidence().remove(evidenceId, user());
		} catch (StoreException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public String describe() {
		return location().toString();
	}

	/** @return the open store of the database the preferences name now */
	private synchronized EvaluationStore store() throws StoreException {
		StoreLocation location = location();
		if (store != null && !store.location().equals(location)) {
			close();
		}
		if (store == null) {
			store = EvaluationStore.open(location);
		}
		return store;
	}

	/** @return where the preferences say the database is */
	static StoreLocation location() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		String mode = preferences.get(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_EMBEDDED);
		if (JixiaoPreferences.DATABASE_MODE_SERVER.equals(mode)) {
			String url = preferences.get(JixiaoPreferences.DATABASE_URL, "").strip(); //$NON-NLS-1$
			String user = preferences.get(JixiaoPreferences.DATABASE_USER, "").strip(); //$NON-NLS-1$
			String password = System.getenv(PASSWORD_ENV);
			if (password == null) {
				password = System.getProperty(PASSWORD_PROPERTY);
			}
			return StoreLocation.of(url, user.isEmpty() ? null : user, password == null ? null : password.toCharArray());
		}
		String path = preferences.get(JixiaoPreferences.DATABASE_PATH, "").strip(); //$NON-NLS-1$
		return path.isEmpty() ? StoreLocation.defaultEmbedded() : StoreLocation.embedded(Path.of(path));
	}

	private static String user() {
		String user = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE).get(JixiaoPreferences.USER_NAME, "").strip(); //$NON-NLS-1$
		return user.isEmpty() ? System.getProperty("user.name") : user; //$NON-NLS-1$
	}

	private static long id(String key) throws RepositoryException {
		try {
			return Long.parseLong(key);
		} catch (NumberFormatException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_badKey, key), e);
		}
	}

	/** Releases the database. */
	@Deactivate
	synchronized void close() {
		if (store != null) {
			try {
				store.close();
			} catch (StoreException e) {
				ILog.of(DerbyEvaluationRepository.class).warn(e.getMessage(), e);
			}
			store = null;
		}
	}
}
