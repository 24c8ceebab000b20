package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewState;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.ReviewWorkflow.Adjustment;
import org.jixiao.store.ReviewWorkflow.RowComment;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.StoredEvaluation;
import org.jixiao.store.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review chain on the embedded store, where the single user takes every step: submit, accept,
 * forward, return with row comments, resubmit, confirm with an adjustment, rectify; the frozen
 * evaluation; steps from the wrong state; two sessions racing for one step.
 */
class ReviewWorkflowTest {

	/** A 发展党员 row of the reference sample: quantitative, weight 1.5. */
	private static final String PARTY_MEMBERS = "产出指标/数量指标/发展党员";
	/** The reference sample's qualitative row: 优秀 → 优秀 is 达成, band [80%, 100%] of weight 2. */
	private static final String LEADERSHIP = "领导班子年度综合考核等次";

	@TempDir
	Path dir;

	private EvaluationStore store;
	private ReviewWorkflow workflow;
	private long id;

	@BeforeEach
	void storeTheSample() throws Exception {
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")));
		workflow = store.workflow();
		id = store.insert(EvaluationResources.referenceSample(), "填报员");
	}

	@AfterEach
	void close() throws StoreException {
		store.close();
	}

	@Test
	void theWholeChainKeepsEverySubmissionAndComputesTheReviewScore() throws Exception {
		assertEquals(ReviewState.DRAFT, workflow.status(id).state());
		assertEquals(Set.of(ReviewAction.SUBMIT), workflow.allowedActions(id));

		Submission first = workflow.submit(id, "填报员");
		assertEquals(1, first.number());
		assertTrue(first.sha256().matches("[0-9a-f]{64}"), first.sha256());
		assertEquals(new BigDecimal("99.30"), first.selfScore());
		assertEquals(Grade.EXCELLENT, first.selfGrade());
		ReviewStatus submitted = workflow.status(id);
		assertEquals(ReviewState.SUBMITTED, submitted.state());
		assertEquals(new BigDecimal("99.30"), submitted.selfScore());
		assertEquals("填报员", submitted.changedBy());
		assertEquals(Set.of(ReviewAction.WITHDRAW, ReviewAction.ACCEPT, ReviewAction.RETURN), workflow.allowedActions(id));

		assertEquals(ReviewState.SUPERVISOR_REVIEW, workflow.accept(id, "主管", null).state());
		assertEquals(ReviewState.BUREAU_REVIEW, workflow.forward(id, "主管", "同意报送").state());
		Indicator members = indicator(workflow.submissionContent(id, 1), "发展党员");
		StoreException unknown = assertThrows(StoreException.class,
				() -> workflow.returnToUnit(id, "财政", "请修改", List.of(new RowComment("产出指标/数量指标/没有这一行", "?"))));
		assertTrue(unknown.getMessage().contains("没有这一行"), unknown.getMessage());
		assertEquals(ReviewState.BUREAU_REVIEW, workflow.status(id).state(), "a refused return changes nothing");
		ReviewStatus returned = workflow.returnToUnit(id, "财政", "请补充佐证", List.of(new RowComment(" 产出指标 / 数量指标 / 发展党员 ", "完成值与台账不符"),
				new RowComment(members.getUid(), "请附名册")));
		assertEquals(ReviewState.RETURNED, returned.state());
		List<ReviewComment> comments = workflow.comments(id);
		assertEquals(3, comments.size(), comments.toString());
		assertNull(comments.get(0).rowUid());
		assertEquals("请补充佐证", comments.get(0).text());
		assertEquals(members.getUid(), comments.get(1).rowUid());
		assertEquals("产出指标 / 数量指标 / 发展党员", comments.get(1).rowPath());
		assertEquals(1, comments.get(2).submissionNumber());

		// returned: the unit edits and submits again; the first submission stays as it was
		StoredEvaluation stored = store.loadStored(id);
		indicator(stored.evaluation(), "发展党员").setActualText("31名");
		store.update(id, stored.evaluation(), "填报员", stored.version());
		Submission second = workflow.submit(id, "填报员");
		assertEquals(2, second.number());
		assertNotEquals(first.sha256(), second.sha256());
		List<Submission> submissions = workflow.submissions(id);
		assertEquals(List.of(1, 2), submissions.stream().map(Submission::number).toList());
		assertEquals(first.sha256(), submissions.get(0).sha256());
		assertEquals("30名", indicator(workflow.submissionContent(id, 1), "发展党员").getActualText());
		assertEquals("31名", indicator(workflow.submissionContent(id, 2), "发展党员").getActualText());
		assertTrue(workflow.comments(id).stream().allMatch(comment -> comment.submissionNumber() == 1), "the comments of the last return");

		workflow.accept(id, "主管", null);
		workflow.forward(id, "主管", null);
		StoreException outOfBand = assertThrows(StoreException.class,
				() -> workflow.confirm(id, "财政", null, List.of(new Adjustment(LEADERSHIP, new BigDecimal("1.00"), "考核材料不全"))));
		assertTrue(outOfBand.getMessage().contains(LEADERSHIP) && outOfBand.getMessage().contains("80%"), outOfBand.getMessage());
		StoreException outOfRange = assertThrows(StoreException.class,
				() -> workflow.confirm(id, "财政", null, List.of(new Adjustment(PARTY_MEMBERS, new BigDecimal("2"), "多给"))));
		assertTrue(outOfRange.getMessage().contains("发展党员") && outOfRange.getMessage().contains("1.5"), outOfRange.getMessage());
		assertThrows(StoreException.class,
				() -> workflow.confirm(id, "财政", null, List.of(new Adjustment(PARTY_MEMBERS, new BigDecimal("1"), " "))), "a reason is required");
		assertEquals(ReviewState.BUREAU_REVIEW, workflow.status(id).state(), "a refused confirmation changes nothing");
		assertTrue(workflow.adjustments(id).isEmpty());

		ReviewStatus confirmed = workflow.confirm(id, "财政", "确认", List.of(new Adjustment("产出指标/质量指标/" + LEADERSHIP, new BigDecimal("1.7"), "考核材料不全")));
		assertEquals(ReviewState.CONFIRMED, confirmed.state());
		assertEquals(new BigDecimal("99.30"), confirmed.selfScore());
		assertEquals(new BigDecimal("99.00"), confirmed.reviewScore(), "2.00 → 1.70 on one row");
		assertEquals(Grade.EXCELLENT, confirmed.reviewGrade());
		var adjustment = workflow.adjustments(id).get(0);
		assertEquals(2, adjustment.submissionNumber());
		assertEquals(0, new BigDecimal("2").compareTo(adjustment.selfScore()));
		assertEquals(new BigDecimal("1.70"), adjustment.reviewScore());
		assertEquals("考核材料不全", adjustment.reason());
		assertTrue(store.audit(id).stream().anyMatch(entry -> "reviewScore".equals(entry.field()) && entry.newValue().contains("考核材料不全")
				&& entry.entityPath().endsWith(LEADERSHIP)));

		EvaluationSummary summary = store.list(new EvaluationQuery(null, null, null)).get(0);
		assertEquals(ReviewState.CONFIRMED, summary.reviewState());
		assertEquals(new BigDecimal("99.30"), summary.selfScore());
		assertEquals(new BigDecimal("99.00"), summary.reviewScore());

		List<ReviewAction> steps = workflow.history(id).stream().map(ReviewEvent::action).toList();
		assertEquals(List.of(ReviewAction.SUBMIT, ReviewAction.ACCEPT, ReviewAction.FORWARD, ReviewAction.RETURN, ReviewAction.SUBMIT, ReviewAction.ACCEPT,
				ReviewAction.FORWARD, ReviewAction.CONFIRM), steps);
		ReviewEvent forwarded = workflow.history(id).get(2);
		assertEquals("同意报送", forwarded.comment());
		assertEquals(ReviewState.SUPERVISOR_REVIEW, forwarded.from());
		assertEquals(ReviewState.BUREAU_REVIEW, forwarded.to());
		assertEquals(8, store.audit(id).stream().filter(entry -> "reviewState".equals(entry.field())).count(), "one audit entry per step");
	}

