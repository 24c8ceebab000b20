package org.jixiao.ui.internal.review;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;

/**
 * An indicator row a reviewer can comment on or adjust.
 *
 * @param uid the row's uid, by which the store finds it in the submission
 * @param path the row's path, as people read it
 * @param indicator the row
 */
record Rows(String uid, String path, Indicator indicator) {

	/**
	 * @param evaluation an evaluation
	 * @return its indicator rows in table order
	 */
	static List<Rows> of(Evaluation evaluation) {
		List<Rows> rows = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					rows.add(new Rows(indicator.getUid() != null ? indicator.getUid() : RowPaths.of(indicator), RowPaths.of(indicator), indicator));
				}
			}
		}
		return rows;
	}
}
