package org.jixiao.ui.editor;

import java.util.Optional;

import org.jixiao.core.modules.IndicatorModule;

/**
 * The source of module pages: an OSGi service, which this bundle registers backed by the
 * {@link org.jixiao.core.modules.ModuleRegistry}. Without one, the editor titles a module's page with
 * its id and shows the generic indicator table without a template library.
 */
public interface ModuleEditorPageProvider {

	/**
	 * @param moduleId a module id found in an evaluation
	 * @return the installed module (its name titles the page, its icon marks the tab, its templates
	 *         feed "add from the template library"), or empty when it is not installed
	 */
	Optional<IndicatorModule> module(String moduleId);

	/**
	 * @param moduleId a module id found in an evaluation
	 * @return a new page of the module's own, or empty for the generic indicator table
	 */
	Optional<ModuleEditorPage> createPage(String moduleId);
}
