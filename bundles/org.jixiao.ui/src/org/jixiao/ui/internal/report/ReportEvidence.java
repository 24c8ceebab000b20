package org.jixiao.ui.internal.report;

import java.io.IOException;
import java.util.List;

import org.jixiao.report.EvidenceFile;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;

/**
 * The evidence files (佐证材料) a report or package of the open evaluation lists and carries, as read
 * from its repository when the dialog opens, and where their content is read.
 *
 * @param files the files
 * @param content their content, read from the repository
 */
public record ReportEvidence(List<EvidenceFile> files, EvidenceFile.Content content) {

	/**
	 * @param repository the evaluation's repository
	 * @param key its key there, or {@code null} while it is not stored
	 * @return its evidence files; none for an evaluation not stored or a repository without evidence
	 * @throws RepositoryException when the files cannot be listed
	 */
	public static ReportEvidence of(EvaluationRepository repository, String key) throws RepositoryException {
		List<EvidenceFile> files = key == null ? List.of()
				: repository.evidence(key).stream()
						.map(e -> new EvidenceFile(e.id(), e.ownerUid(), e.ownerPath(), e.fileName(), e.size(), e.sha256())).toList();
		return new ReportEvidence(files, (file, out) -> {
			try {
				repository.readEvidence(file.id(), out);
			} catch (RepositoryException e) {
				throw new IOException(e.getMessage(), e);
			}
		});
	}
}
