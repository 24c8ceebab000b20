package org.jixiao.core.modules;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.value.Descriptive;
import org.jixiao.core.value.ParseProblem;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.TimePoint;
import org.jixiao.core.value.Unit;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.TargetBasis;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A module's indicator template library, as read from the JSON resource its contribution names:
 *
 * <pre>
 * { "weightTotal": 8,
 *   "templates": [
 *     { "id": "members-developed", "category": "产出指标", "subcategory": "数量指标",
 *       "name": "发展党员", "comparator": "≥", "unit": "名", "weight": 1.5, "target": "≥30名",
 *       "guidance": "…", "section": "持续加强机关和基层党建工作", "standard": true,
 *       "basis": "计划标准", "criterion": "完成年度指标值得满分，未完成的按完成比例计分", "core": true } ] }
 * </pre>
 *
 * {@code comparator} is one of ≥ &gt; = ≤ &lt; {@code time} {@code qualitative}; {@code standard}
 * defaults to true; {@code weightTotal} is optional; {@code basis} (one of 计划标准 行业标准 历史标准
 * 其他标准), {@code criterion} (评（扣）分标准) and {@code core} (核心指标, default false) are optional.
 *
 * @param templates the templates, in the library's order
 * @param weightTotal the declared sum of the standard templates' weights, if any
 */
public record TemplateLibrary(List<IndicatorTemplate> templates, Optional<BigDecimal> weightTotal) {

	private static final BigDecimal TOLERANCE = new BigDecimal("0.001"); //$NON-NLS-1$

	/** Copies the list. */
	public TemplateLibrary {
		templates = List.copyOf(templates);
	}