	@Test
	void aFrozenEvaluationCannotBeChangedUntilWithdrawnOrReturned() throws Exception {
		Path file = Files.writeString(dir.resolve("名册.txt"), "名册");
		workflow.submit(id, "填报员");
		StoredEvaluation stored = store.loadStored(id);
		stored.evaluation().setPreparer("改动");
		StoreException refused = assertThrows(StoreException.class, () -> store.update(id, stored.evaluation(), "填报员", stored.version()));
		assertTrue(refused.getMessage().contains(Long.toString(id)) && refused.getMessage().contains(ReviewState.SUBMITTED.displayName())
				&& refused.getMessage().contains("jixiao withdraw " + id), refused.getMessage());
		assertThrows(StoreException.class, () -> store.update(id, stored.evaluation(), "填报员"), "the overload without a version too");
		EvidenceStore evidence = store.evidence();
		String uid = indicator(stored.evaluation(), "发展党员").getUid();
		assertThrows(StoreException.class, () -> evidence.add(id, uid, PARTY_MEMBERS, file, EvidenceStore.DEFAULT_LIMIT, "填报员"));
		assertTrue(evidence.list(id).isEmpty());
		StoreException delete = assertThrows(StoreException.class, () -> store.delete(id, "填报员"));
		assertTrue(delete.getMessage().contains(ReviewState.SUBMITTED.displayName()), delete.getMessage());
		assertNotEquals("改动", store.load(id).getPreparer(), "nothing was saved");

		workflow.withdraw(id, "填报员", "还要修改");
		assertEquals(ReviewState.DRAFT, workflow.status(id).state());
		int version = store.update(id, stored.evaluation(), "填报员", stored.version());
		assertEquals(stored.version() + 1, version);
		var added = evidence.add(id, uid, PARTY_MEMBERS, file, EvidenceStore.DEFAULT_LIMIT, "填报员");
		workflow.submit(id, "填报员");
		assertThrows(StoreException.class, () -> evidence.remove(added.id(), "填报员"));
		assertEquals(1, evidence.list(id).size());
		assertEquals(2, workflow.submissions(id).size(), "a withdrawn submission stays kept");
	}

