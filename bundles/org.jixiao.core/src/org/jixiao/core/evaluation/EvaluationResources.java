package org.jixiao.core.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes evaluations as XMI through EMF resources, and gives the reference sample that
 * ships with this bundle. Failures name the file, the line and column where known, and the cause. The
 * data of a business module that is not installed is kept unchanged ({@link UninstalledModules}).
 */
public final class EvaluationResources {

	/** The path of the 2023 党政办公室 reference sample inside this bundle. */
	public static final String REFERENCE_SAMPLE = "samples/2023-dangzhengban.xmi"; //$NON-NLS-1$

	/**
	 * The paths of the reference department's nine project evaluations inside this bundle, in the order
	 * of its budget projects. Their figures are illustrative (marked so), made to reconcile with the
	 * reference sample's budget block.
	 */
	public static final List<String> REFERENCE_PROJECTS = IntStream.rangeClosed(1, 9)
			.mapToObj(n -> String.format("samples/2023-dangzhengban-projects/project-%02d.xmi", n)).toList(); //$NON-NLS-1$

	private static final Map<String, Object> LOAD_OPTIONS = Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE,
			Boolean.FALSE, XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //$NON-NLS-1$
			XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);

	private EvaluationResources() {
	}

	/**
	 * Loads an evaluation from an XMI file.
	 *
	 * @param file the file
	 * @return the evaluation, alone in a resource of its own resource set
	 * @throws EvaluationFileException when the file is missing, not well-formed, holds unknown or
	 *             dangling content, or does not hold an evaluation
	 */
	public static Evaluation load(Path file) throws EvaluationFileException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, URI.createFileURI(file.toAbsolutePath().toString()), file);
		} catch (NoSuchFileException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.EvaluationResources_missing, file), e);
		} catch (IOException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.EvaluationResources_unreadable, file, e.getMessage()), e);
		}
	}

	/**
	 * @return a fresh copy of the 2023 党政办公室 reference sample
	 * @throws EvaluationFileException when the sample is missing from the bundle or broken
	 */
	public static Evaluation referenceSample() throws EvaluationFileException {
		return bundled(REFERENCE_SAMPLE);
	}

	/**
	 * @return fresh copies of the reference department's nine project evaluations (项目支出), in the order
	 *         of its budget projects; illustrative figures that reconcile with {@link #referenceSample()}
	 * @throws EvaluationFileException when one is missing from the bundle or broken
	 */
	public static List<Evaluation> referenceProjects() throws EvaluationFileException {
		List<Evaluation> projects = new ArrayList<>();
		for (String path : REFERENCE_PROJECTS) {
			projects.add(bundled(path));
		}
		return projects;
	}

	private static Evaluation bundled(String path) throws EvaluationFileException {
		URL entry = EvaluationResources.class.getClassLoader().getResource(path);
		Path name = Path.of(path);
		if (entry == null) {
			throw new EvaluationFileException(name, NLS.bind(Messages.EvaluationResources_missing, path), null);
		}
		try (InputStream in = entry.openStream()) {
			return load(in, URI.createURI("jixiao:/" + path), name); //$NON-NLS-1$
		} catch (IOException e) {
			throw new EvaluationFileException(name, NLS.bind(Messages.EvaluationResources_unreadable, name, e.getMessage()), e);
		}
	}

	/**
	 * Saves an evaluation as XMI. The file is written through {@link SafeFiles}: a failure never leaves a
	 * half-written file behind, and a target that is no regular file is refused.
	 *
	 * @param evaluation the evaluation
	 * @param file where to write it
	 * @throws EvaluationFileException when the file cannot be written
	 */
	public static void save(Evaluation evaluation, Path file) throws EvaluationFileException {
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		Evaluation copy = EcoreUtil.copy(evaluation);
		resource.getContents().add(copy);
		try {
			SafeFiles.write(file, out -> resource.save(out, SAVE_OPTIONS));
		} catch (IOException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.EvaluationResources_unwritable, file, e.getMessage()), e);
		}
	}

	/**
	 * Writes an evaluation as XMI to a stream, in the encoding and form {@link #save(Evaluation, Path)}
	 * writes a file: for keeping a snapshot of it elsewhere than in a file.
	 *
	 * @param evaluation the evaluation; not changed
	 * @param out where to write; not closed
	 * @throws IOException when the stream cannot be written
	 */
	public static void write(Evaluation evaluation, OutputStream out) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createURI("jixiao:/snapshot.xmi")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(evaluation));
		resource.save(out, SAVE_OPTIONS);
	}

	/**
	 * Reads an evaluation written by {@link #write(Evaluation, OutputStream)} or {@link #save(Evaluation, Path)}.
	 *
	 * @param in the XMI; not closed
	 * @param name what the content is called in messages, e.g. the evaluation and its submission
	 * @return the evaluation, alone in a resource of its own resource set
	 * @throws EvaluationFileException when the content cannot be read, is not well-formed, or holds no
	 *             evaluation
	 */
	public static Evaluation read(InputStream in, String name) throws EvaluationFileException {
		return load(in, URI.createURI("jixiao:/snapshot.xmi"), Path.of(name)); //$NON-NLS-1$
	}

	private static Evaluation load(InputStream in, URI uri, Path name) throws EvaluationFileException {
		Resource resource = newResourceSet().createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(UninstalledModules.keepUninstalled(in.readAllBytes())), LOAD_OPTIONS);
		} catch (IOException e) {
			throw new EvaluationFileException(name, describe(name, e), e);
		}
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (!errors.isEmpty()) {
			Resource.Diagnostic first = errors.get(0);
			throw new EvaluationFileException(name, NLS.bind(Messages.EvaluationResources_invalid,
					new Object[] { name, first.getLine(), first.getColumn(), first.getMessage() }), null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Evaluation evaluation)) {
			throw new EvaluationFileException(name, NLS.bind(Messages.EvaluationResources_notAnEvaluation, name), null);
		}
		UninstalledModules.readInstalled(evaluation);
		return evaluation;
	}

	private static String describe(Path name, IOException e) {
		Throwable cause = e instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != null ? wrapped.getCause() : e;
		if (cause instanceof XMIException xmi) {
			return NLS.bind(Messages.EvaluationResources_invalid,
					new Object[] { name, xmi.getLine(), xmi.getColumn(), xmi.getMessage() });
		}
		if (cause instanceof SAXParseException sax) {
			return NLS.bind(Messages.EvaluationResources_invalid,
					new Object[] { name, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage() });
		}
		return NLS.bind(Messages.EvaluationResources_unreadable, name, cause.getMessage());
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(EvaluationPackage.eNS_URI, EvaluationPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new JixiaoXmiResource.Factory());
		resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put("jixiao", new JixiaoXmiResource.Factory()); //$NON-NLS-1$
		return resourceSet;
	}
}
