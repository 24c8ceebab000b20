package org.jixiao.ui.internal.editor;

import java.util.Optional;

import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.ui.editor.ModuleEditorPage;
import org.jixiao.ui.editor.ModuleEditorPageProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The module pages of the installed modules, from {@link ModuleRegistry#getDefault()}: a module's own
 * page when its contribution names one, else none (the editor then shows the generic page).
 */
@Component(service = ModuleEditorPageProvider.class)
public final class RegistryModulePages implements ModuleEditorPageProvider {

	@Override
	public Optional<IndicatorModule> module(String moduleId) {
		return ModuleRegistry.getDefault().module(moduleId);
	}

	@Override
	public Optional<ModuleEditorPage> createPage(String moduleId) {
		return module(moduleId).flatMap(m -> m.createPage(ModuleEditorPage.class));
	}
}
