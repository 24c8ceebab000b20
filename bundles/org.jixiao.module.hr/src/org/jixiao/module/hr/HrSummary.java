package org.jixiao.module.hr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jixiao.module.hr.ledger.Appraisal;
import org.jixiao.module.hr.ledger.AppraisalGrade;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.Recruit;
import org.jixiao.module.hr.ledger.TalentCategory;

/**
 * What the HR and Talent ledgers say at a glance, for the module's page: recruits by when they
 * started, the talent pool by category and the annual appraisal by grade.
 *
 * @param hired the recruits who started work in the fiscal year
 * @param pending the recruits with no start date yet
 * @param otherYears the recruits who started in another year
 * @param talents the number of talents of each category, every category in order
 * @param grades the number of staff of each grade, every grade in order
 * @param excellentShare the share of 优秀 among the graded staff, in percent with one decimal, when any were graded
 */
public record HrSummary(int hired, int pending, int otherYears, Map<TalentCategory, Integer> talents, Map<AppraisalGrade, Integer> grades,
		Optional<BigDecimal> excellentShare) {

	/** Copies the maps. */
	public HrSummary {
		talents = Map.copyOf(talents);
		grades = Map.copyOf(grades);
	}

	/**
	 * @param data the module's data in an evaluation
	 * @param fiscalYear the evaluation's fiscal year
	 * @return the summary
	 */
	public static HrSummary of(HrData data, int fiscalYear) {
		int hired = 0;
		int pending = 0;
		for (Recruit recruit : data.getRecruits()) {
			Date start = recruit.getHired();
			if (start == null) {
				pending++;
			} else if (start.toInstant().atZone(ZoneId.systemDefault()).getYear() == fiscalYear) {
				hired++;
			}
		}
		Map<TalentCategory, Integer> talents = new EnumMap<>(TalentCategory.class);
		TalentCategory.VALUES.forEach(category -> talents.put(category, 0));
		data.getTalents().forEach(talent -> talents.merge(talent.getCategory(), 1, Integer::sum));
		Map<AppraisalGrade, Integer> grades = new EnumMap<>(AppraisalGrade.class);
		AppraisalGrade.VALUES.forEach(grade -> grades.put(grade, 0));
		data.getAppraisals().stream().map(Appraisal::getGrade).forEach(grade -> grades.merge(grade, 1, Integer::sum));
		int graded = data.getAppraisals().size() - grades.get(AppraisalGrade.UNGRADED);
		Optional<BigDecimal> share = graded == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(grades.get(AppraisalGrade.EXCELLENT) * 100L).divide(BigDecimal.valueOf(graded), 1,
						RoundingMode.HALF_UP));
		return new HrSummary(hired, pending, data.getRecruits().size() - hired - pending, talents, grades, share);
	}
}
