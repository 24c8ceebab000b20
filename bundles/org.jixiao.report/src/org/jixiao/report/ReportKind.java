package org.jixiao.report;

import java.util.EnumSet;
import java.util.Set;

/** The documents rendered from an evaluation, each with its design and the formats it comes in. */
public enum ReportKind {
	/** 自评报告: the narrative report, laid out as an official document (GB/T 9704). */
	SELF_EVALUATION_REPORT("self-evaluation-report.rptdesign", "自评报告", //$NON-NLS-1$ //$NON-NLS-2$
			EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.HTML)),
	/** 附件：部门整体支出绩效自评表, in the official layout. */
	SELF_EVALUATION_TABLE("self-evaluation-table.rptdesign", "自评表", //$NON-NLS-1$ //$NON-NLS-2$
			EnumSet.allOf(ReportFormat.class));

	private final String design;
	private final String fileSuffix;
	private final Set<ReportFormat> formats;

	ReportKind(String design, String fileSuffix, Set<ReportFormat> formats) {
		this.design = design;
		this.fileSuffix = fileSuffix;
		this.formats = formats;
	}

	/** @return the design's file name under {@code reports/} */
	public String design() {
		return design;
	}

	/** @return the last part of the file name, e.g. {@code 自评报告} */
	public String fileSuffix() {
		return fileSuffix;
	}

	/** @return the formats this document is rendered in */
	public Set<ReportFormat> formats() {
		return EnumSet.copyOf(formats);
	}
}