	@Test
	void stepsFromTheWrongStateAreRefusedNamingTheState() throws Exception {
		StoreException early = assertThrows(StoreException.class, () -> workflow.confirm(id, "财政", null, List.of()));
		assertTrue(early.getMessage().contains(ReviewState.DRAFT.displayName()) && early.getMessage().contains(ReviewAction.CONFIRM.displayName()),
				early.getMessage());
		assertThrows(StoreException.class, () -> workflow.accept(id, "主管", null));
		assertThrows(StoreException.class, () -> workflow.withdraw(id, "填报员", null));
		assertThrows(StoreException.class, () -> workflow.issueRectification(id, "财政", "问题", "要求", LocalDate.of(2025, 6, 30)));
		workflow.submit(id, "填报员");
		StoreException twice = assertThrows(StoreException.class, () -> workflow.submit(id, "填报员"));
		assertTrue(twice.getMessage().contains(ReviewState.SUBMITTED.displayName()), twice.getMessage());
		assertThrows(StoreException.class, () -> workflow.forward(id, "主管", null));
		StoreException noComment = assertThrows(StoreException.class, () -> workflow.returnToUnit(id, "主管", " ", List.of()));
		assertTrue(noComment.getMessage().contains(Long.toString(id)), noComment.getMessage());
		assertEquals(1, workflow.history(id).size(), "only the submission happened");
		assertThrows(StoreException.class, () -> workflow.status(id + 99));
	}

	@Test
	void rectificationOfAConfirmedEvaluation() throws Exception {
		workflow.submit(id, "填报员");
		workflow.accept(id, "主管", null);
		workflow.forward(id, "主管", null);
		workflow.confirm(id, "财政", null, List.of());
		assertEquals(new BigDecimal("99.30"), workflow.status(id).reviewScore(), "no adjustment: the review score is the self score");
		assertTrue(workflow.allowedActions(id).contains(ReviewAction.ISSUE_RECTIFICATION));
		assertThrows(StoreException.class, () -> workflow.issueRectification(id, "财政", " ", "要求", LocalDate.of(2025, 6, 30)));
		Rectification issued = workflow.issueRectification(id, "财政", "党建专项资金执行偏差", "补发指导员补助并报送凭证", LocalDate.of(2025, 6, 30));
		assertEquals(Rectification.State.ISSUED, issued.state());
		assertEquals(LocalDate.of(2025, 6, 30), issued.deadline());
		StoreException early = assertThrows(StoreException.class, () -> workflow.acceptRectification(issued.id(), "财政", null));
		assertTrue(early.getMessage().contains(Rectification.State.ISSUED.displayName()), early.getMessage());
		Path proof = Files.writeString(dir.resolve("凭证.txt"), "补发凭证");
		var attached = store.evidence().add(id, Rectification.evidenceOwner(issued.id()), null, proof, EvidenceStore.DEFAULT_LIMIT, "填报员");
		assertThrows(StoreException.class, () -> store.evidence().add(id, "a-row", null, proof, EvidenceStore.DEFAULT_LIMIT, "填报员"),
				"only a rectification's evidence changes on a confirmed evaluation");
		assertEquals(List.of(attached), store.evidence().list(id, Rectification.evidenceOwner(issued.id())));
		assertEquals(Rectification.State.ANSWERED, workflow.answerRectification(issued.id(), "填报员", "已补发").state());
		Rectification returned = workflow.returnRectification(issued.id(), "财政", "缺凭证");
		assertEquals(Rectification.State.RETURNED, returned.state());
		assertEquals("缺凭证", returned.decisionComment());
		assertTrue(workflow.allowedActions(id).contains(ReviewAction.ANSWER_RECTIFICATION));
		workflow.answerRectification(issued.id(), "填报员", "已补发，附凭证");
		Rectification accepted = workflow.acceptRectification(issued.id(), "财政", "同意");
		assertEquals(Rectification.State.ACCEPTED, accepted.state());
		assertEquals("已补发，附凭证", accepted.answer());
		assertEquals(List.of(accepted), workflow.rectifications(id));
		List<ReviewEvent> history = workflow.history(id);
		assertEquals(List.of(ReviewAction.ISSUE_RECTIFICATION, ReviewAction.ANSWER_RECTIFICATION, ReviewAction.RETURN_RECTIFICATION,
				ReviewAction.ANSWER_RECTIFICATION, ReviewAction.ACCEPT_RECTIFICATION), history.subList(4, 9).stream().map(ReviewEvent::action).toList());
		assertTrue(history.get(4).comment().contains("党建专项资金执行偏差"), history.get(4).comment());
		List<AuditEntry> audit = store.audit(id);
		assertEquals(5, audit.stream().filter(entry -> "rectification".equals(entry.field())).count());
		assertEquals(ReviewState.CONFIRMED, workflow.status(id).state(), "a rectification does not reopen the evaluation");
	}

