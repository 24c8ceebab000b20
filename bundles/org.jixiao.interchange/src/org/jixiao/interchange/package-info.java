/**
 * Interchange with the files departments hold: the official 部门整体支出绩效自评表 as .xlsx, .xls or
 * .ods ({@link org.jixiao.interchange.XlsxImporter} reads the variants departments publish, leniently:
 * every row is kept and what it cannot understand is an error on its cell,
 * {@link org.jixiao.interchange.XlsxExporter} writes the official layout ready to submit), and XMI
 * through EMF resources ({@link org.jixiao.interchange.XmiInterchange}). An import yields a new
 * evaluation and its problems, each naming the sheet and cell. {@link org.jixiao.interchange.EvaluationFiles}
 * is the one way in: it tells a table from an .xmi by the file's content. The layouts of the tables are data:
 * {@link org.jixiao.interchange.TableFormats} holds the {@link org.jixiao.interchange.TableFormat}s, the built-in
 * central, 四川 and 重庆 ones and a department's own JSON files.
 */
package org.jixiao.interchange;
