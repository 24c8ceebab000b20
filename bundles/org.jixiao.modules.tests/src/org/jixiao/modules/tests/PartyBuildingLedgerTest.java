package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.RegistryFactory;
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
import org.jixiao.core.modules.SkippedModule;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.LedgerWorkbooks;
import org.jixiao.interchange.LedgerWorkbooks.LedgerImport;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.Meeting;
import org.jixiao.module.partybuilding.ledger.MeetingKind;
import org.jixiao.module.partybuilding.ledger.MemberDevelopment;
import org.jixiao.module.partybuilding.ledger.MemberStage;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingFactory;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The Party Building module's ledgers (党员发展, 会议学习, 非公党建工作指导员): its data class and feeds
 * are read, the reference sample's ledgers give the report's figures, and entries change them.
 */
class PartyBuildingLedgerTest {

	private static final String THEORY = "学理论、悟思想（党工委会议、中心组学习等）";
	private static final String DEVELOPED = "发展党员";
	private static final String SUBSIDIES = "非公党建工作指导员补助发放";

	@TempDir
	Path dir;

	private Evaluation sample;
	private PartyBuildingData data;

	@BeforeEach
	void loadSample() throws Exception {
		sample = EvaluationResources.referenceSample();
		data = (PartyBuildingData) ModuleLedgers.find(sample, "partybuilding").orElseThrow();
	}

	@Test
	void theRegistryReadsTheDataClassTheLedgersTheirLabelsAndTheFeeds() {
		IndicatorModule module = ModuleRegistry.getDefault().module("partybuilding").orElseThrow();
		assertEquals(PartyBuildingPackage.Literals.PARTY_BUILDING_DATA, module.dataClass().orElseThrow());
		assertEquals(List.of("members", "meetings", "instructors"),
				ModuleLedgers.ledgers(module.dataClass().get()).stream().map(r -> r.getName()).toList());
		assertEquals(List.of("党员发展", "会议学习", "非公党建工作指导员"), ModuleLedgers.ledgers(module.dataClass().get()).stream()
				.map(r -> ModuleLedgers.label(r, Locale.CHINA)).toList());
		assertEquals("Subsidy paid", ModuleLedgers.label(PartyBuildingPackage.Literals.INSTRUCTOR__SUBSIDY_PAID, Locale.ENGLISH));
		assertEquals("入党积极分子", ModuleLedgers.label(PartyBuildingPackage.Literals.MEMBER_STAGE.getEEnumLiteral("ACTIVIST"), Locale.CHINA));
		assertEquals("Activist", ModuleLedgers.label(PartyBuildingPackage.Literals.MEMBER_STAGE.getEEnumLiteral("ACTIVIST"), Locale.ENGLISH));

		Map<String, LedgerFeed> feeds = module.templates().stream().filter(t -> t.feed().isPresent())
				.collect(Collectors.toMap(IndicatorTemplate::name, t -> t.feed().get()));
		assertEquals(java.util.Set.of(THEORY, DEVELOPED, SUBSIDIES), feeds.keySet());
		LedgerFeed subsidies = feeds.get(SUBSIDIES);
		assertEquals("instructors", subsidies.ledger());
		assertEquals(LedgerFeed.Measure.COUNT, subsidies.measure());
		assertEquals(Map.of("subsidyPaid", List.of("true")), subsidies.where());
		assertEquals("unpaidReason", subsidies.reasons().orElseThrow());
		assertEquals("admitted", feeds.get(DEVELOPED).inYear().orElseThrow());
		assertEquals(Map.of("kind", List.of("党工委会议", "中心组学习")), feeds.get(THEORY).where());
	}

