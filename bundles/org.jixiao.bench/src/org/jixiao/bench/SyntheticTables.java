package org.jixiao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;

/**
 * The synthetic tables of the {@code import-dir} benchmark: the self-evaluation tables a district's
 * finance bureau receives in one cycle, written by the product's own exporter in the built-in formats,
 * in a folder per township or district and unit. The same count always gives the same files. Each unit
 * sends, per year, its 部门整体 table (central-department, or chongqing-department for every third unit)
 * and nine 项目支出 tables (central-project, or sichuan-project for every other unit), each of 20 to 60
 * indicators in the three 一级 groups (产出 50, 效益 30, 满意度 10, with the budget's 10), with realistic
 * targets and actual values and every deviation explained; about one table in 40 has a cell that cannot
 * be understood (an actual value 很多 against a figure), one file in 100 is no table (a report's text, a
 * ledger workbook, a PDF) and one in 200 is a broken copy (cut off while sent).
 */
final class SyntheticTables {

	private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;

	private static final String[] PLACES = { "城关镇", "东城街道", "西城街道", "河口镇", "新华乡", "区直" };
	private static final String[] UNITS = { "党政办公室", "财政局", "教育局", "卫生健康局", "农业农村局", "人力资源和社会保障局", "民政局",
			"住房和城乡建设局", "交通运输局", "水利局", "自然资源局", "生态环境局", "文化和旅游局", "市场监督管理局", "应急管理局", "统计局",
			"审计局", "司法局", "退役军人事务局", "医疗保障局", "林业局", "商务局", "科学技术局", "城市管理局", "综合行政执法局",
			"残疾人联合会", "妇女联合会", "共青团委员会", "档案馆", "图书馆" };
	/** 二级 groups of each 一级 group with their share of the group's indicators. */
	private static final String[][] OUTPUT = { { "数量指标" }, { "质量指标" }, { "时效指标" }, { "成本指标" } };
	private static final String[][] OUTCOME = { { "社会效益指标" }, { "经济效益指标" }, { "生态效益指标" }, { "可持续影响指标" } };
	private static final String[] NAMES = { "开展业务培训", "发放补助资金", "完成项目验收", "服务群众人次", "建设服务站点", "召开专题会议",
			"印发政策文件", "开展监督检查", "办理群众诉求", "更新信息系统", "组织宣传活动", "完成调查走访", "培养技术骨干", "整改问题事项" };
	/** Target and actual pairs as officers write them. */
	private static final String[][] VALUES = { { "≥30名", "33名" }, { "≥650万元", "850万元" }, { "≤2天", "3天" }, { "=100%", "98%" },
			{ "9月前", "8月" }, { "≥1.5万件", "1.6万余件" }, { "不低于95%", "96%" }, { "≤125万元", "118.6万元" }, { "≥300篇", "300余篇" },
			{ "≥12次", "12次" }, { "≥90%", "93%" }, { "100%", "100%" }, { "≥4个", "四个" } };
	/** The nine projects each unit evaluates beside its 部门整体. */
	private static final String[] PROJECTS = { "人员经费保障", "日常公用经费", "业务培训专项", "信息化建设运维", "政策宣传专项", "基层服务站点建设",
			"专项督查经费", "政府购买服务", "设备购置更新" };
	private static final String[][] QUALITATIVE = { { "有效提升", "明显改善" }, { "持续改善", "达成年度指标" }, { "逐步提高", "有所提高" } };

	private final Path folder;
	private final XlsxExporter exporter = new XlsxExporter(null, null);

	SyntheticTables(Path folder) {
		this.folder = folder;
	}

	/** How file {@code index} is made. */
	enum Kind {
		/** A good table. */
		TABLE,
		/** A table with a cell that cannot be understood. */
		BAD_CELL,
		/** A file that is no table. */
		NOT_A_TABLE,
		/** A table cut off. */
		BROKEN
	}

	static Kind kind(int index) {
		if (index % 200 == 199) {
			return Kind.BROKEN;
		}
		if (index % 100 == 49) {
			return Kind.NOT_A_TABLE;
		}
		return index % 40 == 17 ? Kind.BAD_CELL : Kind.TABLE;
	}

