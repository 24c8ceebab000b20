package org.jixiao.module.partybuilding;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.MeetingKind;
import org.jixiao.module.partybuilding.ledger.MemberDevelopment;
import org.jixiao.module.partybuilding.ledger.MemberStage;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;

/**
 * What the Party Building ledgers say at a glance, for the module's page: the member development
 * pipeline by stage, the year's meetings by kind and the instructors' subsidies.
 *
 * @param stages the number of people at each stage, every stage in order
 * @param meetings the number of meetings of the fiscal year of each kind, every kind in order
 * @param instructors the number of instructors on the roster
 * @param paid the number whose subsidy was paid
 * @param subsidies the subsidies paid, in yuan
 * @param unpaid the instructors whose subsidy was not paid, in roster order
 */
public record PartyBuildingSummary(Map<MemberStage, Integer> stages, Map<MeetingKind, Integer> meetings, int instructors, int paid,
		BigDecimal subsidies, List<Instructor> unpaid) {

	/** Copies the maps and the list. */
	public PartyBuildingSummary {
		stages = Map.copyOf(stages);
		meetings = Map.copyOf(meetings);
		unpaid = List.copyOf(unpaid);
	}

	/**
	 * @param data the module's data in an evaluation
	 * @param fiscalYear the evaluation's fiscal year, which the meetings counted lie in
	 * @return the summary
	 */
	public static PartyBuildingSummary of(PartyBuildingData data, int fiscalYear) {
		Map<MemberStage, Integer> stages = new EnumMap<>(MemberStage.class);
		MemberStage.VALUES.forEach(stage -> stages.put(stage, 0));
		for (MemberDevelopment member : data.getMembers()) {
			stages.merge(member.getStage(), 1, Integer::sum);
		}
		Map<MeetingKind, Integer> meetings = new EnumMap<>(MeetingKind.class);
		MeetingKind.VALUES.forEach(kind -> meetings.put(kind, 0));
		data.getMeetings().stream().filter(m -> inYear(m.getDate(), fiscalYear)).forEach(m -> meetings.merge(m.getKind(), 1, Integer::sum));
		List<Instructor> paid = data.getInstructors().stream().filter(Instructor::isSubsidyPaid).toList();
		BigDecimal subsidies = paid.stream().map(Instructor::getSubsidy).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new PartyBuildingSummary(stages, meetings, data.getInstructors().size(), paid.size(), subsidies,
				data.getInstructors().stream().filter(i -> !i.isSubsidyPaid()).toList());
	}

	private static boolean inYear(Date date, int year) {
		return date != null && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == year;
	}
}
