package org.jixiao.core.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.jixiao.core.evaluation.JixiaoXmiResource;
import org.jixiao.core.evaluation.Uids;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.UninstalledModuleData;

/**
 * Module data as a document of its own: the XMI its module's EPackage writes, which the store keeps
 * without knowing the module's classes. Data of a module that is not installed (or that cannot be
 * read) stays an {@link UninstalledModuleData} holding the document unchanged, so that saving it
 * again loses nothing.
 */
public final class ModuleDataDocuments {

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$

	private ModuleDataDocuments() {
	}

	/**
	 * @param data a module's data, of its module's class or kept for a module not installed
	 * @return the namespace URI of the module's EPackage
	 */
	public static String nsURI(ModuleData data) {
		return data instanceof UninstalledModuleData kept ? kept.getNsURI() : data.eClass().getEPackage().getNsURI();
	}

	/**
	 * Writes module data as XMI; every ledger entry is given a uid first.
	 *
	 * @param data a module's data
	 * @return the XMI document
	 */
	public static String write(ModuleData data) {
		if (data instanceof UninstalledModuleData kept) {
			return kept.getContent();
		}
		EcoreUtil.<EObject>getAllContents(data, false).forEachRemaining(object -> {
			if (object instanceof org.jixiao.model.evaluation.LedgerEntry) {
				Uids.of(object);
			}
		});
		Resource resource = new JixiaoXmiResource(URI.createURI("jixiao:/module-data.xmi")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(data));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, OPTIONS);
		} catch (IOException e) {
			throw new IllegalStateException("module data cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Reads module data written by {@link #write}.
	 *
	 * @param moduleId the module's id
	 * @param nsURI the namespace URI of the module's EPackage
	 * @param content the XMI document
	 * @return the data of the module's class, or the document kept unchanged in an
	 *         {@link UninstalledModuleData} when the module's package is not registered or the
	 *         document cannot be read as module data
	 */
	public static ModuleData read(String moduleId, String nsURI, String content) {
		if (EPackage.Registry.INSTANCE.getEPackage(nsURI) != null) {
			Resource resource = new JixiaoXmiResource(URI.createURI("jixiao:/module-data.xmi")); //$NON-NLS-1$
			try {
				resource.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), OPTIONS);
				if (resource.getContents().size() == 1 && resource.getContents().get(0) instanceof ModuleData data
						&& moduleId.equals(data.getModuleId())) {
					return data;
				}
			} catch (IOException | RuntimeException e) {
				// kept below, unchanged, like the data of a module that is not installed
			}
		}
		UninstalledModuleData kept = EvaluationFactory.eINSTANCE.createUninstalledModuleData();
		kept.setModuleId(moduleId);
		kept.setNsURI(nsURI);
		kept.setContent(content);
		return kept;
	}
}
