package org.jixiao.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.store.Evidence;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewStatus;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;

/**
 * What the review chain holds of one evaluation, as the editor read it when it opened the
 * evaluation: for the 审核 page and the Problems view.
 *
 * @param status where it stands
 * @param history every step, oldest first
 * @param comments the reviewer's comments of the latest return
 * @param adjustments the bureau's adjustments at confirmation
 * @param rectifications its rectification notices
 * @param rectificationEvidence the evidence files of each notice's answer, by the notice's id
 */
record ReviewRecord(ReviewStatus status, List<ReviewEvent> history, List<ReviewComment> comments, List<ReviewAdjustment> adjustments,
		List<Rectification> rectifications, Map<Long, List<Evidence>> rectificationEvidence) {

	/**
	 * @param repository the repository
	 * @param key the evaluation's key
	 * @return its record, or {@code null} where the repository keeps no review chain
	 * @throws RepositoryException when it cannot be read
	 */
	static ReviewRecord read(EvaluationRepository repository, String key) throws RepositoryException {
		if (key == null || !repository.supportsReview()) {
			return null;
		}
		List<Rectification> rectifications = repository.rectifications(key);
		Map<Long, List<Evidence>> evidence = new HashMap<>();
		if (!rectifications.isEmpty()) {
			for (Evidence file : repository.evidence(key)) {
				for (Rectification notice : rectifications) {
					if (Rectification.evidenceOwner(notice.id()).equals(file.ownerUid())) {
						evidence.computeIfAbsent(notice.id(), id -> new ArrayList<>()).add(file);
					}
				}
			}
		}
		return new ReviewRecord(repository.reviewStatus(key), repository.reviewHistory(key), repository.reviewComments(key),
				repository.reviewAdjustments(key), rectifications, evidence);
	}
}