	/**
	 * Writes file {@code index}.
	 *
	 * @return the file written
	 */
	Path write(int index) throws IOException {
		Random random = new Random(index * 7919L + 17);
		int units = PLACES.length * UNITS.length;
		int unit = index / 10 % units;
		int slot = index % 10;
		int year = 2023 - index / (10 * units);
		String place = PLACES[unit % PLACES.length];
		String name = place + UNITS[unit / PLACES.length];
		Path dir = Files.createDirectories(folder.resolve(place).resolve(UNITS[unit / PLACES.length]));
		Kind kind = kind(index);
		if (kind == Kind.NOT_A_TABLE) {
			return notATable(dir, index, year, name);
		}
		Evaluation evaluation = evaluation(name, year, 20 + random.nextInt(41), random);
		Path file;
		if (slot == 0) {
			evaluation.setFormatId(unit % 3 == 2 ? TableFormats.CHONGQING_DEPARTMENT : TableFormats.CENTRAL_DEPARTMENT);
			file = dir.resolve(year + "年度部门整体支出绩效自评表.xlsx"); //$NON-NLS-1$
		} else {
			String project = PROJECTS[slot - 1];
			evaluation.setKind(EvaluationKind.PROJECT);
			evaluation.setProjectName(project);
			evaluation.setProjectCode(String.format("%06d-%02d", 219000 + unit, slot)); //$NON-NLS-1$
			evaluation.setFormatId(unit % 2 == 1 ? TableFormats.SICHUAN_PROJECT : TableFormats.CENTRAL_PROJECT);
			file = dir.resolve(year + "年度" + project + "项目支出绩效自评表.xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (kind == Kind.BAD_CELL) {
			indicators(evaluation).get(random.nextInt(4)).setActualText("很多"); //$NON-NLS-1$
		}
		exporter.write(evaluation, file);
		if (kind == Kind.BROKEN) {
			byte[] bytes = Files.readAllBytes(file);
			Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		}
		return file;
	}

	private static Path notATable(Path dir, int index, int year, String name) throws IOException {
		switch (index / 100 % 3) {
		case 0 -> {
			Path file = dir.resolve(year + "年度自评报告.txt"); //$NON-NLS-1$
			Files.writeString(file, name + year + "年度部门整体支出绩效自评报告（正文另附）", StandardCharsets.UTF_8); //$NON-NLS-1$
			return file;
		}
		case 1 -> {
			Path file = dir.resolve(year + "年度台账.xlsx"); //$NON-NLS-1$
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
				var sheet = workbook.createSheet("台账"); //$NON-NLS-1$
				String[] header = { "序号", "姓名", "日期", "金额（元）" };
				var row = sheet.createRow(0);
				for (int c = 0; c < header.length; c++) {
					row.createCell(c).setCellValue(header[c]);
				}
				for (int r = 1; r <= 30; r++) {
					row = sheet.createRow(r);
					row.createCell(0).setCellValue(r);
					row.createCell(1).setCellValue("人员" + r); //$NON-NLS-1$
					row.createCell(2).setCellValue(year + "-03-" + (r % 28 + 1)); //$NON-NLS-1$
					row.createCell(3).setCellValue(100.0 * r);
				}
				workbook.write(out);
			}
			return file;
		}
		default -> {
			Path file = dir.resolve(year + "年度自评报告.pdf"); //$NON-NLS-1$
			Files.writeString(file, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.ISO_8859_1); //$NON-NLS-1$
			return file;
		}
		}
	}

