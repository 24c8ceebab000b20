package org.jixiao.core.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.core.value.ValueParser;

/**
 * The three grades of a qualitative indicator's actual value (RULES §5), each with a score band of the
 * rule set.
 */
public enum QualitativeGrade {
	/** 达成年度指标. */
	ACHIEVED("achieved"), //$NON-NLS-1$
	/** 部分达成年度指标并具有一定效果. */
	PARTIAL("partial"), //$NON-NLS-1$
	/** 未达成年度指标且效果较差. */
	NOT_ACHIEVED("notAchieved"); //$NON-NLS-1$

	private static final List<String> NOT_ACHIEVED_WORDS = List.of("未达成", "未完成", "未达到", "未实现", "没有完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"没有达成", "未按时", "未按期", "延期", "逾期", "效果较差", "较差", "未达标", "不合格", "未落实", "未开展", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"未启动", "不满意"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final List<String> PARTIAL_WORDS = List.of("部分达成", "部分完成", "部分实现", "部分达到", "基本达成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"基本完成", "基本实现", "基本达到", "基本符合", "一定效果", "有所提升", "有所提高", "有所改善", "初步", "一般", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"较好"); //$NON-NLS-1$
	private static final Set<String> ACHIEVED_WORDS = Set.of("达成", "已达成", "完成", "已完成", "全部完成", "按时完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"按期完成", "超额完成", "达标", "已达标", "实现", "已实现", "合格", "良好", "优", "优秀", "好", "满意", "是", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"有效", "提升", "提高", "改善", "落实", "已落实", "到位", "符合", "正常", "无"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	/** Wordings of achievement found inside longer actuals: 达到预期目标, 群众满意度明显提升, 圆满完成. */
	private static final List<String> ACHIEVED_PHRASES = List.of("达成年度指标", "达成预期指标", "达到预期", "达预期", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"符合预期", "达成目标", "完成目标", "完成年度目标", "效果明显", "效果显著", "成效明显", "成效显著", "明显改善", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"明显提升", "明显提高", "显著提升", "显著提高", "显著改善", "有效提升", "有效提高", "有效改善", "有效保障", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"稳步提高", "稳步提升", "全面完成", "圆满完成", "按时完成", "按期完成", "如期完成", "及时完成", "全部完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"符合要求", "符合规定", "符合相关规定", "严格执行"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final String id;

	QualitativeGrade(String id) {
		this.id = id;
	}

	/** @return the name used in rule set files */
	public String id() {
		return id;
	}

	/** @return the translated label, the official wording in Chinese */
	public String label() {
		return switch (this) {
			case ACHIEVED -> Messages.QualitativeGrade_achieved;
			case PARTIAL -> Messages.QualitativeGrade_partial;
			case NOT_ACHIEVED -> Messages.QualitativeGrade_notAchieved;
		};
	}

	/**
	 * Grades an actual text. Negative and partial wordings are recognised first (未达成, 延期, 不合格,
	 * 部分达成, 基本完成, 有所提升 …), then the official and common wordings of achievement, alone (完成, 达标,
	 * 良好, 是 …) or within a longer text (达成年度指标, 达到预期目标, 效果明显, 有效提升, 圆满完成 …), then an
	 * actual that repeats its descriptive target: equal to it, containing it (位于园区前列 for 园区前列) or
	 * contained in it (完成 for 按时完成).
	 *
	 * @param target the target text
	 * @param actual the actual text
	 * @return the grade, or empty when the text is none of these and the officer must judge
	 */
	public static Optional<QualitativeGrade> classify(String target, String actual) {
		String a = ValueParser.normalize(actual);
		String t = ValueParser.normalize(target);
		if (a.isEmpty()) {
			return Optional.empty();
		}
		if (NOT_ACHIEVED_WORDS.stream().anyMatch(a::contains)) {
			return Optional.of(NOT_ACHIEVED);
		}
		if (PARTIAL_WORDS.stream().anyMatch(a::contains)) {
			return Optional.of(PARTIAL);
		}
		if (ACHIEVED_WORDS.contains(a) || ACHIEVED_PHRASES.stream().anyMatch(a::contains)) {
			return Optional.of(ACHIEVED);
		}
		boolean repeats = a.equals(t) || !t.isEmpty() && a.contains(t) || a.length() >= 2 && t.contains(a);
		return repeats ? Optional.of(ACHIEVED) : Optional.empty();
	}
}
