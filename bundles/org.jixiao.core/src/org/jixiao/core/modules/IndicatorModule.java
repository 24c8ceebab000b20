package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

/**
 * A business module as contributed to {@code org.jixiao.core.modules}. Obtain modules from
 * {@link ModuleRegistry}; a module never changes once read.
 */
public interface IndicatorModule {

	/** @return the id, e.g. {@code partybuilding}; indicators name it in {@code moduleId} */
	String id();

	/** @return the name in the runtime's language, e.g. 党建 */
	String name();

	/** @return the icon inside the contributing bundle, if it names one */
	Optional<URL> icon();

	/** @return where the module sorts among the others; lower first */
	int order();

	/** @return the business lines the module covers, in the runtime's language */
	List<String> businessLines();

	/** @return the template library: every indicator the module offers, in its order */
	List<IndicatorTemplate> templates();

	/**
	 * @return the sum the weights of the standard templates ({@link IndicatorTemplate#standard()})
	 *         add up to, where the library declares one; {@link TemplateLibrary#read} checks it
	 */
	Optional<BigDecimal> declaredWeightTotal();

	/** @return the extra validation constraints, run on the indicators whose moduleId is {@link #id()} */
	List<ModuleConstraint> constraints();

	/** @return the symbolic name of the bundle that contributes the module */
	String contributor();

	/**
	 * @return the class of the data the module keeps for an evaluation (its ledgers, 台账): a
	 *         {@link org.jixiao.model.evaluation.ModuleData} subclass of the module's own EPackage, or
	 *         empty when the module keeps none
	 */
	Optional<EClass> dataClass();

	/**
	 * @param name an indicator name
	 * @return the template of that name
	 */
	default Optional<IndicatorTemplate> template(String name) {
		return templates().stream().filter(t -> t.name().equals(name)).findFirst();
	}
}
