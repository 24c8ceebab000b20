/**
 * Validation of evaluations by the official rules: the constraints named in the metamodel,
 * implemented by {@link org.jixiao.core.validation.EvaluationRulesValidator}.
 */
package org.jixiao.core.validation;
