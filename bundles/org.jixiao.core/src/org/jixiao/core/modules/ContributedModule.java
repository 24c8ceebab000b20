package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.osgi.util.NLS;

/** A module read from a contribution; the registry keeps its configuration element for the page. */
final class ContributedModule implements IndicatorModule {

	static final String PAGE = "page"; //$NON-NLS-1$

	private final String id;
	private final String name;
	private final URL icon;
	private final int order;
	private final List<String> businessLines;
	private final TemplateLibrary library;
	private final List<ModuleConstraint> constraints;
	private final String contributor;
	private final IConfigurationElement element;

	ContributedModule(String id, String name, URL icon, int order, List<String> businessLines, TemplateLibrary library,
			List<ModuleConstraint> constraints, String contributor, IConfigurationElement element) {
		this.id = id;
		this.name = name;
		this.icon = icon;
		this.order = order;
		this.businessLines = List.copyOf(businessLines);
		this.library = library;
		this.constraints = List.copyOf(constraints);
		this.contributor = contributor;
		this.element = element;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Optional<URL> icon() {
		return Optional.ofNullable(icon);
	}

	@Override
	public int order() {
		return order;
	}

	@Override
	public List<String> businessLines() {
		return businessLines;
	}

	@Override
	public List<IndicatorTemplate> templates() {
		return library.templates();
	}

	@Override
	public Optional<BigDecimal> declaredWeightTotal() {
		return library.weightTotal();
	}

	@Override
	public List<ModuleConstraint> constraints() {
		return constraints;
	}

	@Override
	public String contributor() {
		return contributor;
	}

	@Override
	public <T> Optional<T> createPage(Class<T> type) {
		try {
			if (element == null || element.getAttribute(PAGE) == null) {
				return Optional.empty();
			}
			Object page = element.createExecutableExtension(PAGE);
			if (type.isInstance(page)) {
				return Optional.of(type.cast(page));
			}
			ModuleRegistry.log(NLS.bind(Messages.ModuleRegistry_pageType, new Object[] { id, page.getClass().getName(), type.getName() }), null);
		} catch (CoreException | InvalidRegistryObjectException e) {
			ModuleRegistry.log(NLS.bind(Messages.ModuleRegistry_pageFailed, id, e.getMessage()), e);
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return id;
	}
}
