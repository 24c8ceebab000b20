/**
 * Reading the target and actual texts of performance indicators (年度指标值, 实际完成值).
 * <p>
 * {@link org.jixiao.core.value.ValueParser} turns a cell text such as {@code ≥30名},
 * {@code 不低于95%}, {@code 2天以内}, {@code 12月底前}, {@code 1.6万余件} or {@code 达成年度指标}
 * into a {@link org.jixiao.core.value.ParsedValue}: a {@link org.jixiao.core.value.Quantity}
 * (comparator, exact number, {@link org.jixiao.core.value.Unit}), a
 * {@link org.jixiao.core.value.TimePoint} or {@link org.jixiao.core.value.Descriptive} text. Text
 * it cannot read yields a {@link org.jixiao.core.value.ParseProblem} that names the text and the
 * cause; the parser never throws on user text.
 * <p>
 * Units convert within a {@link org.jixiao.core.value.Dimension} (850万元 = 8,500,000 元);
 * {@link org.jixiao.core.value.Quantity#alignTo(Quantity)} expresses an actual value in its
 * target's unit or reports that the two units cannot be compared. The package depends on no model.
 */
package org.jixiao.core.value;
