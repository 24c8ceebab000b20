package org.jixiao.module.socialinsurance;

import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.module.socialinsurance.ledger.ArrearsSource;
import org.jixiao.module.socialinsurance.ledger.InsuranceType;
import org.jixiao.module.socialinsurance.ledger.InsuredIncrease;
import org.jixiao.module.socialinsurance.ledger.JobPost;
import org.jixiao.module.socialinsurance.ledger.PostKind;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.TrainingClass;
import org.jixiao.module.socialinsurance.ledger.TrainingKind;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;

/**
 * What the 人社 ledgers say of one fiscal year at a glance, for the module's page: the wage arrears
 * cases received by source, how many are closed and which are still open; the insured persons added
 * by insurance; the posts developed by kind; the people trained by kind, of whom migrant workers.
 * Only entries whose date lies in the year count, as in the module's feeds.
 *
 * @param cases the wage arrears cases received in the year, by source, every source in order
 * @param closed how many of them are closed
 * @param open the cases received in the year that are not closed, in ledger order
 * @param insured the persons added in the year, by insurance, every insurance in order
 * @param posts the positions developed in the year, by kind, every kind in order
 * @param trained the trainees of the classes started in the year, by kind, every kind in order
 * @param classes the number of those classes
 * @param migrantWorkers the migrant workers among their trainees
 */
public record SocialInsuranceSummary(Map<ArrearsSource, Integer> cases, int closed, List<WageArrearsCase> open,
		Map<InsuranceType, Integer> insured, Map<PostKind, Integer> posts, Map<TrainingKind, Integer> trained, int classes,
		int migrantWorkers) {

	/** Copies the maps and the list. */
	public SocialInsuranceSummary {
		cases = Map.copyOf(cases);
		open = List.copyOf(open);
		insured = Map.copyOf(insured);
		posts = Map.copyOf(posts);
		trained = Map.copyOf(trained);
	}

	/** @return the number of wage arrears cases received in the year */
	public int received() {
		return cases.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param data the module's data in an evaluation
	 * @param fiscalYear the evaluation's fiscal year
	 * @return the summary of that year
	 */
	public static SocialInsuranceSummary of(SocialInsuranceData data, int fiscalYear) {
		Map<ArrearsSource, Integer> cases = zeros(ArrearsSource.class, ArrearsSource.VALUES);
		List<WageArrearsCase> received = data.getArrearsCases().stream().filter(c -> inYear(c.getReceivedOn(), fiscalYear)).toList();
		received.forEach(c -> cases.merge(c.getSource(), 1, Integer::sum));
		int closed = (int) received.stream().filter(WageArrearsCase::isClosed).count();

		Map<InsuranceType, Integer> insured = zeros(InsuranceType.class, InsuranceType.VALUES);
		for (InsuredIncrease increase : data.getInsuredIncreases()) {
			if (inYear(increase.getRegisteredOn(), fiscalYear)) {
				insured.merge(increase.getInsurance(), increase.getPersons(), Integer::sum);
			}
		}
		Map<PostKind, Integer> posts = zeros(PostKind.class, PostKind.VALUES);
		for (JobPost post : data.getPosts()) {
			if (inYear(post.getDevelopedOn(), fiscalYear)) {
				posts.merge(post.getKind(), post.getPositions(), Integer::sum);
			}
		}
		Map<TrainingKind, Integer> trained = zeros(TrainingKind.class, TrainingKind.VALUES);
		List<TrainingClass> classes = data.getTrainings().stream().filter(t -> inYear(t.getStartedOn(), fiscalYear)).toList();
		classes.forEach(t -> trained.merge(t.getKind(), t.getTrainees(), Integer::sum));
		int migrantWorkers = classes.stream().mapToInt(TrainingClass::getMigrantWorkers).sum();
		return new SocialInsuranceSummary(cases, closed, received.stream().filter(c -> !c.isClosed()).toList(), insured, posts, trained,
				classes.size(), migrantWorkers);
	}

	private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type, List<E> values) {
		Map<E, Integer> zeros = new EnumMap<>(type);
		values.forEach(value -> zeros.put(value, 0));
		return zeros;
	}

	private static boolean inYear(Date date, int year) {
		return date != null && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == year;
	}
}
