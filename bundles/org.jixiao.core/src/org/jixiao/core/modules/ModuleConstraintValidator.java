package org.jixiao.core.modules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.Indicator;

/**
 * Runs the modules' {@link ModuleConstraint}s after another validator: every indicator whose moduleId
 * names an installed module is checked by that module's constraints. Each problem becomes a diagnostic
 * of source {@link #DIAGNOSTIC_SOURCE} and code {@link #CONSTRAINT_VIOLATED} whose message starts with
 * the indicator's row path and whose data is the indicator. A constraint that throws is reported as a
 * warning naming it, and validation goes on.
 */
public final class ModuleConstraintValidator implements EValidator {

	/** The source of this validator's diagnostics. */
	public static final String DIAGNOSTIC_SOURCE = "org.jixiao.core.modules"; //$NON-NLS-1$

	/** The code of a problem a module constraint found. */
	public static final int CONSTRAINT_VIOLATED = 1;

	/** The code of a module constraint that failed to run. */
	public static final int CONSTRAINT_FAILED = 2;

	private final EValidator delegate;
	private final ModuleRegistry modules;

	/**
	 * @param delegate the validator that runs first, e.g. the rules validator
	 * @param modules where the constraints come from
	 */
	public ModuleConstraintValidator(EValidator delegate, ModuleRegistry modules) {
		this.delegate = delegate;
		this.modules = modules;
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = delegate.validate(eClass, object, diagnostics, context);
		if (object instanceof Indicator indicator) {
			valid &= check(indicator, diagnostics);
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return delegate.validate(dataType, value, diagnostics, context);
	}

	private boolean check(Indicator indicator, DiagnosticChain diagnostics) {
		String moduleId = indicator.getModuleId();
		Optional<IndicatorModule> module = moduleId == null ? Optional.empty() : modules.module(moduleId);
		if (module.isEmpty()) {
			return true;
		}
		boolean valid = true;
		for (ModuleConstraint constraint : module.get().constraints()) {
			List<ConstraintProblem> problems;
			try {
				problems = constraint.check(indicator);
			} catch (RuntimeException e) {
				ModuleRegistry.log(NLS.bind(Messages.ModuleConstraintValidator_failed, constraint.getClass().getName(), e), e);
				report(diagnostics, Diagnostic.WARNING, CONSTRAINT_FAILED, indicator,
						NLS.bind(Messages.ModuleConstraintValidator_failed, constraint.getClass().getName(), e));
				continue;
			}
			for (ConstraintProblem problem : problems) {
				valid &= !problem.error();
				report(diagnostics, problem.error() ? Diagnostic.ERROR : Diagnostic.WARNING, CONSTRAINT_VIOLATED, indicator,
						problem.message());
			}
		}
		return valid;
	}

	private static void report(DiagnosticChain diagnostics, int severity, int code, Indicator indicator, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, RowPaths.of(indicator) + ": " + message, //$NON-NLS-1$
					new Object[] { indicator }));
		}
	}
}
