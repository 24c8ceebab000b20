package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.jixiao.store.AuditEntry.Action;

/**
 * The field-level differences between the stored and the new version of an evaluation: its own
 * fields, the budget and its rows and projects, goals, indicator groups, indicators and the officer's
 * scores. Rows are matched by their path (一级 / 二级 / 三级, a repeated path by its occurrence).
 */
final class AuditDiff {

	/** A change: which row, which field, old and new value as text. */
	record Change(Action action, String path, String field, String oldValue, String newValue) {
	}

	private static final String ADJUSTMENT = "adjustment"; //$NON-NLS-1$

	private final List<Change> changes = new ArrayList<>();

	private AuditDiff() {
	}

	/** @return the changes from {@code before} to {@code after}, in the order of the evaluation */
	static List<Change> between(Evaluation before, Evaluation after) {
		AuditDiff diff = new AuditDiff();
		diff.compareAttributes("", "", before, after); //$NON-NLS-1$ //$NON-NLS-2$
		Budget oldBudget = before.getBudget();
		Budget newBudget = after.getBudget();
		if (oldBudget != null && newBudget != null) {
			diff.compareAttributes(RowPaths.of(newBudget), "", oldBudget, newBudget); //$NON-NLS-1$
			diff.compareRows(oldBudget.getBreakdowns(), newBudget.getBreakdowns());
			diff.compareRows(oldBudget.getProjects(), newBudget.getProjects());
		} else {
			diff.compareRows(oldBudget == null ? List.of() : List.of(oldBudget), newBudget == null ? List.of() : List.of(newBudget));
		}
		diff.compareRows(before.getGoals(), after.getGoals());
		diff.compareRows(groups(before), groups(after));
		diff.compareRows(indicators(before), indicators(after));
		diff.compareModuleData(before, after);
		return diff.changes;
	}

	private void compareRows(List<? extends EObject> before, List<? extends EObject> after) {
		Map<String, EObject> old = byPath(before);
		Map<String, EObject> current = byPath(after);
		for (Map.Entry<String, EObject> entry : current.entrySet()) {
			EObject previous = old.get(entry.getKey());
			if (previous == null) {
				changes.add(new Change(Action.ADDED, entry.getKey(), null, null, label(entry.getValue())));
			} else {
				compareAttributes(entry.getKey(), "", previous, entry.getValue()); //$NON-NLS-1$
				if (previous instanceof Indicator oldIndicator && entry.getValue() instanceof Indicator newIndicator) {
					compareAdjustments(entry.getKey(), oldIndicator.getAdjustment(), newIndicator.getAdjustment());
				}
			}
		}
		for (Map.Entry<String, EObject> entry : old.entrySet()) {
			if (!current.containsKey(entry.getKey())) {
				changes.add(new Change(Action.REMOVED, entry.getKey(), null, label(entry.getValue()), null));
			}
		}
	}

	/** Records each module whose ledgers changed, with the number of entries of each ledger before and after. */
	private void compareModuleData(Evaluation before, Evaluation after) {
		Set<String> modules = new LinkedHashSet<>();
		before.getModuleData().forEach(d -> modules.add(d.getModuleId()));
		after.getModuleData().forEach(d -> modules.add(d.getModuleId()));
		for (String module : modules) {
			ModuleData old = ModuleLedgers.find(before, module).orElse(null);
			ModuleData current = ModuleLedgers.find(after, module).orElse(null);
			String path = NLS.bind(Messages.AuditDiff_ledger, module);
			if (old == null) {
				changes.add(new Change(Action.ADDED, path, null, null, summary(current)));
			} else if (current == null) {
				changes.add(new Change(Action.REMOVED, path, null, summary(old), null));
			} else if (!ModuleDataDocuments.write(old).equals(ModuleDataDocuments.write(current))) {
				changes.add(new Change(Action.CHANGED, path, "ledgers", summary(old), summary(current))); //$NON-NLS-1$
			}
		}
	}

	private static String summary(ModuleData data) {
		if (data instanceof UninstalledModuleData) {
			return NLS.bind(Messages.AuditDiff_uninstalled, data.getModuleId());
		}
		return ModuleLedgers.ledgers(data.eClass()).stream()
				.map(ledger -> ModuleLedgers.label(ledger) + " " + ((List<?>) data.eGet(ledger)).size()) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private void compareAdjustments(String path, ScoreAdjustment before, ScoreAdjustment after) {
		if (before == null && after == null) {
			return;
		}
		if (before == null || after == null) {
			changes.add(new Change(Action.CHANGED, path, ADJUSTMENT, before == null ? null : Values.display(before.getScore()),
					after == null ? null : Values.display(after.getScore())));
			return;
		}
		compareAttributes(path, ADJUSTMENT + ".", before, after); //$NON-NLS-1$
	}

	private void compareAttributes(String path, String prefix, EObject before, EObject after) {
		for (EAttribute attribute : after.eClass().getEAllAttributes()) {
			if (attribute.isTransient() || attribute.isDerived()) {
				continue;
			}
			Object oldValue = before.eGet(attribute);
			Object newValue = after.eGet(attribute);
			if (!same(oldValue, newValue)) {
				changes.add(new Change(Action.CHANGED, path, prefix + attribute.getName(), Values.display(oldValue), Values.display(newValue)));
			}
		}
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static Map<String, EObject> byPath(List<? extends EObject> rows) {
		Map<String, EObject> map = new LinkedHashMap<>();
		for (EObject row : rows) {
			String path = RowPaths.of(row);
			String key = path;
			for (int n = 2; map.containsKey(key); n++) {
				key = path + " #" + n; //$NON-NLS-1$
			}
			map.put(key, row);
		}
		return map;
	}

	private static String label(EObject row) {
		return RowPaths.of(row);
	}

	private static List<EObject> groups(Evaluation evaluation) {
		List<EObject> groups = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			groups.add(category);
			groups.addAll(category.getSubcategories());
		}
		return groups;
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		List<Indicator> indicators = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				indicators.addAll(subcategory.getIndicators());
			}
		}
		return indicators;
	}
}
