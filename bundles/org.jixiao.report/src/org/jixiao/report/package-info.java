/**
 * Rendering of Jixiao reports with the BIRT report engine. The designs live under {@code reports/}
 * in this bundle; {@link org.jixiao.report.ReportRenderer} is the one service that renders them.
 */
package org.jixiao.report;
