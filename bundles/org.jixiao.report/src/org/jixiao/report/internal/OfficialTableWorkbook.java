package org.jixiao.report.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.interchange.XlsxExporter;

/**
 * The 自评表 as a spreadsheet, for every command and dialog that renders it: the official table written
 * by {@link XlsxExporter}, the same workbook that {@code export --format xlsx} writes, with the 草稿
 * mark in the page header of a draft.
 */
public final class OfficialTableWorkbook {

	/** 草稿 in bold 16-point 宋体, in the page header's format codes. */
	private static final String DRAFT_MARK = "&\"宋体,Bold\"&16草稿"; //$NON-NLS-1$

	private OfficialTableWorkbook() {
	}

	/**
	 * @param data the scored evaluation
	 * @param out where the workbook is written; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(EvaluationReportData data, OutputStream out) throws IOException {
		try (Workbook workbook = new XlsxExporter(data.sheet().rules()).toWorkbook(data.evaluation())) {
			if (data.draft()) {
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					workbook.getSheetAt(i).getHeader().setRight(DRAFT_MARK);
				}
			}
			workbook.write(out);
		}
	}
}
