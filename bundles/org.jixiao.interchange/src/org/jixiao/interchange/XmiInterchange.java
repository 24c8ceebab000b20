package org.jixiao.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.Evaluation;

/**
 * Imports and exports evaluations as XMI through EMF resources ({@link EvaluationResources}). Besides
 * what loading checks (well-formed XML, known features, references within the file, one evaluation),
 * an import refuses an evaluation that refers to objects outside it which cannot be found: the
 * message names the file, the line where the reference is written when it can be found, the
 * reference and the row that holds it.
 */
public final class XmiInterchange {

	private XmiInterchange() {
	}

	/**
	 * @param file an .xmi file
	 * @return the evaluation it holds
	 * @throws EvaluationFileException when the file is missing, broken, or holds dangling references
	 */
	public static Evaluation read(Path file) throws EvaluationFileException {
		Evaluation evaluation = EvaluationResources.load(file);
		List<String> dangling = dangling(evaluation, file);
		if (!dangling.isEmpty()) {
			throw new EvaluationFileException(file, dangling.get(0), null);
		}
		return evaluation;
	}

	/**
	 * Writes an evaluation as XMI, atomically.
	 *
	 * @param evaluation the evaluation
	 * @param file the .xmi file
	 * @throws EvaluationFileException when the evaluation has dangling references or the file cannot be written
	 */
	public static void write(Evaluation evaluation, Path file) throws EvaluationFileException {
		List<String> dangling = dangling(evaluation, null);
		if (!dangling.isEmpty()) {
			throw new EvaluationFileException(file, NLS.bind(Messages.XmiInterchange_notWritten, file, dangling.get(0)), null);
		}
		EvaluationResources.save(evaluation, file);
	}

	/**
	 * @param evaluation an evaluation
	 * @param file the file it was read from, for line numbers; may be null
	 * @return one message for each reference to an object that cannot be found: contained proxies
	 *         and cross-references that do not resolve
	 */
	static List<String> dangling(Evaluation evaluation, Path file) {
		List<String> lines = file == null ? List.of() : lines(file);
		List<String> out = new ArrayList<>();
		List<EObject> all = new ArrayList<>();
		all.add(evaluation);
		EcoreUtil.<EObject> getAllContents(evaluation, false).forEachRemaining(all::add);
		for (EObject object : all) {
			if (object.eIsProxy()) {
				URI uri = ((InternalEObject) object).eProxyURI();
				EObject holder = object.eContainer() == null ? evaluation : object.eContainer();
				out.add(message(file, lines, uri, holder, object.eContainingFeature()));
			}
		}
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : EcoreUtil.UnresolvedProxyCrossReferencer
				.find(evaluation).entrySet()) {
			URI uri = ((InternalEObject) entry.getKey()).eProxyURI();
			for (EStructuralFeature.Setting setting : entry.getValue()) {
				out.add(message(file, lines, uri, setting.getEObject(), setting.getEStructuralFeature()));
			}
		}
		return out;
	}

	private static String message(Path file, List<String> lines, URI uri, EObject holder, EStructuralFeature feature) {
		String reference = uri == null ? "?" : uri.lastSegment() == null ? uri.toString() //$NON-NLS-1$
				: uri.lastSegment() + (uri.hasFragment() ? "#" + uri.fragment() : ""); //$NON-NLS-1$ //$NON-NLS-2$
		String place = file == null ? "" : file.toString(); //$NON-NLS-1$
		int line = uri == null ? -1 : lineOf(lines, uri);
		String where = line < 0 ? place : NLS.bind(Messages.XmiInterchange_line, place, line);
		return NLS.bind(Messages.XmiInterchange_dangling,
				new Object[] { where, reference, RowPaths.of(holder), feature == null ? "" : feature.getName() }); //$NON-NLS-1$
	}

	/** The line (1-based) where the reference is written: the first line holding its fragment or file name. */
	private static int lineOf(List<String> lines, URI uri) {
		String needle = uri.hasFragment() ? uri.fragment() : uri.lastSegment();
		if (needle == null || needle.isEmpty()) {
			return -1;
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i + 1;
			}
		}
		return -1;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
