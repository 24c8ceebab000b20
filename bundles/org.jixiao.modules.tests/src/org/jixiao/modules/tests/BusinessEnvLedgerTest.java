package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.LedgerFeed;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.businessenv.BusinessEnvSummary;
import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.BusinessEnvFactory;
import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseEvent;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;
import org.jixiao.module.businessenv.ledger.EnterpriseVisit;
import org.jixiao.module.businessenv.ledger.EventKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 营商环境 module's ledgers (为企服务平台收办问题, 包保走访, 座谈会和现场办公): its data class and
 * feeds are read, the reference sample's ledgers give the report's figures, and entries change them.
 */
class BusinessEnvLedgerTest {

	private static final String CLOSURE = "为企服务平台收办问题办结率";
	private static final String REQUESTS = "为企服务平台收办问题";
	private static final String FOUR_ABOVE = "按季包保走访“四上”企业";
	private static final String KEY_PROJECTS = "按季包保走访重点项目";
	private static final String FORUMS = "举办各类企业座谈会";
	private static final String ONSITE = "承办现场集中办公活动";

	private Evaluation sample;
	private BusinessEnvData data;

	@BeforeEach
	void loadSample() throws Exception {
		sample = EvaluationResources.referenceSample();
		data = (BusinessEnvData) ModuleLedgers.find(sample, "businessenv").orElseThrow();
	}

	@Test
	void theRegistryReadsTheDataClassTheLedgersTheirLabelsAndTheFeeds() {
		IndicatorModule module = ModuleRegistry.getDefault().module("businessenv").orElseThrow();
		assertEquals(BusinessEnvPackage.Literals.BUSINESS_ENV_DATA, module.dataClass().orElseThrow());
		assertEquals(List.of("requests", "visits", "events"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> r.getName()).toList());
		assertEquals(List.of("为企服务平台收办问题", "包保走访", "座谈会和现场办公"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> ModuleLedgers.label(r, Locale.CHINA)).toList());
		assertEquals(List.of("Enterprise requests", "Enterprise visits", "Forums and on-site office"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> ModuleLedgers.label(r, Locale.ENGLISH)).toList());
		assertEquals("“四上”企业", ModuleLedgers.label(BusinessEnvPackage.Literals.ENTERPRISE_VISIT__FOUR_ABOVE, Locale.CHINA));
		assertEquals("On-site office event", ModuleLedgers.label(BusinessEnvPackage.Literals.EVENT_KIND.getEEnumLiteral("ONSITE_OFFICE"), Locale.ENGLISH));
		EcoreUtil.getAllContents(BusinessEnvPackage.eINSTANCE.getEClassifiers(), true).forEachRemaining(element -> {
			if (element instanceof ENamedElement named) {
				assertTrue(named.getEAnnotation(ModuleLedgers.LABELS) != null, named.getName() + " has labels");
			}
		});

		Map<String, LedgerFeed> feeds = module.templates().stream().filter(t -> t.feed().isPresent())
				.collect(Collectors.toMap(IndicatorTemplate::name, t -> t.feed().get()));
		assertEquals(Set.of(CLOSURE, REQUESTS, FOUR_ABOVE, KEY_PROJECTS, FORUMS, ONSITE), feeds.keySet());
		assertEquals(LedgerFeed.Measure.RATIO, feeds.get(CLOSURE).measure());
		assertEquals("pendingReason", feeds.get(CLOSURE).reasons().orElseThrow());
		assertEquals(Map.of("fourAbove", List.of("true")), feeds.get(FOUR_ABOVE).among());
		assertEquals(Map.of("kind", List.of("企业座谈会")), feeds.get(FORUMS).among());
		assertEquals("heldOn", feeds.get(ONSITE).inYear().orElseThrow());
	}

