/** The BIRT engine behind {@link org.jixiao.report.ReportRenderer}; not API. */
package org.jixiao.report.internal;