	/** A 部门整体 evaluation of {@code count} indicators, weights in whole points that add up. */
	static Evaluation evaluation(String name, int year, int count, Random random) {
		Evaluation evaluation = FACTORY.createEvaluation();
		evaluation.setKind(EvaluationKind.DEPARTMENT);
		evaluation.setFiscalYear(year);
		evaluation.setPreparer("填报人" + random.nextInt(100)); //$NON-NLS-1$
		Department department = FACTORY.createDepartment();
		department.setName(name);
		department.setCompetentDepartment(name);
		evaluation.setDepartment(department);
		Budget budget = FACTORY.createBudget();
		BigDecimal adjusted = BigDecimal.valueOf(50_000_000L + random.nextInt(900_000_000), 2);
		budget.setWeight(BigDecimal.TEN);
		// no adjustment during the year: the table has no place for its explanation, which the rules ask for
		budget.setInitialBudget(adjusted);
		budget.setAdjustedBudget(adjusted);
		budget.setExecuted(adjusted.multiply(BigDecimal.valueOf(92 + random.nextInt(9)).movePointLeft(2)).setScale(2, RoundingMode.HALF_UP));
		evaluation.setBudget(budget);
		for (int i = 1; i <= 3; i++) {
			Goal goal = FACTORY.createGoal();
			goal.setNumber(i);
			goal.setExpected("年度目标" + i + "：" + NAMES[random.nextInt(NAMES.length)]); //$NON-NLS-1$ //$NON-NLS-2$
			goal.setAchieved("已完成" + NAMES[random.nextInt(NAMES.length)]); //$NON-NLS-1$
			evaluation.getGoals().add(goal);
		}
		int satisfaction = 1 + random.nextInt(2);
		int outcome = Math.max(1, (count - satisfaction) * 35 / 100);
		int output = count - satisfaction - outcome;
		category(evaluation, "产出指标", 50, output, OUTPUT, random); //$NON-NLS-1$
		category(evaluation, "效益指标", 30, outcome, OUTCOME, random); //$NON-NLS-1$
		category(evaluation, "满意度指标", 10, satisfaction, new String[][] { { "服务对象满意度指标" } }, random); //$NON-NLS-1$
		return evaluation;
	}

	private static void category(Evaluation evaluation, String name, int weight, int count, String[][] groups, Random random) {
		IndicatorCategory category = FACTORY.createIndicatorCategory();
		category.setName(name);
		category.setWeight(BigDecimal.valueOf(weight));
		evaluation.getCategories().add(category);
		int subgroups = Math.min(groups.length, count);
		List<IndicatorSubcategory> subs = new ArrayList<>();
		for (int s = 0; s < subgroups; s++) {
			IndicatorSubcategory sub = FACTORY.createIndicatorSubcategory();
			sub.setName(groups[s][0]);
			category.getSubcategories().add(sub);
			subs.add(sub);
		}
		// whole points where they go evenly, else hundredths: the weights of a group add up exactly
		BigDecimal each = BigDecimal.valueOf(weight).divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
		BigDecimal rest = BigDecimal.valueOf(weight).subtract(each.multiply(BigDecimal.valueOf(count)));
		for (int i = 0; i < count; i++) {
			Indicator indicator = FACTORY.createIndicator();
			boolean satisfaction = name.startsWith("满意度"); //$NON-NLS-1$
			String[] values = satisfaction ? new String[] { "≥90%", (88 + random.nextInt(12)) + "%" } //$NON-NLS-1$ //$NON-NLS-2$
					: name.startsWith("效益") && random.nextInt(3) == 0 ? QUALITATIVE[random.nextInt(QUALITATIVE.length)] //$NON-NLS-1$
							: VALUES[random.nextInt(VALUES.length)];
			indicator.setName((satisfaction ? "服务对象满意度" : NAMES[random.nextInt(NAMES.length)]) + (i + 1)); //$NON-NLS-1$
			indicator.setTargetText(values[0]);
			indicator.setActualText(values[1]);
			indicator.setWeight(i == 0 ? each.add(rest) : each);
			// officers explain every row, as the rules ask of a deviation
			indicator.setDeviationReason(random.nextInt(3) == 0 ? "受年度任务调整影响，部分工作推迟；下一年度加强统筹" //$NON-NLS-1$
					: "按计划完成，无偏差"); //$NON-NLS-1$
			subs.get(i % subgroups).getIndicators().add(indicator);
		}
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.toList();
	}
}
