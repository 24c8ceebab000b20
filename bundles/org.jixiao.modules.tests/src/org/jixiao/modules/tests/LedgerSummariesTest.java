package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.module.hr.HrSummary;
import org.jixiao.module.hr.ledger.AppraisalGrade;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.HrFactory;
import org.jixiao.module.hr.ledger.TalentCategory;
import org.jixiao.module.partybuilding.PartyBuildingSummary;
import org.jixiao.module.partybuilding.ledger.MeetingKind;
import org.jixiao.module.partybuilding.ledger.MemberStage;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingFactory;
import org.junit.jupiter.api.Test;

/** What the 党建 and 人事人才 pages show at a glance, from the reference sample's ledgers. */
class LedgerSummariesTest {

	@Test
	void partyBuildingCountsThePipelineTheYearsMeetingsAndTheSubsidies() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		PartyBuildingData data = (PartyBuildingData) ModuleLedgers.find(sample, "partybuilding").orElseThrow();
		PartyBuildingSummary summary = PartyBuildingSummary.of(data, 2023);
		assertEquals(Map.of(MemberStage.APPLICANT, 24, MemberStage.ACTIVIST, 18, MemberStage.CANDIDATE, 10, MemberStage.PROBATIONARY, 30,
				MemberStage.FULL, 26), summary.stages());
		assertEquals(Map.of(MeetingKind.THREE_MEETINGS_ONE_LESSON, 12, MeetingKind.WORKING_COMMITTEE, 13, MeetingKind.CENTRAL_GROUP, 10,
				MeetingKind.THEME_DAY, 12), summary.meetings());
		assertEquals(30, summary.instructors());
		assertEquals(23, summary.paid());
		assertEquals(0, new BigDecimal("69000").compareTo(summary.subsidies()), summary.subsidies().toPlainString());
		assertEquals(7, summary.unpaid().size());
		assertTrue(summary.unpaid().stream().allMatch(i -> i.getUnpaidReason().contains("考核未及时开展")));

		assertEquals(0, PartyBuildingSummary.of(data, 2024).meetings().values().stream().mapToInt(Integer::intValue).sum(),
				"no meeting of 2024");
		PartyBuildingSummary empty = PartyBuildingSummary.of(PartyBuildingFactory.eINSTANCE.createPartyBuildingData(), 2023);
		assertEquals(5, empty.stages().size(), "every stage, even at 0");
		assertEquals(List.of(), empty.unpaid());
		assertEquals(0, empty.subsidies().signum());
	}

	@Test
	void hrCountsRecruitsByStartTalentsByCategoryAndGrades() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		HrSummary summary = HrSummary.of((HrData) ModuleLedgers.find(sample, "hr").orElseThrow(), 2023);
		assertEquals(21, summary.hired());
		assertEquals(2, summary.pending());
		assertEquals(1, summary.otherYears());
		assertTrue(summary.talents().values().stream().allMatch(n -> n == 0));
		assertEquals(6, summary.grades().get(AppraisalGrade.EXCELLENT));
		assertEquals(22, summary.grades().get(AppraisalGrade.COMPETENT));
		assertEquals(1, summary.grades().get(AppraisalGrade.UNGRADED));
		assertEquals(Optional.of(new BigDecimal("21.4")), summary.excellentShare(), "6 of the 28 graded");

		HrData empty = HrFactory.eINSTANCE.createHrData();
		assertEquals(Optional.empty(), HrSummary.of(empty, 2023).excellentShare());
		assertEquals(6, HrSummary.of(empty, 2023).talents().size());
		assertEquals(0, HrSummary.of(empty, 2023).talents().get(TalentCategory.YOUNG));
	}
}
