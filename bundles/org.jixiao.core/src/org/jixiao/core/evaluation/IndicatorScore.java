package org.jixiao.core.evaluation;

import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.value.ParseResult;
import org.jixiao.model.evaluation.Indicator;

/**
 * The score of one 三级 indicator with what it was computed from.
 *
 * @param indicator the indicator
 * @param path its row path, 一级 / 二级 / 三级
 * @param target its parsed 年度指标值
 * @param actual its parsed 实际完成值
 * @param score the score, with its flags, explanation and problems
 */
public record IndicatorScore(Indicator indicator, String path, ParseResult target, ParseResult actual, RowScore score) {
}
