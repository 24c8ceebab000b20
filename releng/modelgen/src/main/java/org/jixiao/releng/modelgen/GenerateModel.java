package org.jixiao.releng.modelgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
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
 * Runs the EMF generator outside OSGi: reconciles the genmodel with the .ecore, then generates the
 * model and edit code into the bundles' {@code src-gen} folders.
 */
public final class GenerateModel {

	private static final List<String> BUNDLES = List.of("org.jixiao.model", "org.jixiao.model.edit"); //$NON-NLS-1$ //$NON-NLS-2$

	private GenerateModel() {
	}

	/**
	 * @param args the repository root
	 * @throws IOException when the genmodel cannot be saved
	 */
	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize(); //$NON-NLS-1$
		for (String bundle : BUNDLES) {
			EcorePlugin.getPlatformResourceMap().put(bundle,
					URI.createFileURI(root.resolve("bundles").resolve(bundle) + "/")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		EcorePlugin.ExtensionProcessor.process(null);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		URI uri = URI.createPlatformResourceURI("/org.jixiao.model/model/evaluation.genmodel", true); //$NON-NLS-1$
		Resource resource = resourceSet.getResource(uri, true);
		GenModel genModel = reconciled((GenModel) resource.getContents().get(0));
		resource.getContents().set(0, genModel);
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("the genmodel is not valid: " + valid); //$NON-NLS-1$
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("generation of " + type + " failed: " + result); //$NON-NLS-1$ //$NON-NLS-2$
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
		genModel.reconcile(committed);
		genModel.getUsedGenPackages().addAll(genModel.computeMissingUsedGenPackages());
		return genModel;
	}
}
