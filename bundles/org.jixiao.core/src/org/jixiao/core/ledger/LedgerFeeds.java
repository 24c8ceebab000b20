package org.jixiao.core.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.LedgerFeed;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ModuleData;

/**
 * Computes indicators' actual values from the modules' ledgers, by the feeds the modules declare
 * beside their templates ({@link LedgerFeed}). An indicator is fed when its module is installed, the
 * module's template of the same name declares a feed, the evaluation holds the module's data and the
 * feed's base has at least one entry: an empty ledger never overwrites what the officer entered.
 * A value the officer entered by hand over a fed one ({@code Indicator.actualByHand}) is kept and
 * compared ({@link #disagreements}).
 */
public final class LedgerFeeds {

	private final Function<String, Optional<IndicatorModule>> modules;

	/** @param modules the installed modules by id, e.g. {@code ModuleRegistry.getDefault()::module} */
	public LedgerFeeds(Function<String, Optional<IndicatorModule>> modules) {
		this.modules = modules;
	}

	/** @return the feeds of the installed modules */
	public static LedgerFeeds getDefault() {
		ModuleRegistry registry = ModuleRegistry.getDefault();
		return new LedgerFeeds(registry::module);
	}

	/**
	 * @param evaluation an evaluation
	 * @return what the ledgers say of every fed indicator, in table order
	 */
	public List<FeedResult> compute(Evaluation evaluation) {
		List<FeedResult> results = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					compute(evaluation, indicator).ifPresent(results::add);
				}
			}
		}
		return results;
	}

	/**
	 * @param indicator an indicator of an evaluation
	 * @return what the ledger says of it, when it is fed
	 */
	public Optional<FeedResult> compute(Indicator indicator) {
		EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(indicator);
		return root instanceof Evaluation evaluation ? compute(evaluation, indicator) : Optional.empty();
	}

	/**
	 * The changes that bring the fed indicators in line with their ledgers: the actual value of each
	 * indicator not entered by hand, and a drafted deviation explanation where there is none.
	 *
	 * @param evaluation an evaluation
	 * @return the changes, none when everything agrees
	 */
	public List<FeedChange> changes(Evaluation evaluation) {
		List<FeedChange> changes = new ArrayList<>();
		for (FeedResult result : compute(evaluation)) {
			Indicator indicator = result.indicator();
			if (indicator.isActualByHand()) {
				continue;
			}
			if (!result.actualText().equals(indicator.getActualText())) {
				changes.add(new FeedChange(indicator, EvaluationPackage.Literals.INDICATOR__ACTUAL_TEXT, result.actualText()));
			}
			if (result.draftReason().isPresent() && (indicator.getDeviationReason() == null || indicator.getDeviationReason().isBlank())) {
				changes.add(new FeedChange(indicator, EvaluationPackage.Literals.INDICATOR__DEVIATION_REASON, result.draftReason().get()));
			}
		}
		return changes;
	}

	/**
	 * Applies {@link #changes} directly, for work outside an editor (import, the command line).
	 *
	 * @param evaluation an evaluation
	 * @return the number of values changed
	 */
	public int apply(Evaluation evaluation) {
		List<FeedChange> changes = changes(evaluation);
		changes.forEach(c -> c.indicator().eSet(c.attribute(), c.value()));
		return changes.size();
	}

	/**
	 * @param evaluation an evaluation
	 * @return the fed indicators whose value the officer entered by hand and that differ from the ledger
	 */
	public List<FeedResult> disagreements(Evaluation evaluation) {
		return compute(evaluation).stream().filter(r -> r.indicator().isActualByHand())
				.filter(r -> !r.actualText().equals(r.indicator().getActualText())).toList();
	}

	private Optional<FeedResult> compute(Evaluation evaluation, Indicator indicator) {
		String moduleId = indicator.getModuleId();
		if (moduleId == null) {
			return Optional.empty();
		}
		Optional<IndicatorModule> module = modules.apply(moduleId);
		Optional<IndicatorTemplate> template = module.flatMap(m -> m.template(indicator.getName()));
		Optional<LedgerFeed> feed = template.flatMap(IndicatorTemplate::feed);
		Optional<ModuleData> data = ModuleLedgers.find(evaluation, moduleId);
		if (feed.isEmpty() || data.isEmpty() || data.get().eClass().getEStructuralFeature(feed.get().ledger()) == null) {
			return Optional.empty();
		}
		List<EObject> base = new ArrayList<>();
		for (EObject entry : ModuleLedgers.entries(data.get(), feed.get().ledger())) {
			if (matches(entry, feed.get().among()) && inYear(entry, feed.get(), evaluation.getFiscalYear())) {
				base.add(entry);
			}
		}
		if (base.isEmpty()) {
			return Optional.empty();
		}
		List<EObject> matched = base.stream().filter(e -> matches(e, feed.get().where())).toList();
		String unit = template.get().unit();
		BigDecimal value;
		String text;
		switch (feed.get().measure()) {
		case RATIO -> {
			value = BigDecimal.valueOf(matched.size()).multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(base.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros();
			text = value.toPlainString() + '%';
		}
		case SUM -> {
			value = matched.stream().map(e -> number(e, feed.get().field().orElseThrow())).reduce(BigDecimal.ZERO, BigDecimal::add)
					.stripTrailingZeros();
			text = value.toPlainString() + unit;
		}
		default -> {
			value = BigDecimal.valueOf(matched.size());
			text = matched.size() + unit;
		}
		}
		int unmatched = base.size() - matched.size();
		String note = feed.get().note().replace("{matched}", String.valueOf(matched.size())) //$NON-NLS-1$
				.replace("{total}", String.valueOf(base.size())).replace("{unmatched}", String.valueOf(unmatched)); //$NON-NLS-1$ //$NON-NLS-2$
		String explanation = note.isEmpty() ? NLS.bind(Messages.LedgerFeeds_computed, text)
				: NLS.bind(Messages.LedgerFeeds_computedWithNote, text, note);
		// a count's unit counts entries (名, 件); a ratio's or a sum's (%, 万元) does not
		Function<Integer, String> entries = feed.get().measure() == LedgerFeed.Measure.COUNT ? n -> n + unit
				: n -> NLS.bind(Messages.LedgerFeeds_entries, n);
		Optional<String> draft = feed.get().reasons().flatMap(field -> draft(base, matched, field, entries));
		return Optional.of(new FeedResult(indicator, feed.get(), text, value, matched.size(), base.size(), explanation, draft));
	}

	private static Optional<String> draft(List<EObject> base, List<EObject> matched, String field, Function<Integer, String> entries) {
		Map<String, Integer> reasons = new LinkedHashMap<>();
		int unmatched = 0;
		for (EObject entry : base) {
			if (matched.contains(entry)) {
				continue;
			}
			unmatched++;
			Object reason = value(entry, field);
			String text = reason == null || reason.toString().isBlank() ? Messages.LedgerFeeds_noReason : reason.toString().strip();
			reasons.merge(text, 1, Integer::sum);
		}
		if (unmatched == 0) {
			return Optional.empty();
		}
		String list = reasons.entrySet().stream().map(e -> NLS.bind(Messages.LedgerFeeds_reason, e.getKey(), entries.apply(e.getValue())))
				.collect(Collectors.joining(Messages.LedgerFeeds_reasonSeparator));
		return Optional.of(NLS.bind(Messages.LedgerFeeds_draft, entries.apply(unmatched), list));
	}

	private static boolean matches(EObject entry, Map<String, List<String>> condition) {
		for (Map.Entry<String, List<String>> each : condition.entrySet()) {
			Object value = value(entry, each.getKey());
			if (!each.getValue().contains(text(value))) {
				return false;
			}
		}
		return true;
	}

	private static boolean inYear(EObject entry, LedgerFeed feed, int fiscalYear) {
		if (feed.inYear().isEmpty()) {
			return true;
		}
		Object value = value(entry, feed.inYear().get());
		return value instanceof Date date && date.toInstant().atZone(ZoneId.systemDefault()).getYear() == fiscalYear;
	}

	private static BigDecimal number(EObject entry, String field) {
		Object value = value(entry, field);
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return BigDecimal.ZERO;
	}

	private static Object value(EObject entry, String field) {
		EStructuralFeature feature = entry.eClass().getEStructuralFeature(field);
		if (!(feature instanceof EAttribute)) {
			throw new IllegalArgumentException(entry.eClass().getName() + " has no field " + field); //$NON-NLS-1$
		}
		return entry.eGet(feature);
	}

	private static String text(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return Objects.toString(value, ""); //$NON-NLS-1$
	}
}
