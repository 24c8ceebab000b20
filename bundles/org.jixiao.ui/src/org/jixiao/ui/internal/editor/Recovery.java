package org.jixiao.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.internal.Messages;
import org.osgi.framework.FrameworkUtil;

/**
 * The recovery file of one open evaluation: a copy of its unsaved state, written every
 * {@link #intervalMillis()} while it is dirty, into {@code recovery/} of this bundle's state area,
 * and deleted when it is saved, reverted or closed.
 */
final class Recovery {

	/** The system property that sets the interval in seconds (60 by default). */
	static final String INTERVAL_PROPERTY = "jixiao.recovery.interval"; //$NON-NLS-1$

	private final Path file;
	/** Counts deletions, so that a write of a copy taken before a save or revert is dropped. */
	private long generation;

	/** @param key the repository key of the evaluation, or a key of its own for a new one */
	Recovery(String key) {
		Path folder = Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class)).toPath().resolve("recovery"); //$NON-NLS-1$
		this.file = folder.resolve(key + ".xmi"); //$NON-NLS-1$
	}

	/** @return how often a dirty evaluation is written */
	static int intervalMillis() {
		return Integer.getInteger(INTERVAL_PROPERTY, 60) * 1000;
	}

	/** @return the recovery file */
	Path file() {
		return file;
	}

	/** @return when the recovery file was written, if there is one */
	Optional<Instant> available() {
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** @return the evaluation in the recovery file */
	Evaluation load() throws EvaluationFileException {
		return EvaluationResources.load(file);
	}

	/** @return the generation to pass to {@link #write(Evaluation, long)} for a copy taken now */
	synchronized long generation() {
		return generation;
	}

	/**
	 * @param copy a copy of the evaluation, which nothing else changes
	 * @param copiedIn the {@link #generation()} when the copy was taken; when the file was deleted
	 *            since, the copy is outdated and not written
	 */
	synchronized void write(Evaluation copy, long copiedIn) throws EvaluationFileException {
		if (copiedIn != generation) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
		} catch (IOException e) {
			throw new EvaluationFileException(file, e.getMessage(), e);
		}
		EvaluationResources.save(copy, file);
	}

	/** Deletes the recovery file; a file that cannot be deleted is offered again, which loses nothing. */
	synchronized void delete() {
		generation++;
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			ILog.of(Recovery.class).warn(NLS.bind(Messages.Recovery_notDeleted, file, e.getMessage()), e);
		}
	}
}
