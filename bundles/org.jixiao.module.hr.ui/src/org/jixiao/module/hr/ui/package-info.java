/**
 * The HR and Talent module's page of the evaluation editor ({@link org.jixiao.module.hr.ui.HrPage}),
 * contributed to {@code org.jixiao.ui.modulePages}.
 */
package org.jixiao.module.hr.ui;
