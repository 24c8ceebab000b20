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
import org.jixiao.module.socialinsurance.SocialInsuranceSummary;
import org.jixiao.module.socialinsurance.ledger.ArrearsSource;
import org.jixiao.module.socialinsurance.ledger.InsuranceType;
import org.jixiao.module.socialinsurance.ledger.JobPost;
import org.jixiao.module.socialinsurance.ledger.PostKind;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceFactory;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;
import org.jixiao.module.socialinsurance.ledger.TrainingClass;
import org.jixiao.module.socialinsurance.ledger.TrainingKind;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 人社 module's ledgers (欠薪案件线索, 参保增员, 见习和公益性岗位, 技能培训): its data class and
 * feeds are read, the reference sample's ledgers give the report's figures, and entries change them.
 */
class SocialInsuranceLedgerTest {

	private static final String CLOSURE = "欠薪投诉案件线索办结率";
	private static final String CASES = "受理欠薪投诉案件线索";
	private static final String TRAINEE_POSTS = "开发青年见习岗位";
	private static final String WELFARE_POSTS = "开发公益性岗位";
	private static final String TRAINING = "补贴性技能培训";
	private static final String CHEFS = "培训新徽菜名徽厨";
	private static final String MIGRANTS = "农民工技能培训";
	private static final String INJURY = "企业工伤保险增员";

	private Evaluation sample;
	private SocialInsuranceData data;

	@BeforeEach
	void loadSample() throws Exception {
		sample = EvaluationResources.referenceSample();
		data = (SocialInsuranceData) ModuleLedgers.find(sample, "socialinsurance").orElseThrow();
	}

	@Test
	void theRegistryReadsTheDataClassTheLedgersTheirLabelsAndTheFeeds() {
		IndicatorModule module = ModuleRegistry.getDefault().module("socialinsurance").orElseThrow();
		assertEquals(SocialInsurancePackage.Literals.SOCIAL_INSURANCE_DATA, module.dataClass().orElseThrow());
		assertEquals(List.of("arrearsCases", "insuredIncreases", "posts", "trainings"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> r.getName()).toList());
		assertEquals(List.of("欠薪案件线索", "参保增员", "见习和公益性岗位", "技能培训"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> ModuleLedgers.label(r, Locale.CHINA)).toList());
		assertEquals(List.of("Wage arrears cases", "Insured-person increases", "Trainee and public-welfare posts", "Skills training"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> ModuleLedgers.label(r, Locale.ENGLISH)).toList());
		assertEquals("未办结原因", ModuleLedgers.label(SocialInsurancePackage.Literals.WAGE_ARREARS_CASE__PENDING_REASON, Locale.CHINA));
		assertEquals("国务院欠薪线索平台", ModuleLedgers.label(SocialInsurancePackage.Literals.ARREARS_SOURCE.getEEnumLiteral("PLATFORM"), Locale.CHINA));
		assertEquals("12345 hotline", ModuleLedgers.label(SocialInsurancePackage.Literals.ARREARS_SOURCE.getEEnumLiteral("HOTLINE"), Locale.ENGLISH));
		EcoreUtil.getAllContents(SocialInsurancePackage.eINSTANCE.getEClassifiers(), true).forEachRemaining(element -> {
			if (element instanceof ENamedElement named) {
				assertTrue(named.getEAnnotation(ModuleLedgers.LABELS) != null, named.getName() + " has labels");
			}
		});

		Map<String, LedgerFeed> feeds = module.templates().stream().filter(t -> t.feed().isPresent())
				.collect(Collectors.toMap(IndicatorTemplate::name, t -> t.feed().get()));
		assertEquals(Set.of(CLOSURE, CASES, TRAINEE_POSTS, WELFARE_POSTS, TRAINING, CHEFS, MIGRANTS, INJURY), feeds.keySet());
		assertEquals(LedgerFeed.Measure.RATIO, feeds.get(CLOSURE).measure());
		assertEquals(Map.of("closed", List.of("true")), feeds.get(CLOSURE).where());
		assertEquals("pendingReason", feeds.get(CLOSURE).reasons().orElseThrow());
		assertEquals(Map.of("source", List.of("国务院欠薪线索平台")), feeds.get(CASES).among());
		assertEquals(LedgerFeed.Measure.SUM, feeds.get(TRAINEE_POSTS).measure());
		assertEquals("positions", feeds.get(TRAINEE_POSTS).field().orElseThrow());
		assertEquals("migrantWorkers", feeds.get(MIGRANTS).field().orElseThrow());
	}

