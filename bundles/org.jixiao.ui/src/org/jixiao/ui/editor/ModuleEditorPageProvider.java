package org.jixiao.ui.editor;

import java.util.Optional;

/**
 * The source of module pages: an OSGi service, registered by the module registry. Without one, the
 * editor titles a module's page with its id and shows the generic indicator table.
 */
public interface ModuleEditorPageProvider {

	/**
	 * @param moduleId a module id found in an evaluation
	 * @return the module's translated name, or empty when the module is not installed
	 */
	Optional<String> label(String moduleId);

	/**
	 * @param moduleId a module id found in an evaluation
	 * @return a new page for the module, or empty for the generic indicator table
	 */
	Optional<ModuleEditorPage> createPage(String moduleId);
}
