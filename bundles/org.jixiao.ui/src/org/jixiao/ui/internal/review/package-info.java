/**
 * The review chain in the workbench: the commands 提交, 撤回, 受理, 转报财政, 退回, 确认 and 整改 with
 * their dialogs, and the 财政局 view of a year's consolidation.
 */
package org.jixiao.ui.internal.review;