	@Test
	void theSampleLedgersGiveTheReportsFiguresAndTheSampleStillScores99Point30() throws Exception {
		assertEquals(185, data.getArrearsCases().size());
		assertEquals(72, data.getInsuredIncreases().size());
		assertEquals(34, data.getPosts().size());
		assertEquals(30, data.getTrainings().size());

		assertEquals("100%", result(CLOSURE).actualText());
		assertEquals("From the ledger: 100% (受理185件，办结185件)", result(CLOSURE).explanation());
		assertEquals("165个", result(TRAINEE_POSTS).actualText());
		assertEquals("From the ledger: 165个 (岗位台账14条)", result(TRAINEE_POSTS).explanation());
		assertEquals("300个", result(WELFARE_POSTS).actualText());
		assertEquals("1400人", result(TRAINING).actualText());
		assertEquals("From the ledger: 1400人 (28期培训班)", result(TRAINING).explanation());
		assertEquals("60人", result(CHEFS).actualText());
		for (String name : List.of(CLOSURE, TRAINEE_POSTS, WELFARE_POSTS, TRAINING, CHEFS)) {
			assertEquals(indicator(name).getActualText(), result(name).actualText(), name);
			assertTrue(result(name).draftReason().isEmpty(), name);
		}
		assertTrue(LedgerFeeds.getDefault().changes(sample).stream()
				.noneMatch(c -> "socialinsurance".equals(c.indicator().getModuleId())), "the sample agrees with its ledgers");

		// the report's other figures, for the templates the sample does not use
		assertEquals("185件", result(added(CASES)).actualText());
		assertEquals("899人", result(added(MIGRANTS)).actualText());
		assertEquals("1043人", result(added(INJURY)).actualText());
		assertEquals("From the ledger: 1043人 (增员登记24笔)", result(indicator(INJURY)).explanation());

		sample = EvaluationResources.referenceSample();
		LedgerFeeds.getDefault().apply(sample);
		assertEquals(new BigDecimal("99.30"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(sample).total());
	}

	@Test
	void addingAndRemovingEntriesChangesTheComputedValues() {
		WageArrearsCase open = arrearsCase(ArrearsSource.PLATFORM, date(2023, 12, 20), false);
		data.getArrearsCases().add(open);
		assertEquals("99.46%", result(CLOSURE).actualText());
		assertEquals("From the ledger: 99.46% (受理186件，办结185件)", result(CLOSURE).explanation());
		assertEquals("186件", result(added(CASES)).actualText());
		open.setClosed(true);
		assertEquals("100%", result(CLOSURE).actualText());
		data.getArrearsCases().add(arrearsCase(ArrearsSource.HOTLINE, date(2023, 6, 1), true));
		assertEquals("186件", result(indicator(CASES)).actualText(), "a 12345 case is no case of the platform");
		assertEquals("From the ledger: 100% (受理187件，办结187件)", result(CLOSURE).explanation(), "but it counts in the closure rate");
		data.getArrearsCases().add(arrearsCase(ArrearsSource.PLATFORM, date(2022, 12, 30), false));
		assertEquals("100%", result(CLOSURE).actualText(), "a case received in 2022 counts in 2022");

		JobPost post = data.getPosts().stream().filter(p -> p.getKind() == PostKind.TRAINEE).findFirst().orElseThrow();
		data.getPosts().remove(post);
		assertEquals((165 - post.getPositions()) + "个", result(TRAINEE_POSTS).actualText());
		assertEquals("300个", result(WELFARE_POSTS).actualText());
		post.setKind(PostKind.PUBLIC_WELFARE);
		data.getPosts().add(post);
		assertEquals((300 + post.getPositions()) + "个", result(WELFARE_POSTS).actualText());

		TrainingClass chefs = SocialInsuranceFactory.eINSTANCE.createTrainingClass();
		chefs.setTitle("新徽菜名徽厨培训班（第3期）");
		chefs.setKind(TrainingKind.HUI_CHEF);
		chefs.setStartedOn(date(2023, 11, 6));
		chefs.setTrainees(25);
		chefs.setMigrantWorkers(4);
		data.getTrainings().add(chefs);
		assertEquals("85人", result(CHEFS).actualText());
		assertEquals("1400人", result(TRAINING).actualText());
		assertEquals("903人", result(added(MIGRANTS)).actualText());
		chefs.setStartedOn(date(2024, 1, 8));
		assertEquals("60人", result(CHEFS).actualText(), "a class starting in 2024 counts in 2024");

		data.getPosts().removeIf(p -> p.getKind() == PostKind.TRAINEE);
		assertTrue(feed(indicator(TRAINEE_POSTS)).isEmpty(), "without trainee posts the officer's 165个 is not overwritten");
	}

	@Test
	void theOpenCasesReasonsDraftTheDeviationExplanation() {
		WageArrearsCase fled = arrearsCase(ArrearsSource.PLATFORM, date(2023, 11, 2), false);
		fled.setPendingReason("企业负责人失联，已移送公安机关");
		WageArrearsCase court = arrearsCase(ArrearsSource.HOTLINE, date(2023, 12, 4), false);
		court.setPendingReason("企业负责人失联，已移送公安机关");
		WageArrearsCase silent = arrearsCase(ArrearsSource.PLATFORM, date(2023, 12, 26), false);
		data.getArrearsCases().addAll(List.of(fled, court, silent));
		assertEquals("According to the ledger, 3 entries did not count: 企业负责人失联，已移送公安机关 (2 entries); no reason recorded (1 entries).",
				result(CLOSURE).draftReason().orElseThrow(), "a rate's draft counts the cases, not percent");

		Indicator indicator = indicator(CLOSURE);
		LedgerFeeds.getDefault().apply(sample);
		assertEquals("98.4%", indicator.getActualText(), "185 of 188");
		assertEquals(result(CLOSURE).draftReason().get(), indicator.getDeviationReason());
		indicator.setDeviationReason("三件线索年底前未办结，已纳入2024年重点督办。");
		silent.setPendingReason("12月26日受理，正在核查");
		LedgerFeeds.getDefault().apply(sample);
		assertEquals("三件线索年底前未办结，已纳入2024年重点督办。", indicator.getDeviationReason(), "an explanation the officer wrote is kept");
	}

	@Test
	void theSummaryCountsTheYearsCasesInsuredPostsAndTraining() {
		SocialInsuranceSummary summary = SocialInsuranceSummary.of(data, 2023);
		assertEquals(Map.of(ArrearsSource.PLATFORM, 185, ArrearsSource.HOTLINE, 0), summary.cases());
		assertEquals(185, summary.received());
		assertEquals(185, summary.closed());
		assertEquals(List.of(), summary.open());
		assertEquals(Map.of(InsuranceType.PENSION, 926, InsuranceType.INJURY, 1043, InsuranceType.UNEMPLOYMENT, 1018), summary.insured());
		assertEquals(Map.of(PostKind.TRAINEE, 165, PostKind.PUBLIC_WELFARE, 300), summary.posts());
		assertEquals(Map.of(TrainingKind.SUBSIDIZED, 1400, TrainingKind.HUI_CHEF, 60), summary.trained());
		assertEquals(30, summary.classes());
		assertEquals(899, summary.migrantWorkers());

		WageArrearsCase open = arrearsCase(ArrearsSource.HOTLINE, date(2023, 12, 27), false);
		data.getArrearsCases().add(open);
		data.getArrearsCases().add(arrearsCase(ArrearsSource.HOTLINE, date(2024, 1, 3), false));
		summary = SocialInsuranceSummary.of(data, 2023);
		assertEquals(186, summary.received());
		assertEquals(List.of(open), summary.open());
		assertEquals(1, SocialInsuranceSummary.of(data, 2024).received());
		assertEquals(0, SocialInsuranceSummary.of(data, 2024).posts().get(PostKind.TRAINEE));

		SocialInsuranceSummary empty = SocialInsuranceSummary.of(SocialInsuranceFactory.eINSTANCE.createSocialInsuranceData(), 2023);
		assertEquals(3, empty.insured().size(), "every insurance, even at 0");
		assertEquals(0, empty.received());
	}

	@Test
	void theModuleDataRoundTripsThroughItsXmiDocument() {
		data.getArrearsCases().add(arrearsCase(ArrearsSource.HOTLINE, date(2023, 7, 14), false));
		String xmi = ModuleDataDocuments.write(data);
		assertTrue(xmi.contains("source=\"12345\""), "enum literals are written as people read them");
		assertEquals("http://jixiao.org/module/socialinsurance/1.0", ModuleDataDocuments.nsURI(data));
		ModuleData read = ModuleDataDocuments.read("socialinsurance", ModuleDataDocuments.nsURI(data), xmi);
		assertTrue(read instanceof SocialInsuranceData, read.eClass().getName());
		assertNotSame(data, read);
		assertTrue(EcoreUtil.equals(data, read), "read back equal, uids included");
		assertTrue(((SocialInsuranceData) read).getTrainings().stream().allMatch(t -> t.getUid() != null && !t.getUid().isBlank()));
		assertEquals(xmi, ModuleDataDocuments.write(read), "written again unchanged");
	}

	private static WageArrearsCase arrearsCase(ArrearsSource source, Date received, boolean closed) {
		WageArrearsCase c = SocialInsuranceFactory.eINSTANCE.createWageArrearsCase();
		c.setCaseNumber("T" + received.getTime());
		c.setSource(source);
		c.setEnterprise("安徽某某建筑劳务有限公司");
		c.setWorkers(3);
		c.setReceivedOn(received);
		c.setClosed(closed);
		return c;
	}

	/** Adds an indicator of the module's template that the sample does not use, with the template's target. */
	private Indicator added(String name) {
		IndicatorTemplate template = ModuleRegistry.getDefault().module("socialinsurance").orElseThrow().template(name).orElseThrow();
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName(name);
		indicator.setModuleId("socialinsurance");
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
