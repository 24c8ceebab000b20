package org.jixiao.ui.internal.editor;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.ui.editor.ModuleEditorPage;
import org.jixiao.ui.editor.ModuleEditorPageProvider;
import org.jixiao.ui.internal.Messages;
import org.osgi.service.component.annotations.Component;

/**
 * The module pages: the modules from {@link ModuleRegistry#getDefault()}, their own pages from the
 * extension point {@value #EXTENSION_POINT}. A module without a page of its own gets none here (the
 * editor then shows the generic page).
 */
@Component(service = ModuleEditorPageProvider.class)
public final class RegistryModulePages implements ModuleEditorPageProvider {

	/** The extension point of module pages. */
	public static final String EXTENSION_POINT = "org.jixiao.ui.modulePages"; //$NON-NLS-1$

	@Override
	public Optional<IndicatorModule> module(String moduleId) {
		return ModuleRegistry.getDefault().module(moduleId);
	}

	@Override
	public Optional<ModuleEditorPage> createPage(String moduleId) {
		var registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return Optional.empty();
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (!moduleId.equals(element.getAttribute("module"))) { //$NON-NLS-1$
					continue;
				}
				Object page = element.createExecutableExtension("class"); //$NON-NLS-1$
				if (page instanceof ModuleEditorPage modulePage) {
					return Optional.of(modulePage);
				}
				log(NLS.bind(Messages.ModulePages_type, new Object[] { moduleId, page.getClass().getName(), ModuleEditorPage.class.getName() }), null);
			} catch (CoreException | InvalidRegistryObjectException e) {
				log(NLS.bind(Messages.ModulePages_failed, moduleId, e.getMessage()), e);
			}
		}
		return Optional.empty();
	}

	private static void log(String message, Throwable cause) {
		ILog.of(RegistryModulePages.class).log(new Status(IStatus.WARNING, "org.jixiao.ui", message, cause)); //$NON-NLS-1$
	}
}
