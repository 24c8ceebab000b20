package org.jixiao.module.businessenv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;
import org.jixiao.module.businessenv.ledger.EnterpriseVisit;
import org.jixiao.module.businessenv.ledger.EventKind;

/**
 * What the 营商环境 ledgers say of one fiscal year at a glance, for the module's page: the enterprise
 * requests received, closed and satisfied, and which are still open; the visits to “四上” enterprises
 * and key projects; the events held by kind. Only entries whose date lies in the year count, as in the
 * module's feeds.
 *
 * @param received the requests received in the year
 * @param closed how many of them are closed
 * @param satisfied how many of them left the enterprise satisfied
 * @param open the requests received in the year that are not closed, in ledger order
 * @param visits the visits of the year
 * @param fourAbove how many of them were to “四上” enterprises
 * @param keyProjects how many of them were to key projects
 * @param events the events held in the year, by kind, every kind in order
 */
public record BusinessEnvSummary(int received, int closed, int satisfied, List<EnterpriseRequest> open, int visits, int fourAbove,
		int keyProjects, Map<EventKind, Integer> events) {

	/** Copies the list and the map. */
	public BusinessEnvSummary {
		open = List.copyOf(open);
		events = Map.copyOf(events);
	}

	/** @return the closed requests as a percentage of those received, to one decimal; empty when none was received */
	public Optional<BigDecimal> closureRate() {
		return percentage(closed, received);
	}

	/** @return the satisfied requests as a percentage of those closed, to one decimal; empty when none is closed */
	public Optional<BigDecimal> satisfactionRate() {
		return percentage(satisfied, closed);
	}

	/**
	 * @param data the module's data in an evaluation
	 * @param fiscalYear the evaluation's fiscal year
	 * @return the summary of that year
	 */
	public static BusinessEnvSummary of(BusinessEnvData data, int fiscalYear) {
		List<EnterpriseRequest> requests = data.getRequests().stream().filter(r -> inYear(r.getReceivedOn(), fiscalYear)).toList();
		List<EnterpriseVisit> visits = data.getVisits().stream().filter(v -> inYear(v.getVisitedOn(), fiscalYear)).toList();
		Map<EventKind, Integer> events = new EnumMap<>(EventKind.class);
		EventKind.VALUES.forEach(kind -> events.put(kind, 0));
		data.getEvents().stream().filter(e -> inYear(e.getHeldOn(), fiscalYear)).forEach(e -> events.merge(e.getKind(), 1, Integer::sum));
		return new BusinessEnvSummary(requests.size(), (int) requests.stream().filter(EnterpriseRequest::isClosed).count(),
				(int) requests.stream().filter(EnterpriseRequest::isSatisfied).count(),
				requests.stream().filter(r -> !r.isClosed()).toList(), visits.size(),
				(int) visits.stream().filter(EnterpriseVisit::isFourAbove).count(),
				(int) visits.stream().filter(EnterpriseVisit::isKeyProject).count(), events);
	}

	private static Optional<BigDecimal> percentage(int part, int whole) {
		return whole == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
	}

	private static boolean inYear(Date date, int year) {
		return date != null && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == year;
	}
}
