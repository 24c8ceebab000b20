package org.jixiao.core.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;

/**
 * Which rule set scores an evaluation: the one place that chooses, for the command line, the
 * workbench, the store, the reports and the interchange alike.
 * <p>
 * The policy ({@link #rulesFor(Evaluation)}): the evaluation names a rule set id ({@value RuleSets#MOF_2020}
 * when it names none); the department's version of it, {@code <id>.json} in the department's rule set
 * folder, applies when there is one, else the built-in set of that id. A department file is read
 * again once it changes. The folder is the system property {@value #DIRECTORY_PROPERTY}, else
 * {@code ~/.jixiao/rulesets}; the service also keeps that folder (list, save, remove).
 * <p>
 * The service is one object ({@link #getDefault()}) rather than an OSGi service, like
 * {@link org.jixiao.core.modules.ModuleRegistry}: validation and the store's totals are computed in
 * code that no service lookup reaches, and a lookup would add a start-up ordering for the command
 * line and the workbench to wait for. Tests make their own over a folder of their choice.
 */
public final class RuleSetService {

	/** The system property naming the department's rule set folder. */
	public static final String DIRECTORY_PROPERTY = "jixiao.rules"; //$NON-NLS-1$

	private static final String SUFFIX = ".json"; //$NON-NLS-1$
	private static final RuleSetService DEFAULT = new RuleSetService(null);

	private final Path directory;
	private final Map<Path, Cached> files = new ConcurrentHashMap<>();

	/**
	 * @param directory the department's rule set folder, or {@code null} for the system property
	 *            {@value #DIRECTORY_PROPERTY}, else {@code ~/.jixiao/rulesets}, looked up on every use
	 */
	public RuleSetService(Path directory) {
		this.directory = directory;
	}

	/** @return the service over the department's folder named by the system property or the default */
	public static RuleSetService getDefault() {
		return DEFAULT;
	}

	/** @return the department's rule set folder */
	public Path directory() {
		if (directory != null) {
			return directory;
		}
		String property = System.getProperty(DIRECTORY_PROPERTY);
		return property != null && !property.isBlank() ? Path.of(property)
				: Path.of(System.getProperty("user.home"), ".jixiao", "rulesets"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The policy: the rule set the evaluation names, the department's version first.
	 *
	 * @param evaluation an evaluation
	 * @return the rule set that scores it
	 * @throws RuleSetException when the named rule set is unknown or the department's file cannot be used
	 */
	public RuleSet rulesFor(Evaluation evaluation) {
		return rulesForId(evaluation.getRuleSetId());
	}

	/**
	 * For views that must show a score even while the evaluation names a rule set that cannot be used
	 * (validation reports that as an error of its own).
	 *
	 * @param evaluation an evaluation
	 * @return {@link #rulesFor(Evaluation)}, else the department's {@value RuleSets#MOF_2020}, else the
	 *         built-in one
	 */
	public RuleSet rulesOrDefault(Evaluation evaluation) {
		try {
			return rulesFor(evaluation);
		} catch (RuleSetException e) {
			try {
				return rulesForId(RuleSets.MOF_2020);
			} catch (RuleSetException f) {
				return builtIn(RuleSets.MOF_2020);
			}
		}
	}

	/**
	 * The same policy for an id, e.g. one given on the command line or chosen for a new evaluation.
	 *
	 * @param id the rule set id; {@code null} or blank for {@value RuleSets#MOF_2020}
	 * @return the department's file of that id if there is one, else the built-in set
	 * @throws RuleSetException when the id is unknown or the department's file cannot be used
	 */
	public RuleSet rulesForId(String id) {
		String key = id == null || id.isBlank() ? RuleSets.MOF_2020 : id.strip();
		Path file = directory().resolve(key + SUFFIX);
		if (!Files.isRegularFile(file)) {
			return builtIn(key);
		}
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Cached cached = files.get(file);
			if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
				return cached.rules();
			}
			RuleSet rules = RuleSets.read(file);
			files.put(file, new Cached(modified, size, rules));
			return rules;
		} catch (IOException e) {
			throw unusable(file, e);
		}
	}

	/**
	 * @param id a built-in rule set id
	 * @return the rule set as shipped, whatever the department's folder holds
	 * @throws RuleSetException when the id is not built in
	 */
	public RuleSet builtIn(String id) {
		return RuleSets.builtIn(id);
	}

	/** @return the ids of the built-in rule sets */
	public List<String> builtInIds() {
		return RuleSets.builtInIds();
	}

	/**
	 * @param id a rule set id
	 * @return whether the department's folder holds its own version of the rule set
	 */
	public boolean isCustomized(String id) {
		return Files.isRegularFile(directory().resolve(id + SUFFIX));
	}

	/**
	 * @param id a rule set id
	 * @return the department's file of that id, whether or not it exists
	 */
	public Path fileOf(String id) {
		return directory().resolve(id + SUFFIX);
	}

	/** @return the built-in ids and those of the department's rule set files, sorted, built-in first */
	public List<String> availableIds() {
		Set<String> own = new TreeSet<>();
		Path folder = directory();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
				for (Path file : found) {
					String name = file.getFileName().toString();
					own.add(name.substring(0, name.length() - SUFFIX.length()));
				}
			} catch (IOException e) {
				// an unreadable folder adds no ids; rulesFor reports the folder when one is used
			}
		}
		List<String> ids = new ArrayList<>(builtInIds());
		own.stream().filter(id -> !builtInIds().contains(id)).forEach(ids::add);
		return List.copyOf(ids);
	}

	/**
	 * Saves a rule set as the department's own, {@code <id>.json} in {@link #directory()}, replacing
	 * the file atomically so that a failed write leaves the previous version.
	 *
	 * @param rules the rule set
	 * @return the file written
	 * @throws RuleSetException naming the file and the cause when it cannot be written
	 */
	public Path save(RuleSet rules) {
		Path folder = directory();
		Path file = folder.resolve(rules.id() + SUFFIX);
		try {
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, rules.id(), ".tmp"); //$NON-NLS-1$
			try {
				try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
					RuleSets.write(rules, writer);
				}
				try {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
			return file;
		} catch (IOException e) {
			throw unusable(file, e);
		}
	}

	/**
	 * Removes the department's own version of a rule set, so that the built-in set applies again.
	 *
	 * @param id the rule set id
	 * @return whether a file was removed
	 * @throws RuleSetException naming the file and the cause when it cannot be removed
	 */
	public boolean remove(String id) {
		Path file = directory().resolve(id + SUFFIX);
		try {
			return Files.deleteIfExists(file);
		} catch (IOException e) {
			throw unusable(file, e);
		}
	}

	private static RuleSetException unusable(Path file, IOException e) {
		return new RuleSetException(file.toString(), NLS.bind(Messages.RuleSetService_unusable, file, e.toString()), e);
	}

	/** A department's rule set as last read, with the file's state at that time. */
	private record Cached(FileTime modified, long size, RuleSet rules) {
	}
}
