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
			"没有达成", "未按时", "未按期", "延期", "逾期", "效果较差"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final List<String> PARTIAL_WORDS = List.of("部分达成", "部分完成", "部分实现", "基本达成", "基本完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"基本实现", "一定效果"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> ACHIEVED_WORDS = Set.of("达成年度指标", "达成预期指标", "达成", "已达成", "完成", "已完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"全部完成", "按时完成", "按期完成", "超额完成", "达标", "已达标", "实现", "已实现"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

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
	 * Grades an actual text. Negative and partial wordings are recognised first (未达成, 延期, 部分达成,
	 * 基本完成 …), then the official and common wordings of achievement (达成年度指标, 达成预期指标, 完成,
	 * 按时完成 …), then an actual that repeats its descriptive target: equal to it, containing it
	 * (位于园区前列 for 园区前列) or contained in it (完成 for 按时完成).
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
		if (ACHIEVED_WORDS.contains(a) || a.contains("达成年度指标") || a.contains("达成预期指标")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.of(ACHIEVED);
		}
		boolean repeats = a.equals(t) || !t.isEmpty() && a.contains(t) || a.length() >= 2 && t.contains(a);
		return repeats ? Optional.of(ACHIEVED) : Optional.empty();
	}
}
