package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

/** A module read from a contribution. */
final class ContributedModule implements IndicatorModule {

	private final String id;
	private final String name;
	private final URL icon;
	private final int order;
	private final List<String> businessLines;
	private final TemplateLibrary library;
	private final List<ModuleConstraint> constraints;
	private final String contributor;
	private final EClass dataClass;

	ContributedModule(String id, String name, URL icon, int order, List<String> businessLines, TemplateLibrary library,
			List<ModuleConstraint> constraints, String contributor, EClass dataClass) {
		this.id = id;
		this.name = name;
		this.icon = icon;
		this.order = order;
		this.businessLines = List.copyOf(businessLines);
		this.library = library;
		this.constraints = List.copyOf(constraints);
		this.contributor = contributor;
		this.dataClass = dataClass;
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
	public Optional<EClass> dataClass() {
		return Optional.ofNullable(dataClass);
	}

	@Override
	public String toString() {
		return id;
	}
}