	/**
	 * Reads and checks a library: every field present, ids and names unique, the placement one of
	 * {@link Placement}, the weight positive, the target read by {@link ValueParser} with the
	 * template's comparator and unit, and the standard weights adding up to {@code weightTotal}.
	 *
	 * @param in the JSON, UTF-8; not closed
	 * @param source names the resource in messages, e.g. {@code org.jixiao.module.hr/templates/hr.json}
	 * @return the library
	 * @throws TemplateLibraryException naming the source, the template and the cause of the first problem
	 */
	public static TemplateLibrary read(InputStream in, String source) throws TemplateLibraryException {
		JsonObject root;
		try {
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			JsonElement element = JsonParser.parseReader(reader);
			if (!element.isJsonObject()) {
				throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_notObject, source), null);
			}
			root = element.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_unreadable, source, e.getMessage()), e);
		}
		JsonElement list = root.get("templates"); //$NON-NLS-1$
		if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
			throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_noTemplates, source), null);
		}
		ValueParser parser = new ValueParser(Year.now());
		List<IndicatorTemplate> templates = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		int index = 0;
		for (JsonElement each : list.getAsJsonArray()) {
			index++;
			String place = NLS.bind(Messages.TemplateLibrary_place, source, index);
			if (!each.isJsonObject()) {
				throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place, Messages.TemplateLibrary_notObjectShort), null);
			}
			Optional<String> id = optionalText(each.getAsJsonObject(), "id"); //$NON-NLS-1$
			if (id.isPresent()) {
				place = NLS.bind(Messages.TemplateLibrary_place, source, id.get());
			}
			IndicatorTemplate template = template(each.getAsJsonObject(), place);
			if (!ids.add(template.id()) || !names.add(template.name())) {
				throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place,
						NLS.bind(Messages.TemplateLibrary_duplicate, template.name())), null);
			}
			check(template, parser, place);
			templates.add(template);
		}
		Optional<BigDecimal> total = Optional.empty();
		if (root.has("weightTotal")) { //$NON-NLS-1$
			total = Optional.of(number(root, "weightTotal", source)); //$NON-NLS-1$
			BigDecimal sum = templates.stream().filter(IndicatorTemplate::standard).map(IndicatorTemplate::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.subtract(total.get()).abs().compareTo(TOLERANCE) > 0) {
				throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_weightTotal, new Object[] { source,
						sum.stripTrailingZeros().toPlainString(), total.get().stripTrailingZeros().toPlainString() }), null);
			}
		}
		return new TemplateLibrary(templates, total);
	}

	private static IndicatorTemplate template(JsonObject o, String place) throws TemplateLibraryException {
		String literal = text(o, "comparator", place); //$NON-NLS-1$
		Comparator comparator = Comparator.get(literal);
		if (comparator == null) {
			throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place,
					NLS.bind(Messages.TemplateLibrary_comparator, literal)), null);
		}
		boolean standard = !o.has("standard") || o.get("standard").getAsBoolean(); //$NON-NLS-1$ //$NON-NLS-2$
		TargetBasis basis = null;
		Optional<String> basisText = optionalText(o, "basis"); //$NON-NLS-1$
		if (basisText.isPresent()) {
			basis = TargetBasis.get(basisText.get());
			if (basis == null) {
				throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place,
						NLS.bind(Messages.TemplateLibrary_basis, basisText.get())), null);
			}
		}
		IndicatorTemplate.Rules rules = new IndicatorTemplate.Rules(basis, optionalText(o, "criterion").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
				o.has("core") && o.get("core").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
		return new IndicatorTemplate(text(o, "id", place), text(o, "category", place), text(o, "subcategory", place), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text(o, "name", place), comparator, o.has("unit") ? o.get("unit").getAsString() : "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				number(o, "weight", place), text(o, "target", place), text(o, "guidance", place), text(o, "section", place), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				standard, rules, feed(o, place));
	}

	private static Optional<LedgerFeed> feed(JsonObject template, String place) throws TemplateLibraryException {
		JsonElement element = template.get("feed"); //$NON-NLS-1$
		if (element == null) {
			return Optional.empty();
		}
		if (!element.isJsonObject()) {
			fail(place, NLS.bind(Messages.TemplateLibrary_feed, Messages.TemplateLibrary_notObjectShort));
		}
		JsonObject o = element.getAsJsonObject();
		String measure = o.has("measure") ? o.get("measure").getAsString() : "count"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LedgerFeed.Measure kind;
		try {
			kind = LedgerFeed.Measure.valueOf(measure.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place,
					NLS.bind(Messages.TemplateLibrary_feed, NLS.bind(Messages.TemplateLibrary_feedMeasure, measure))), e);
		}
		Optional<String> field = optionalText(o, "field"); //$NON-NLS-1$
		if (kind == LedgerFeed.Measure.SUM && field.isEmpty()) {
			fail(place, NLS.bind(Messages.TemplateLibrary_feed, NLS.bind(Messages.TemplateLibrary_missing, "field"))); //$NON-NLS-1$
		}
		String ledger = optionalText(o, "ledger").orElse(null); //$NON-NLS-1$
		if (ledger == null) {
			fail(place, NLS.bind(Messages.TemplateLibrary_feed, NLS.bind(Messages.TemplateLibrary_missing, "ledger"))); //$NON-NLS-1$
		}
		return Optional.of(new LedgerFeed(ledger, kind, condition(o, "where", place), condition(o, "among", place), //$NON-NLS-1$ //$NON-NLS-2$
				optionalText(o, "inYear"), field, optionalText(o, "note").orElse(""), optionalText(o, "reasons"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static Map<String, List<String>> condition(JsonObject feed, String key, String place) throws TemplateLibraryException {
		JsonElement element = feed.get(key);
		if (element == null) {
			return Map.of();
		}
		if (!element.isJsonObject()) {
			fail(place, NLS.bind(Messages.TemplateLibrary_feed, NLS.bind(Messages.TemplateLibrary_feedCondition, key)));
		}
		Map<String, List<String>> condition = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> each : element.getAsJsonObject().entrySet()) {
			List<String> values = new ArrayList<>();
			JsonElement value = each.getValue();
			for (JsonElement one : value.isJsonArray() ? value.getAsJsonArray().asList() : List.of(value)) {
				if (!one.isJsonPrimitive()) {
					fail(place, NLS.bind(Messages.TemplateLibrary_feed, NLS.bind(Messages.TemplateLibrary_feedCondition, key)));
				}
				values.add(one.getAsString());
			}
			condition.put(each.getKey(), values);
		}
		return condition;
	}

	private static Optional<String> optionalText(JsonObject o, String key) {
		JsonElement value = o.get(key);
		return value == null || !value.isJsonPrimitive() || value.getAsString().isBlank() ? Optional.empty()
				: Optional.of(value.getAsString());
	}

	private static void check(IndicatorTemplate t, ValueParser parser, String place) throws TemplateLibraryException {
		if (!Placement.isValid(t.category(), t.subcategory())) {
			fail(place, NLS.bind(Messages.TemplateLibrary_placement, t.category(), t.subcategory()));
		}
		if (t.weight().signum() <= 0) {
			fail(place, NLS.bind(Messages.TemplateLibrary_weight, t.weight().toPlainString()));
		}
		ParseResult target = parser.parse(t.target());
		if (target instanceof ParseProblem problem) {
			fail(place, problem.message());
		}
		boolean fits = switch (t.comparator()) {
		case TIME -> target instanceof TimePoint
				|| target instanceof Descriptive d && d.comparator() == org.jixiao.core.value.Comparator.TIME;
		case QUALITATIVE -> target instanceof Descriptive d && d.comparator() == org.jixiao.core.value.Comparator.QUALITATIVE;
		default -> target instanceof Quantity q && q.comparator().symbol().equals(t.comparator().getLiteral());
		};
		if (!fits) {
			fail(place, NLS.bind(Messages.TemplateLibrary_targetComparator, t.target(), t.comparator().getLiteral()));
		}
		if (target instanceof Quantity q) {
			Optional<Unit> unit = Unit.of(t.unit());
			if (unit.isEmpty() || !q.unit().isConvertibleTo(unit.get())) {
				fail(place, NLS.bind(Messages.TemplateLibrary_unit, t.target(), t.unit()));
			}
		}
	}

	private static void fail(String place, String cause) throws TemplateLibraryException {
		throw new TemplateLibraryException(NLS.bind(Messages.TemplateLibrary_invalid, place, cause), null);
	}

	private static String text(JsonObject o, String key, String place) throws TemplateLibraryException {
		JsonElement value = o.get(key);
		if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
			fail(place, NLS.bind(Messages.TemplateLibrary_missing, key));
		}
		return value.getAsString().strip();
	}

	private static BigDecimal number(JsonObject o, String key, String place) throws TemplateLibraryException {
		JsonElement value = o.get(key);
		try {
			if (value != null && value.isJsonPrimitive()) {
				return value.getAsBigDecimal();
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		fail(place, NLS.bind(Messages.TemplateLibrary_number, key));
		return null;
	}
}
