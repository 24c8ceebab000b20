package org.jixiao.report.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.Uids;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.report.EvidenceFile;

/**
 * Evidence files (佐证材料) and the rows of an evaluation they belong to, by the rows' uids. Nothing
 * here changes the evaluation: a row without a uid owns no files.
 */
public final class EvidenceRows {

	private EvidenceRows() {
	}

	/**
	 * @param evaluation the evaluation
	 * @param file one of its evidence files
	 * @return the path of the row the file belongs to ({@code 产出指标 / 数量指标 / 发展党员}); for a row
	 *         the evaluation no longer has, the path the store recorded, else the uid
	 */
	public static String path(Evaluation evaluation, EvidenceFile file) {
		EObject row = Uids.find(evaluation, file.ownerUid());
		if (row != null) {
			return RowPaths.of(row);
		}
		return file.ownerPath() != null ? file.ownerPath() : file.ownerUid();
	}

	/**
	 * @param indicator an indicator
	 * @param evidence the evidence files of its evaluation
	 * @return how many belong to it
	 */
	public static long count(Indicator indicator, List<EvidenceFile> evidence) {
		String uid = indicator.getUid();
		return uid == null ? 0 : evidence.stream().filter(file -> uid.equals(file.ownerUid())).count();
	}

	/**
	 * @param evaluation the evaluation
	 * @param evidence its evidence files
	 * @return the files in the order of their rows in the evaluation, files of rows it no longer has
	 *         last; in the order given within a row
	 */
	public static List<EvidenceFile> inTableOrder(Evaluation evaluation, List<EvidenceFile> evidence) {
		Map<String, Integer> positions = new HashMap<>();
		var contents = EcoreUtil.<EObject>getAllContents(evaluation, false);
		for (int position = 0; contents.hasNext(); position++) {
			EObject object = contents.next();
			String uid = object instanceof Indicator indicator ? indicator.getUid()
					: object instanceof LedgerEntry entry ? entry.getUid() : null;
			if (uid != null) {
				positions.putIfAbsent(uid, position);
			}
		}
		return evidence.stream().sorted(Comparator.comparingInt(file -> positions.getOrDefault(file.ownerUid(), Integer.MAX_VALUE))).toList();
	}

	/**
	 * @param bytes a size
	 * @return it for people: {@code 512 B}, {@code 12.3 KB}, {@code 1.2 MB}
	 */
	public static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B"; //$NON-NLS-1$
		}
		String[] units = { "KB", "MB", "GB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double value = bytes;
		int unit = -1;
		do {
			value /= 1024;
			unit++;
		} while (value >= 1024 && unit < units.length - 1);
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]); //$NON-NLS-1$
	}
}
