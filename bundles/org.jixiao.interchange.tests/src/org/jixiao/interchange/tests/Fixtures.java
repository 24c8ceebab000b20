package org.jixiao.interchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.tests.TableBuilder.Column;
import org.jixiao.model.evaluation.Evaluation;

/**
 * The committed tables under {@code data/}, each in a layout real departments publish. They are made
 * by {@link #main(String[])} with {@link TableBuilder} (plain POI) and committed, so that the tests
 * read fixed files.
 */
final class Fixtures {

	/** The reference sample in 万元, the unit in the column headers (全年预算数（万元）). */
	static final String WAN_YUAN = "sample-wanyuan-unit-in-headers.xlsx";
	/** The reference sample in 元 with 指标性质 and 度量单位 columns and bare numbers in 年度指标值/实际完成值. */
	static final String NATURE_AND_UNIT = "sample-yuan-nature-unit-columns.xlsx";
	/** The reference sample with 得分 before 分值, group names repeated on every row, the header repeated on a second page. */
	static final String SCORE_FIRST_REPEATED_HEADER = "sample-score-first-repeated-header.xlsx";
	/** A synthetic evaluation with 其中 sub-rows, full-width labels and digits, and neither 总分 nor 自评等级 row. */
	static final String FULL_WIDTH_NO_TOTAL = "synthetic-fullwidth-details-no-total.xlsx";
	/** The seed of the synthetic evaluation of {@link #FULL_WIDTH_NO_TOTAL}. */
	static final long SYNTHETIC_SEED = 7;

	private Fixtures() {
	}

	static InputStream open(String name) throws IOException {
		InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("data/" + name);
		if (in == null) {
			throw new IOException("data/" + name + " is missing from the test bundle");
		}
		return in;
	}

	/** @param args the data directory to write into */
	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		Files.createDirectories(data);
		Evaluation sample = EvaluationResources.referenceSample();
		TableBuilder wan = new TableBuilder();
		wan.unitInColumnHeaders = true;
		wan.write(sample, data.resolve(WAN_YUAN));

		TableBuilder nature = new TableBuilder();
		nature.wanYuan = false;
		nature.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.NATURE, Column.TARGET, Column.UNIT,
				Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.DEVIATION);
		nature.write(EvaluationResources.referenceSample(), data.resolve(NATURE_AND_UNIT));

		TableBuilder repeated = new TableBuilder();
		repeated.wanYuan = false;
		repeated.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.TARGET, Column.ACTUAL, Column.SCORE,
				Column.WEIGHT, Column.DEVIATION);
		repeated.repeatHeaderEvery = 25;
		repeated.mergeGroups = false;
		repeated.write(EvaluationResources.referenceSample(), data.resolve(SCORE_FIRST_REPEATED_HEADER));

		TableBuilder fullWidth = new TableBuilder();
		fullWidth.fullWidth = true;
		fullWidth.labelAndValueInOneCell = true;
		fullWidth.totalRow = false;
		fullWidth.gradeRow = false;
		fullWidth.sheetName = "自评表";
		Evaluation synthetic = Evaluations.synthetic(SYNTHETIC_SEED);
		fullWidth.wanYuan = synthetic.getMoneyUnit() == org.jixiao.model.evaluation.MoneyUnit.WAN_YUAN;
		fullWidth.write(synthetic, data.resolve(FULL_WIDTH_NO_TOTAL));
	}
}
