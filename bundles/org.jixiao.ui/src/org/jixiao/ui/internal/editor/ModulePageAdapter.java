package org.jixiao.ui.internal.editor;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.ui.editor.EvidenceFiles;
import org.jixiao.ui.editor.ModuleEditorPage;
import org.jixiao.ui.editor.ModuleEditorPageContext;

/** A module's page in the editor: the module's own {@link ModuleEditorPage}, or the generic one. */
final class ModulePageAdapter implements EditorPage, ModuleEditorPageContext {

	private final String title;
	private final Optional<URL> icon;
	private final String moduleId;
	private final PageContext context;
	private final ModuleEditorPage page;

	ModulePageAdapter(String title, Optional<URL> icon, String moduleId, PageContext context, ModuleEditorPage page) {
		this.title = title;
		this.icon = icon;
		this.moduleId = moduleId;
		this.context = context;
		this.page = page;
	}

	/** @return the module's page */
	ModuleEditorPage page() {
		return page;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public Optional<URL> icon() {
		return icon;
	}

	@Override
	public Control createControl(Composite parent) {
		return page.createControl(parent, this);
	}

	@Override
	public void scored(ScoreSheet sheet) {
		page.scored(sheet);
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return page.reveal(object, feature);
	}

	@Override
	public void dispose() {
		page.dispose();
	}

	@Override
	public String moduleId() {
		return moduleId;
	}

	@Override
	public Evaluation evaluation() {
		return context.evaluation();
	}

	@Override
	public EditingDomain editingDomain() {
		return context.domain();
	}

	@Override
	public void select(EObject object) {
		context.selection().accept(object);
	}

	@Override
	public EvidenceFiles evidence() {
		return context.evidence();
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> indicators = new ArrayList<>();
		for (IndicatorCategory category : context.evaluation().getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					String id = indicator.getModuleId() == null ? "" : indicator.getModuleId(); //$NON-NLS-1$
					if (id.equals(moduleId)) {
						indicators.add(indicator);
					}
				}
			}
		}
		return indicators;
	}
}
