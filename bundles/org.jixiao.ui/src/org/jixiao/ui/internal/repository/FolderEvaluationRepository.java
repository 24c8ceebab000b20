package org.jixiao.ui.internal.repository;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.store.ReviewState;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps evaluations as XMI files in one folder: {@code evaluations} in the instance area, or the
 * folder named by the system property {@value #FOLDER_PROPERTY}. The key of an evaluation is its
 * file name without {@code .xmi}.
 */
@Component(service = EvaluationRepository.class, property = "service.ranking:Integer=" + EvaluationRepository.FOLDER_RANKING)
public final class FolderEvaluationRepository implements EvaluationRepository {

	/** The system property that names the folder. */
	public static final String FOLDER_PROPERTY = "jixiao.evaluations"; //$NON-NLS-1$

	private static final String SUFFIX = ".xmi"; //$NON-NLS-1$

	private Path folder;

	/** The service: the folder is found on first use. */
	public FolderEvaluationRepository() {
	}

	/** @param folder the folder to keep the evaluations in */
	public FolderEvaluationRepository(Path folder) {
		this.folder = folder;
	}

	/** @return the folder, created when missing */
	public synchronized Path folder() throws RepositoryException {
		if (folder == null) {
			folder = locate();
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.FolderRepository_unwritable, folder, e.getMessage()), e);
		}
		return folder;
	}

	@Override
	public List<EvaluationEntry> list() throws RepositoryException {
		Path dir = folder();
		List<EvaluationEntry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
				entries.add(entry(file));
			}
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.FolderRepository_unreadable, dir, e.getMessage()), e);
		}
		return entries;
	}

	@Override
	public Evaluation load(String id) throws RepositoryException {
		try {
			return EvaluationResources.load(file(id));
		} catch (EvaluationFileException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized String save(String id, Evaluation evaluation) throws RepositoryException {
		String key = id != null ? id : newKey(evaluation);
		try {
			EvaluationResources.save(evaluation, file(key));
		} catch (EvaluationFileException e) {
			throw new RepositoryException(e.getMessage(), e);
		}
		return key;
	}

	@Override
	public void delete(String id) throws RepositoryException {
		Path file = file(id);
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.FolderRepository_unwritable, file, e.getMessage()), e);
		}
	}

	/** The folder keeps files as they are; starting a new year from one needs the Derby store. */
	@Override
	public String copyToNewYear(String id, int fiscalYear) throws RepositoryException {
		throw new RepositoryException(NLS.bind(Messages.FolderRepository_noCopy, file(id)), null);
	}

	@Override
	public String describe() {
		try {
			return folder().toString();
		} catch (RepositoryException e) {
			return e.getMessage();
		}
	}

	private EvaluationEntry entry(Path file) {
		String id = idOf(file);
		try {
			Evaluation evaluation = EvaluationResources.load(file);
			String department = evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName(); //$NON-NLS-1$
			java.util.Optional<ScoreSheet> sheet = sheet(evaluation);
			return new EvaluationEntry(id, department, evaluation.getFiscalYear(), evaluation.getStatus(), sheet.map(ScoreSheet::total).orElse(null),
					ReviewState.DRAFT, null, null, sheet.map(s -> Grade.get(s.grade().officialTerm())).orElse(null), evaluation.getKind(),
					evaluation.getProjectName(), evaluation.getProjectCode());
		} catch (EvaluationFileException e) {
			return new EvaluationEntry(id, NLS.bind(Messages.FolderRepository_broken, file.getFileName()), 0, null, null);
		}
	}

	private static java.util.Optional<ScoreSheet> sheet(Evaluation evaluation) {
		try {
			return java.util.Optional.of(new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluation)).score(evaluation));
		} catch (RuleSetException e) {
			return java.util.Optional.empty();
		}
	}

	private String newKey(Evaluation evaluation) throws RepositoryException {
		String department = evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName(); //$NON-NLS-1$
		String base = (evaluation.getFiscalYear() + "-" + department).replaceAll("[\\\\/:*?\"<>|\\s]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String key = base;
		for (int n = 2; Files.exists(file(key)); n++) {
			key = base + "-" + n; //$NON-NLS-1$
		}
		return key;
	}

	private Path file(String id) throws RepositoryException {
		if (id == null || id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new RepositoryException(NLS.bind(Messages.Repository_badKey, id), null);
		}
		return folder().resolve(id + SUFFIX);
	}

	private static String idOf(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - SUFFIX.length());
	}

	private static Path locate() {
		String property = System.getProperty(FOLDER_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return Path.of(System.getProperty("user.home"), "jixiao", "evaluations"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		try {
			return Path.of(instance.getURL().toURI()).resolve("evaluations"); //$NON-NLS-1$
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(instance.getURL().getPath()).resolve("evaluations"); //$NON-NLS-1$
		}
	}
}
