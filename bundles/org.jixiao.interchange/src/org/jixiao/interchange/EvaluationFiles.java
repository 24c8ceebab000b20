package org.jixiao.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * The one way an evaluation comes in from a file, for the command line and the workbench alike. What
 * the file is, is decided by its content, never by its name: an OLE2 or zip file is a spreadsheet
 * ({@link XlsxImporter}: .xlsx, .xls or .ods, told apart by their content in turn), an XML file of the
 * XMI or evaluation namespace is an evaluation ({@link XmiInterchange}); an empty file and any other
 * content are refused with a message that names the file.
 */
public final class EvaluationFiles {

	/** How much of a file is read to tell what it is. */
	private static final int HEAD = 64 * 1024;
	private static final String XMI_NAMESPACE = "http://www.omg.org/XMI"; //$NON-NLS-1$

	private EvaluationFiles() {
	}

	/**
	 * Reads a file with the department's {@value org.jixiao.core.scoring.RuleSets#MOF_2020} for a table
	 * ({@link RuleSetService#rulesForId(String)}).
	 *
	 * @param file a spreadsheet table or an .xmi evaluation, whatever its name
	 * @return the evaluation with every problem found; for an .xmi, at most a warning that its department's
	 *         name was cleaned
	 * @throws ImportException when the file is neither, cannot be read, or is a spreadsheet without a
	 *             recognisable 绩效指标 block; the message names the file, or the sheet and cell
	 * @throws EvaluationFileException when the file is XML but no valid evaluation
	 */
	public static ImportResult read(Path file) throws ImportException, EvaluationFileException {
		return read(file, RuleSetService.getDefault().rulesForId(null));
	}

	/**
	 * @param file a spreadsheet table or an .xmi evaluation, whatever its name
	 * @param rules the rule set a table's stated scores are compared with, which the new evaluation
	 *            names; an .xmi keeps the one it names
	 * @return the evaluation with every problem found; for an .xmi, at most a warning that its department's
	 *         name was cleaned
	 * @throws ImportException when the file is neither, cannot be read, or is a spreadsheet without a
	 *             recognisable 绩效指标 block; the message names the file, or the sheet and cell
	 * @throws EvaluationFileException when the file is XML but no valid evaluation
	 */
	public static ImportResult read(Path file, RuleSet rules) throws ImportException, EvaluationFileException {
		return read(file, rules, null);
	}

	/**
	 * @param file a spreadsheet table or an .xmi evaluation, whatever its name
	 * @param rules the rule set a table's stated scores are compared with, which the new evaluation names
	 * @param format the table format to read a table in and to record on the evaluation, or {@code null}
	 *            to detect a table's from its headings (an .xmi keeps the one it names)
	 * @return the evaluation with every problem found
	 * @throws ImportException when the file is neither, cannot be read, or is a spreadsheet without a
	 *             recognisable 绩效指标 block; the message names the file, or the sheet and cell
	 * @throws EvaluationFileException when the file is XML but no valid evaluation
	 */
	public static ImportResult read(Path file, RuleSet rules, TableFormat format) throws ImportException, EvaluationFileException {
		if (isEvaluationXml(file)) {
			Evaluation evaluation = XmiInterchange.read(file);
			if (format != null) {
				evaluation.setFormatId(format.id());
			}
			return new ImportResult(evaluation, cleanDepartmentName(evaluation, file), null, null);
		}
		ImportResult read = new XlsxImporter(rules, format).read(file);
		if (format != null) {
			read.evaluation().setFormatId(format.id());
		}
		return read;
	}

	/**
	 * Removes control characters and bidirectional overrides from the department's name of an .xmi, as
	 * the table importer does: the name reaches lists, documents and file names.
	 *
	 * @return a warning when the name was changed, else none
	 */
	private static List<ImportProblem> cleanDepartmentName(Evaluation evaluation, Path file) {
		if (evaluation.getDepartment() == null || evaluation.getDepartment().getName() == null) {
			return List.of();
		}
		String name = evaluation.getDepartment().getName();
		String cleaned = Texts.clean(name).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (cleaned.equals(name)) {
			return List.of();
		}
		evaluation.getDepartment().setName(cleaned);
		return List.of(new ImportProblem(String.valueOf(file.getFileName()), null, ImportProblem.Severity.WARNING,
				NLS.bind(Messages.EvaluationFiles_nameCleaned, cleaned)));
	}

	/**
	 * @return whether the file's head is XML of the XMI or the evaluation namespace; a file that is no
	 *         XMI is left to the importer, which names what is wrong with it (missing, a folder, not
	 *         readable, no spreadsheet)
	 * @throws ImportException when the file is empty, or is neither a spreadsheet nor an evaluation
	 */
	private static boolean isEvaluationXml(Path file) throws ImportException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD);
		} catch (IOException e) {
			return false;
		}
		if (head.length == 0) {
			throw SpreadsheetFiles.fileProblem(file.toString(), Messages.EvaluationFiles_empty, null);
		}
		if (SpreadsheetFiles.isSpreadsheet(head)) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.startsWith("<") && (text.contains(XMI_NAMESPACE) || text.contains(EvaluationPackage.eNS_URI))) { //$NON-NLS-1$
			return true;
		}
		throw SpreadsheetFiles.fileProblem(file.toString(), Messages.EvaluationFiles_unknown, null);
	}
}
