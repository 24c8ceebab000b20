package org.jixiao.core.modules;

import java.util.List;
import java.util.Map;

/**
 * The 一级 and 二级 indicators of the 部门整体支出绩效自评表 (RULES.md §1.4), in the order of the
 * table: the placements a template may name.
 */
public final class Placement {

	/** 一级 → its 二级, both in table order. */
	private static final Map<String, List<String>> TREE = Map.of(
			"产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"满意度指标", List.of("服务对象满意度指标")); //$NON-NLS-1$ //$NON-NLS-2$

	private static final List<String> CATEGORIES = List.of("产出指标", "效益指标", "满意度指标"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Placement() {
	}

	/** @return the 一级 indicators in table order */
	public static List<String> categories() {
		return CATEGORIES;
	}

	/**
	 * @param category a 一级 indicator
	 * @return its 二级 indicators in table order; empty for an unknown 一级
	 */
	public static List<String> subcategories(String category) {
		return TREE.getOrDefault(category, List.of());
	}

	/**
	 * @param category a 一级 indicator
	 * @param subcategory a 二级 indicator
	 * @return whether the table has the 二级 under the 一级
	 */
	public static boolean isValid(String category, String subcategory) {
		return subcategories(category).contains(subcategory);
	}

	/**
	 * @param category a 一级 indicator
	 * @param subcategory one of its 二级
	 * @return a key that sorts placements in table order
	 */
	static int rank(String category, String subcategory) {
		return CATEGORIES.indexOf(category) * 10 + subcategories(category).indexOf(subcategory);
	}
}
