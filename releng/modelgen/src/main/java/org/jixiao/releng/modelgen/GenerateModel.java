package org.jixiao.releng.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator outside OSGi: reconciles each genmodel with its .ecore, then generates the
 * model code (and the edit code, when the genmodel names an edit directory) into the bundles'
 * {@code src-gen} folders. Every bundle under {@code bundles/} and {@code examples/} is a platform
 * resource, so a module's genmodel can use the core's.
 */
public final class GenerateModel {

	private static final String CORE_GENMODEL = "/org.jixiao.model/model/evaluation.genmodel"; //$NON-NLS-1$

	private GenerateModel() {
	}

	/**
	 * @param args the repository root, then the genmodels to generate as platform resource paths
	 *            ({@code /bundle/model/x.genmodel}); the core's when none is named
	 * @throws IOException when a folder cannot be listed or a genmodel cannot be saved
	 */
	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize(); //$NON-NLS-1$
		for (String folder : List.of("bundles", "examples")) { //$NON-NLS-1$ //$NON-NLS-2$
			try (Stream<Path> bundles = Files.list(root.resolve(folder))) {
				bundles.filter(Files::isDirectory).forEach(bundle -> EcorePlugin.getPlatformResourceMap()
						.put(bundle.getFileName().toString(), URI.createFileURI(bundle + "/"))); //$NON-NLS-1$
			}
		}
		EcorePlugin.ExtensionProcessor.process(null);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		List<String> genModels = args.length > 1 ? List.of(args).subList(1, args.length) : List.of(CORE_GENMODEL);
		for (String path : genModels) {
			generate(path);
		}
	}

	private static void generate(String path) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(path, true), true);
		GenModel committed = (GenModel) resource.getContents().get(0);
		boolean edit = committed.getEditDirectory() != null && !committed.getEditDirectory().isEmpty();
		GenModel genModel = reconciled(committed);
		resource.getContents().set(0, genModel);
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException(path + ": the genmodel is not valid: " + valid); //$NON-NLS-1$
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		List<String> types = edit ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (String type : types) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException(path + ": generation of " + type + " failed: " + result); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		resource.save(null);
	}

	/**
	 * A genmodel built afresh from the .ecore, keeping the settings of the committed one: what the
	 * EMF importer does when a model is reloaded.
	 */
	private static GenModel reconciled(GenModel committed) {
		EPackage ePackage = committed.getGenPackages().get(0).getEcorePackage();
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(List.of(ePackage));
		genModel.getForeignModel().addAll(committed.getForeignModel());
		List<GenPackage> used = List.copyOf(committed.getUsedGenPackages());
		genModel.reconcile(committed);
		genModel.getUsedGenPackages().addAll(used);
		genModel.getUsedGenPackages().addAll(genModel.computeMissingUsedGenPackages());
		return genModel;
	}
}