	@Test
	void theSampleLedgersGiveTheReportsFiguresAndTheSampleStillScores99Point30() throws Exception {
		assertEquals(108, data.getMembers().size());
		assertEquals(47, data.getMeetings().size());
		assertEquals(30, data.getInstructors().size());

		assertEquals("23次", result(THEORY).actualText());
		assertEquals("From the ledger: 23次 (全年会议学习47次，其中党工委会议、中心组学习23次)", result(THEORY).explanation());
		assertEquals("30名", result(DEVELOPED).actualText());
		assertEquals(30, result(DEVELOPED).total(), "only the members admitted in 2023 are the base");
		FeedResult subsidies = result(SUBSIDIES);
		assertEquals("23名", subsidies.actualText());
		assertEquals(new BigDecimal("23"), subsidies.value());
		assertEquals("From the ledger: 23名 (30名中23名已发放)", subsidies.explanation());
		for (String name : List.of(THEORY, DEVELOPED, SUBSIDIES)) {
			assertEquals(indicator(name).getActualText(), result(name).actualText(), name);
		}
		assertTrue(LedgerFeeds.getDefault().changes(sample).stream()
				.noneMatch(c -> "partybuilding".equals(c.indicator().getModuleId())), "the sample agrees with its ledgers");

		LedgerFeeds.getDefault().apply(sample);
		assertEquals(new BigDecimal("99.30"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(sample).total());
	}

	@Test
	void addingAndRemovingEntriesChangesTheComputedValues() {
		Instructor paid = PartyBuildingFactory.eINSTANCE.createInstructor();
		paid.setName("钱某明");
		paid.setEnterprise("淮南某某光电有限公司");
		paid.setSubsidyPaid(true);
		paid.setSubsidy(new BigDecimal("3000.00"));
		data.getInstructors().add(paid);
		assertEquals("24名", result(SUBSIDIES).actualText());
		assertEquals("From the ledger: 24名 (31名中24名已发放)", result(SUBSIDIES).explanation());
		data.getInstructors().removeIf(i -> i.isSubsidyPaid() && i != paid);
		assertEquals("1名", result(SUBSIDIES).actualText());

		Meeting study = data.getMeetings().stream().filter(m -> m.getKind() == MeetingKind.CENTRAL_GROUP).findFirst().orElseThrow();
		data.getMeetings().remove(study);
		assertEquals("22次", result(THEORY).actualText());
		Meeting themeDay = PartyBuildingFactory.eINSTANCE.createMeeting();
		themeDay.setKind(MeetingKind.THEME_DAY);
		themeDay.setDate(date(2023, 12, 28));
		data.getMeetings().add(themeDay);
		assertEquals("22次", result(THEORY).actualText(), "a 主题党日 is no theory study");
		study.setDate(date(2022, 12, 28));
		data.getMeetings().add(study);
		assertEquals("22次", result(THEORY).actualText(), "a study of 2022 does not count in 2023");
		study.setDate(date(2023, 1, 3));
		assertEquals("23次", result(THEORY).actualText());

		MemberDevelopment member = PartyBuildingFactory.eINSTANCE.createMemberDevelopment();
		member.setName("鲁某伟");
		member.setStage(MemberStage.CANDIDATE);
		member.setCandidate(date(2023, 5, 10));
		data.getMembers().add(member);
		assertEquals("30名", result(DEVELOPED).actualText(), "a candidate is not yet developed");
		member.setStage(MemberStage.PROBATIONARY);
		member.setAdmitted(date(2023, 12, 1));
		assertEquals("31名", result(DEVELOPED).actualText());
	}

	@Test
	void theUnpaidInstructorsReasonsDraftTheDeviationExplanation() {
		FeedResult subsidies = result(SUBSIDIES);
		assertEquals("According to the ledger, 7名 did not count: 2022-2023年度考核未及时开展，补助未发放 (7名).",
				subsidies.draftReason().orElseThrow());

		Instructor other = data.getInstructors().stream().filter(i -> !i.isSubsidyPaid()).findFirst().orElseThrow();
		other.setUnpaidReason("调离指导企业，补助停发");
		Instructor silent = data.getInstructors().stream().filter(i -> !i.isSubsidyPaid() && i != other).findFirst().orElseThrow();
		silent.setUnpaidReason(null);
		assertEquals("According to the ledger, 7名 did not count: 调离指导企业，补助停发 (1名); no reason recorded (1名); "
				+ "2022-2023年度考核未及时开展，补助未发放 (5名).", result(SUBSIDIES).draftReason().orElseThrow());

		Indicator indicator = indicator(SUBSIDIES);
		String written = indicator.getDeviationReason();
		LedgerFeeds.getDefault().apply(sample);
		assertEquals(written, indicator.getDeviationReason(), "an explanation the officer wrote is kept");
		indicator.setDeviationReason("");
		LedgerFeeds.getDefault().apply(sample);
		assertEquals(result(SUBSIDIES).draftReason().get(), indicator.getDeviationReason());

		data.getInstructors().forEach(i -> i.setSubsidyPaid(true));
		assertTrue(result(SUBSIDIES).draftReason().isEmpty(), "nothing to explain when every subsidy was paid");
	}

	@Test
	void theModuleDataRoundTripsThroughItsXmiDocument() {
		String xmi = ModuleDataDocuments.write(data);
		assertTrue(xmi.contains("http://jixiao.org/module/partybuilding/1.0"), xmi.substring(0, 400));
		assertEquals("http://jixiao.org/module/partybuilding/1.0", ModuleDataDocuments.nsURI(data));
		ModuleData read = ModuleDataDocuments.read("partybuilding", ModuleDataDocuments.nsURI(data), xmi);
		assertTrue(read instanceof PartyBuildingData, read.eClass().getName());
		assertNotSame(data, read);
		assertTrue(EcoreUtil.equals(data, read), "read back equal, uids included");
		assertTrue(((PartyBuildingData) read).getMembers().stream().allMatch(m -> m.getUid() != null && !m.getUid().isBlank()));
		assertEquals(xmi, ModuleDataDocuments.write(read), "written again unchanged");
	}

	@Test
	void theLedgersRoundTripThroughTheOfficersWorkbook() throws Exception {
		Path xlsx = dir.resolve("党建台账.xlsx");
		LedgerWorkbooks.write(PartyBuildingPackage.Literals.PARTY_BUILDING_DATA, data, xlsx);
		LedgerImport read = LedgerWorkbooks.read(xlsx, PartyBuildingPackage.Literals.PARTY_BUILDING_DATA, "partybuilding");
		assertEquals(List.of(), read.problems());
		assertEquals(108 + 47 + 30, read.entries());
		PartyBuildingData back = (PartyBuildingData) read.data();
		assertEquals(ModuleLedgerRows.rows(data), ModuleLedgerRows.rows(back), "every field of every entry, in order");

		sample.getModuleData().remove(data);
		sample.getModuleData().add(back);
		assertEquals("23名", result(SUBSIDIES).actualText());
		assertEquals("30名", result(DEVELOPED).actualText());
		assertEquals("23次", result(THEORY).actualText());
	}

	@Test
	void aFeedNamingAnUnknownFieldSkipsItsModuleWithAClearMessage() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(PartyBuildingLedgerTest.class).getBundleContext();
		ModuleRegistry registry = new ModuleRegistry(RegistryFactory.getRegistry());
		Bundle bundle = context.installBundle(brokenFeedJar().toUri().toString());
		try {
			context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
			SkippedModule skipped = null;
			for (int i = 0; i < 200 && skipped == null; i++) {
				skipped = registry.skipped().stream().filter(s -> s.id().equals("broken-feed")).findFirst().orElse(null);
				Thread.sleep(50);
			}
			assertTrue(skipped != null, "the module with the broken feed is skipped: " + registry.skipped());
			assertTrue(registry.module("broken-feed").isEmpty());
			assertTrue(skipped.reason().contains("paidOn") && skipped.reason().contains("Instructor")
					&& skipped.reason().contains("subsidies"), skipped.reason());
			assertTrue(registry.module("partybuilding").isPresent(), "the real module is untouched");
		} finally {
			bundle.uninstall();
			context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
			registry.dispose();
		}
	}

	private Path brokenFeedJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "org.jixiao.modules.tests.brokenfeed;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Require-Bundle", "org.jixiao.core,org.jixiao.module.partybuilding");
		Path jar = dir.resolve("broken-feed.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			entry(zip, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<plugin><extension point="org.jixiao.core.modules">
					<module id="broken-feed" name="Broken feed" order="903" templates="feed.json"
					    data="http://jixiao.org/module/partybuilding/1.0#PartyBuildingData"/>
					</extension></plugin>
					""");
			entry(zip, "feed.json", """
					{ "templates": [ { "id": "subsidies", "category": "产出指标", "subcategory": "数量指标", "name": "补助发放",
					  "comparator": "≥", "unit": "名", "weight": 2, "target": "≥30名", "guidance": "已发放补助的人数。", "section": "补助",
					  "feed": { "ledger": "instructors", "where": { "paidOn": true } } } ] }
					""");
		}
		return jar;
	}

	private static void entry(JarOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new JarEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private FeedResult result(String name) {
		return LedgerFeeds.getDefault().compute(indicator(name))
				.orElseThrow(() -> new AssertionError(name + " is not fed"));
	}

	private Indicator indicator(String name) {
		return sample.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
