package org.jixiao.report;

import java.util.EnumSet;
import java.util.Set;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.internal.ProjectReportData;

/**
 * The documents rendered from an evaluation, each with its design and the formats it comes in. An
 * evaluation of the department as a whole (部门整体) gets the designs named by {@link #design()}; one of a
 * project (项目支出 or 结转项目) the project's own ({@link #design(Evaluation)}): the 项目支出绩效自评表 and
 * the shorter project 自评报告.
 */
public enum ReportKind {
	/** 自评报告: the narrative report, laid out as an official document (GB/T 9704). */
	SELF_EVALUATION_REPORT("self-evaluation-report.rptdesign", "自评报告", "project-report.rptdesign", "项目支出绩效自评报告", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.HTML)),
	/** 附件：部门整体支出绩效自评表, in the official layout. */
	SELF_EVALUATION_TABLE("self-evaluation-table.rptdesign", "自评表", "project-table.rptdesign", "项目支出绩效自评表", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			EnumSet.allOf(ReportFormat.class));

	private final String design;
	private final String fileSuffix;
	private final String projectDesign;
	private final String projectFileSuffix;
	private final Set<ReportFormat> formats;

	ReportKind(String design, String fileSuffix, String projectDesign, String projectFileSuffix, Set<ReportFormat> formats) {
		this.design = design;
		this.fileSuffix = fileSuffix;
		this.projectDesign = projectDesign;
		this.projectFileSuffix = projectFileSuffix;
		this.formats = formats;
	}

	/** @return the design's file name under {@code reports/}, of a department's evaluation */
	public String design() {
		return design;
	}

	/**
	 * @param evaluation an evaluation
	 * @return the design's file name under {@code reports/} for that evaluation: a project's own design
	 *         for an evaluation of a project, else {@link #design()}
	 */
	public String design(Evaluation evaluation) {
		return ProjectReportData.isProject(evaluation) ? projectDesign : design;
	}

	/** @return the last part of the file name of a department's document, e.g. {@code 自评报告} */
	public String fileSuffix() {
		return fileSuffix;
	}

	/**
	 * @param evaluation an evaluation
	 * @return the last part of the file name of its document: {@code 项目支出绩效自评表} or
	 *         {@code 项目支出绩效自评报告} for an evaluation of a project, else {@link #fileSuffix()}
	 */
	public String fileSuffix(Evaluation evaluation) {
		return ProjectReportData.isProject(evaluation) ? projectFileSuffix : fileSuffix;
	}

	/** @return the formats this document is rendered in */
	public Set<ReportFormat> formats() {
		return EnumSet.copyOf(formats);
	}
}
