package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewState;
import org.jixiao.store.ReviewWorkflow.Adjustment;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.Submission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review chain on a served store with one account per role: the unit's officer submits, the
 * 主管部门 accepts and forwards, the bureau confirms; each role's other steps are refused with a
 * message naming the role.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServedReviewTest {

	@TempDir
	static Path dir;

	private static DerbyServer server;

	@BeforeAll
	static void serve() throws Exception {
		server = DerbyServer.start(dir.resolve("served"), Clients.freePort(), "boss", "boss-pw".toCharArray());
		try (Accounts accounts = Accounts.open(location("boss", "boss-pw"))) {
			accounts.add("unit1", Role.FILLER, "党政办公室", null, "f-pw".toCharArray());
			accounts.add("reviewer1", Role.SUPERVISOR, null, "高新区管委会", "s-pw".toCharArray());
			accounts.add("bureau1", Role.BUREAU, null, null, "b-pw".toCharArray());
		}
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	private static StoreLocation location(String user, String password) {
		return StoreLocation.of(server.url(), user, password.toCharArray());
	}

	@Test
	void eachRoleTakesItsOwnStepsOnly() throws Exception {
		try (EvaluationStore filler = EvaluationStore.open(location("unit1", "f-pw"));
				EvaluationStore supervisor = EvaluationStore.open(location("reviewer1", "s-pw"));
				EvaluationStore bureau = EvaluationStore.open(location("bureau1", "b-pw"))) {
			long id = filler.insert(EvaluationResources.referenceSample(), null);
			assertEquals(Set.of(ReviewAction.SUBMIT), filler.workflow().allowedActions(id));
			Submission submission = filler.workflow().submit(id, null);
			assertEquals("UNIT1", submission.submittedBy(), "the account as the database knows it");

			StoreException fillerAccepts = assertThrows(StoreException.class, () -> filler.workflow().accept(id, null, null));
			assertTrue(fillerAccepts.getMessage().contains(Role.FILLER.displayName()), fillerAccepts.getMessage());
			assertEquals(Set.of(ReviewAction.ACCEPT, ReviewAction.RETURN), supervisor.workflow().allowedActions(id));
			assertEquals(ReviewState.SUPERVISOR_REVIEW, supervisor.workflow().accept(id, null, null).state());
			assertThrows(StoreException.class, () -> supervisor.workflow().confirm(id, null, null, List.of()));
			assertEquals(ReviewState.BUREAU_REVIEW, supervisor.workflow().forward(id, null, "同意").state());

			StoreException fillerConfirms = assertThrows(StoreException.class, () -> filler.workflow().confirm(id, null, null, List.of()));
			assertTrue(fillerConfirms.getMessage().contains(Role.FILLER.displayName())
					&& fillerConfirms.getMessage().contains(ReviewState.BUREAU_REVIEW.displayName()), fillerConfirms.getMessage());
			assertEquals(Set.of(ReviewAction.CONFIRM, ReviewAction.RETURN), bureau.workflow().allowedActions(id));
			var confirmed = bureau.workflow().confirm(id, null, "确认",
					List.of(new Adjustment("领导班子年度综合考核等次", new BigDecimal("1.7"), "考核材料不全")));
			assertEquals(new BigDecimal("99.00"), confirmed.reviewScore());
			assertEquals(ReviewState.CONFIRMED, filler.workflow().status(id).state());

			assertThrows(StoreException.class, () -> filler.workflow().issueRectification(id, null, "问题", "要求", LocalDate.of(2025, 6, 30)));
			Rectification notice = bureau.workflow().issueRectification(id, null, "问题", "要求", LocalDate.of(2025, 6, 30));
			assertThrows(StoreException.class, () -> bureau.workflow().answerRectification(notice.id(), null, "答复"));
			Path proof = java.nio.file.Files.writeString(dir.resolve("凭证.txt"), "补发凭证");
			assertThrows(StoreException.class, () -> filler.evidence().add(id, "uid-of-no-row", null, proof, EvidenceStore.DEFAULT_LIMIT, null),
					"the confirmed evaluation's own evidence is frozen");
			filler.evidence().add(id, Rectification.evidenceOwner(notice.id()), null, proof, EvidenceStore.DEFAULT_LIMIT, null);
			filler.workflow().answerRectification(notice.id(), null, "已整改");
			assertEquals(Rectification.State.ACCEPTED, bureau.workflow().acceptRectification(notice.id(), null, null).state());

			List<ReviewEvent> history = bureau.workflow().history(id);
			assertEquals(List.of(Role.FILLER, Role.SUPERVISOR, Role.SUPERVISOR, Role.BUREAU, Role.BUREAU, Role.FILLER, Role.BUREAU),
					history.stream().map(ReviewEvent::role).toList());
			StoreException frozen = assertThrows(StoreException.class, () -> filler.update(id, filler.load(id), null));
			assertTrue(frozen.getMessage().contains(ReviewState.CONFIRMED.displayName()), frozen.getMessage());
		}
	}
}
