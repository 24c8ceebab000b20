/**
 * Indicator modules: the business lines of a department (党建, 人事人才, 人社, 营商环境…) as plug-ins.
 * <p>
 * A module is a bundle that contributes to the extension point {@code org.jixiao.core.modules}
 * (schema {@code schema/modules.exsd}): an id, a translatable name, an icon, an order, the business
 * lines it covers, its indicator template library (a JSON resource read by
 * {@link org.jixiao.core.modules.TemplateLibrary#read}), optional {@link ModuleConstraint}s and an
 * optional editor page. {@link ModuleRegistry} reads the contributions lazily and skips a broken one;
 * {@link ModuleConstraintValidator} runs the constraints in validation; {@link EvaluationTemplates}
 * builds a new evaluation from modules' templates.
 * <p>
 * This package is API, versioned in the manifest.
 */
package org.jixiao.core.modules;