	@Test
	void aSubmissionWhoseContentWasChangedIsNotUsed() throws Exception {
		workflow.submit(id, "填报员");
		try (Connection raw = new EmbeddedDriver().connect("jdbc:derby:" + dir.resolve("db"), new Properties());
				PreparedStatement tamper = raw.prepareStatement("UPDATE JIXIAO.SUBMISSION SET CONTENT = ? WHERE EVALUATION_ID = ?")) {
			tamper.setBytes(1, "<xmi/>".getBytes());
			tamper.setLong(2, id);
			assertEquals(1, tamper.executeUpdate());
		}
		StoreException refused = assertThrows(StoreException.class, () -> workflow.submissionContent(id, 1));
		assertTrue(refused.getMessage().contains("SHA-256"), refused.getMessage());
		workflow.accept(id, "主管", null);
		workflow.forward(id, "主管", null);
		assertThrows(StoreException.class, () -> workflow.confirm(id, "财政", null, List.of()), "nothing is confirmed on a changed snapshot");
		assertEquals(ReviewState.BUREAU_REVIEW, workflow.status(id).state());
	}

	@Test
	void twoSessionsRacingForOneStepMoveTheEvaluationOnce() throws Exception {
		int sessions = 4;
		List<EvaluationStore> stores = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(sessions);
		try {
			for (int i = 0; i < sessions; i++) {
				stores.add(EvaluationStore.open(StoreLocation.embedded(dir.resolve("db"))));
			}
			for (int round = 0; round < 8; round++) {
				workflow.submit(id, "填报员");
				CyclicBarrier start = new CyclicBarrier(sessions);
				List<Future<String>> outcomes = new ArrayList<>();
				for (EvaluationStore session : stores) {
					outcomes.add(pool.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						try {
							session.workflow().accept(id, "主管", null);
							return null;
						} catch (StoreException e) {
							return e.getMessage();
						}
					}));
				}
				int won = 0;
				for (Future<String> outcome : outcomes) {
					String refusal = outcome.get(60, TimeUnit.SECONDS);
					if (refusal == null) {
						won++;
					} else {
						assertTrue(refusal.contains(Long.toString(id)) && (refusal.contains(ReviewState.SUPERVISOR_REVIEW.displayName())
								|| refusal.contains(ReviewState.SUBMITTED.displayName())), refusal);
					}
				}
				assertEquals(1, won, "round " + round);
				workflow.returnToUnit(id, "主管", "再改", List.of());
			}
			assertEquals(8, workflow.history(id).stream().filter(event -> event.action() == ReviewAction.ACCEPT).count());
		} finally {
			pool.shutdownNow();
			for (EvaluationStore session : stores) {
				session.close();
			}
		}
	}

	private static Indicator indicator(Evaluation evaluation, String name) {
		var contents = evaluation.eAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof Indicator indicator && name.equals(indicator.getName())) {
				return indicator;
			}
		}
		throw new AssertionError("no indicator " + name);
	}
}
