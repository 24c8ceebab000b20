/**
 * The evaluation editor: one e4 part per open evaluation, with a page per block of the table
 * (概况, 预算执行, 年度总体目标, one per business module, 叙述, 偏差分析, 评分). Every change runs as
 * an EMF command on the editor's {@link org.jixiao.ui.internal.editor.EvaluationSession}, which scores
 * and validates the evaluation again after each one.
 */
package org.jixiao.ui.internal.editor;
