package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.LedgerWorkbooks;
import org.jixiao.interchange.LedgerWorkbooks.LedgerImport;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.module.hr.ledger.AppraisalGrade;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.HrFactory;
import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.module.hr.ledger.Recruit;
import org.jixiao.module.hr.ledger.Talent;
import org.jixiao.module.hr.ledger.TalentCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HR and Talent module's ledgers (雇员招聘, 人才库, 年度考核): its data class and feeds are read,
 * the reference sample's recruitment gives 新雇员招聘 21人, and entries change the values.
 */
class HrLedgerTest {

	private static final String RECRUITMENT = "新雇员招聘";
	private static final String TALENT_POOL = "高新区人才库涉及人才";

	private Evaluation sample;
	private HrData data;

	@BeforeEach
	void loadSample() throws Exception {
		sample = EvaluationResources.referenceSample();
		data = (HrData) ModuleLedgers.find(sample, "hr").orElseThrow();
	}

	@Test
	void theRegistryReadsTheDataClassTheLedgersTheirLabelsAndTheFeeds() {
		IndicatorModule module = ModuleRegistry.getDefault().module("hr").orElseThrow();
		assertEquals(HrPackage.Literals.HR_DATA, module.dataClass().orElseThrow());
		assertEquals(List.of("雇员招聘", "人才库", "年度考核"), ModuleLedgers.ledgers(module.dataClass().get()).stream()
				.map(r -> ModuleLedgers.label(r, Locale.CHINA)).toList());
		assertEquals(List.of("Recruitment", "Talent pool", "Annual appraisal"), ModuleLedgers.ledgers(module.dataClass().get()).stream()
				.map(r -> ModuleLedgers.label(r, Locale.ENGLISH)).toList());
		assertEquals("称职", ModuleLedgers.label(HrPackage.Literals.APPRAISAL_GRADE.getEEnumLiteral("COMPETENT"), Locale.CHINA));
		assertEquals(List.of(RECRUITMENT, TALENT_POOL),
				module.templates().stream().filter(t -> t.feed().isPresent()).map(IndicatorTemplate::name).toList());
		assertEquals("hired", module.template(RECRUITMENT).flatMap(IndicatorTemplate::feed).orElseThrow().inYear().orElseThrow());
		assertEquals("talents", module.template(TALENT_POOL).flatMap(IndicatorTemplate::feed).orElseThrow().ledger());
	}

	@Test
	void theSampleRecruitmentGives21AndTheEmptyTalentPoolLeavesTheReportsFigure() throws Exception {
		assertEquals(24, data.getRecruits().size());
		assertEquals(29, data.getAppraisals().size());
		assertEquals(6, data.getAppraisals().stream().filter(a -> a.getGrade() == AppraisalGrade.EXCELLENT).count());
		FeedResult recruitment = feed(RECRUITMENT).orElseThrow();
		assertEquals("21人", recruitment.actualText());
		assertEquals("From the ledger: 21人 (年内到岗21人)", recruitment.explanation());
		assertEquals(indicator(RECRUITMENT).getActualText(), recruitment.actualText());
		assertTrue(data.getTalents().isEmpty());
		assertTrue(feed(TALENT_POOL).isEmpty(), "an empty ledger does not overwrite 1000余人");

		LedgerFeeds.getDefault().apply(sample);
		assertEquals("1000余人", indicator(TALENT_POOL).getActualText());
		assertEquals("21人", indicator(RECRUITMENT).getActualText());
		assertEquals(new BigDecimal("99.30"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(sample).total());
	}

	@Test
	void addingAndRemovingEntriesChangesTheComputedValues() {
		Recruit late = HrFactory.eINSTANCE.createRecruit();
		late.setName("孔某宁");
		late.setHired(date(2023, 12, 18));
		data.getRecruits().add(late);
		assertEquals("22人", feed(RECRUITMENT).orElseThrow().actualText());
		late.setHired(date(2024, 1, 2));
		assertEquals("21人", feed(RECRUITMENT).orElseThrow().actualText(), "a recruit starting in 2024 counts in 2024");
		data.getRecruits().remove(data.getRecruits().stream().filter(r -> r.getHired() != null).findFirst().orElseThrow());
		assertEquals("20人", feed(RECRUITMENT).orElseThrow().actualText());

		for (TalentCategory category : TalentCategory.VALUES) {
			Talent talent = HrFactory.eINSTANCE.createTalent();
			talent.setName("人才" + category.getValue());
			talent.setCategory(category);
			data.getTalents().add(talent);
		}
		assertEquals("6人", feed(TALENT_POOL).orElseThrow().actualText());
		data.getTalents().remove(0);
		assertEquals("5人", feed(TALENT_POOL).orElseThrow().actualText());
	}

	@Test
	void theLedgersRoundTripThroughTheOfficersWorkbook(@TempDir Path dir) throws Exception {
		Talent talent = HrFactory.eINSTANCE.createTalent();
		talent.setName("方某博");
		talent.setCategory(TalentCategory.INNOVATION);
		talent.setEmployer("淮南某某新材料有限公司");
		talent.setRegistered(date(2023, 4, 12));
		data.getTalents().add(talent);
		Path xlsx = dir.resolve("人事人才台账.xlsx");
		LedgerWorkbooks.write(HrPackage.Literals.HR_DATA, data, xlsx);
		LedgerImport read = LedgerWorkbooks.read(xlsx, HrPackage.Literals.HR_DATA, "hr");
		assertEquals(List.of(), read.problems());
		assertEquals(24 + 1 + 29, read.entries());
		assertEquals(ModuleLedgerRows.rows(data), ModuleLedgerRows.rows(read.data()), "every field of every entry, in order");
	}

	@Test
	void theModuleDataRoundTripsThroughItsXmiDocument() {
		Talent talent = HrFactory.eINSTANCE.createTalent();
		talent.setName("方某博");
		talent.setCategory(TalentCategory.SKILLED);
		talent.setEmployer("淮南某某新材料有限公司");
		talent.setRegistered(date(2023, 4, 12));
		data.getTalents().add(talent);
		String xmi = ModuleDataDocuments.write(data);
		assertTrue(xmi.contains("category=\"高技能人才\""), "enum literals are written in Chinese");
		ModuleData read = ModuleDataDocuments.read("hr", "http://jixiao.org/module/hr/1.0", xmi);
		assertTrue(read instanceof HrData, read.eClass().getName());
		assertTrue(EcoreUtil.equals(data, read));
		assertEquals(xmi, ModuleDataDocuments.write(read));
	}

	private Optional<FeedResult> feed(String name) {
		return LedgerFeeds.getDefault().compute(indicator(name));
	}

	private Indicator indicator(String name) {
		return sample.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