	@Test
	void theSampleLedgersGiveTheReportsFiguresAndTheSampleStillScores99Point30() throws Exception {
		assertEquals(772, data.getRequests().size());
		assertEquals(142, data.getVisits().size());
		assertEquals(1, data.getEvents().size());

		assertEquals("100%", result(CLOSURE).actualText());
		assertEquals("From the ledger: 100% (收办问题772条，已办结772条)", result(CLOSURE).explanation());
		assertEquals("114户", result(FOUR_ABOVE).actualText());
		assertEquals("From the ledger: 114户", result(FOUR_ABOVE).explanation());
		for (String name : List.of(CLOSURE, FOUR_ABOVE)) {
			assertEquals(indicator(name).getActualText(), result(name).actualText(), name);
		}
		assertTrue(feed(indicator(FORUMS)).isEmpty(), "the forums are not itemized: 20余场 stands");
		assertTrue(LedgerFeeds.getDefault().changes(sample).stream()
				.noneMatch(c -> "businessenv".equals(c.indicator().getModuleId())), "the sample agrees with its ledgers");

		// the report's other figures, for the templates the sample does not use
		assertEquals("772条", result(added(REQUESTS)).actualText());
		assertEquals("28个", result(added(KEY_PROJECTS)).actualText());
		assertEquals("1场次", result(added(ONSITE)).actualText());

		sample = EvaluationResources.referenceSample();
		LedgerFeeds.getDefault().apply(sample);
		assertEquals("20余场", indicator(FORUMS).getActualText());
		assertEquals(new BigDecimal("99.30"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(sample).total());
	}

	@Test
	void addingAndRemovingEntriesChangesTheComputedValues() {
		EnterpriseRequest open = request(date(2023, 12, 22), false);
		data.getRequests().add(open);
		assertEquals("99.87%", result(CLOSURE).actualText());
		assertEquals("773条", result(added(REQUESTS)).actualText());
		data.getRequests().remove(open);
		data.getRequests().add(request(date(2022, 12, 29), false));
		assertEquals("100%", result(CLOSURE).actualText(), "a request received in 2022 counts in 2022");
		assertEquals("772条", result(indicator(REQUESTS)).actualText());

		EnterpriseVisit visit = data.getVisits().stream().filter(EnterpriseVisit::isFourAbove).findFirst().orElseThrow();
		data.getVisits().remove(visit);
		assertEquals("113户", result(FOUR_ABOVE).actualText());
		visit.setKeyProject(true);
		visit.setProject("智能制造产业园项目");
		data.getVisits().add(visit);
		assertEquals("114户", result(FOUR_ABOVE).actualText());
		assertEquals("29个", result(added(KEY_PROJECTS)).actualText(), "a “四上” enterprise's key project counts as both");

		EnterpriseEvent forum = BusinessEnvFactory.eINSTANCE.createEnterpriseEvent();
		forum.setTitle("重点企业用工需求座谈会");
		forum.setKind(EventKind.FORUM);
		forum.setHeldOn(date(2023, 3, 16));
		forum.setEnterprises(12);
		data.getEvents().add(forum);
		assertEquals("1场", result(FORUMS).actualText(), "once forums are itemized, the ledger counts them");
		forum.setHeldOn(date(2024, 3, 16));
		assertTrue(feed(indicator(FORUMS)).isEmpty());
	}

	@Test
	void theOpenRequestsReasonsDraftTheDeviationExplanation() {
		EnterpriseRequest land = request(date(2023, 12, 5), false);
		land.setPendingReason("涉及土地规划调整，需报市级审批");
		EnterpriseRequest silent = request(date(2023, 12, 27), false);
		data.getRequests().addAll(List.of(land, silent));
		assertEquals("According to the ledger, 2 entries did not count: 涉及土地规划调整，需报市级审批 (1 entries); no reason recorded (1 entries).",
				result(CLOSURE).draftReason().orElseThrow());
		LedgerFeeds.getDefault().apply(sample);
		assertEquals("99.74%", indicator(CLOSURE).getActualText(), "772 of 774");
		assertEquals(result(CLOSURE).draftReason().get(), indicator(CLOSURE).getDeviationReason());
	}

	@Test
	void theSummaryCountsTheYearsRequestsVisitsAndEvents() {
		BusinessEnvSummary summary = BusinessEnvSummary.of(data, 2023);
		assertEquals(772, summary.received());
		assertEquals(772, summary.closed());
		assertEquals(753, summary.satisfied());
		assertEquals(Optional.of(new BigDecimal("100.0")), summary.closureRate());
		assertEquals(Optional.of(new BigDecimal("97.5")), summary.satisfactionRate(), "753 of 772");
		assertEquals(List.of(), summary.open());
		assertEquals(142, summary.visits());
		assertEquals(114, summary.fourAbove());
		assertEquals(28, summary.keyProjects());
		assertEquals(Map.of(EventKind.FORUM, 0, EventKind.ONSITE_OFFICE, 1), summary.events());

		EnterpriseRequest open = request(date(2023, 12, 28), false);
		data.getRequests().add(open);
		summary = BusinessEnvSummary.of(data, 2023);
		assertEquals(List.of(open), summary.open());
		assertEquals(Optional.of(new BigDecimal("99.9")), summary.closureRate());
		assertEquals(0, BusinessEnvSummary.of(data, 2024).received());

		BusinessEnvSummary empty = BusinessEnvSummary.of(BusinessEnvFactory.eINSTANCE.createBusinessEnvData(), 2023);
		assertEquals(Optional.empty(), empty.closureRate());
		assertEquals(Optional.empty(), empty.satisfactionRate());
		assertEquals(2, empty.events().size(), "every kind, even at 0");
	}

	@Test
	void theModuleDataRoundTripsThroughItsXmiDocument() {
		String xmi = ModuleDataDocuments.write(data);
		assertTrue(xmi.contains("kind=\"现场集中办公活动\""), "enum literals are written as people read them");
		assertEquals("http://jixiao.org/module/businessenv/1.0", ModuleDataDocuments.nsURI(data));
		ModuleData read = ModuleDataDocuments.read("businessenv", ModuleDataDocuments.nsURI(data), xmi);
		assertTrue(read instanceof BusinessEnvData, read.eClass().getName());
		assertNotSame(data, read);
		assertTrue(EcoreUtil.equals(data, read), "read back equal, uids included");
		assertTrue(((BusinessEnvData) read).getRequests().stream().allMatch(r -> r.getUid() != null && !r.getUid().isBlank()));
		assertEquals(xmi, ModuleDataDocuments.write(read), "written again unchanged");
	}

	private static EnterpriseRequest request(Date received, boolean closed) {
		EnterpriseRequest request = BusinessEnvFactory.eINSTANCE.createEnterpriseRequest();
		request.setEnterprise("安徽某某智能装备有限公司");
		request.setSummary("用电增容申请");
		request.setReceivedOn(received);
		request.setClosed(closed);
		return request;
	}

	/** Adds an indicator of the module's template that the sample does not use, with the template's target. */
	private Indicator added(String name) {
		IndicatorTemplate template = ModuleRegistry.getDefault().module("businessenv").orElseThrow().template(name).orElseThrow();
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName(name);
		indicator.setModuleId("businessenv");
		indicator.setTargetText(template.target());
		sample.getCategories().get(0).getSubcategories().get(0).getIndicators().add(indicator);
		return indicator;
	}

	private Optional<FeedResult> feed(Indicator indicator) {
		return LedgerFeeds.getDefault().compute(indicator);
	}

	private FeedResult result(Indicator indicator) {
		return feed(indicator).orElseThrow(() -> new AssertionError(indicator.getName() + " is not fed"));
	}

	private FeedResult result(String name) {
		return result(indicator(name));
	}

	private Indicator indicator(String name) {
		return sample.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> i.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no indicator " + name));
	}

	private static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
