package org.jixiao.core.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;

/**
 * Reads {@link RuleSet}s from JSON: the built-in {@code mof-2020} and {@code transfer-2020} (resources
 * {@code rulesets/<id>.json} beside this class) or a department's own file of the same form, e.g.
 *
 * <pre>
 * { "id": "mof-2020", "name": "…", "description": "optional",
 *   "weights": { "budgetExecution": 10, "output": 50, "benefit": 30, "satisfaction": 10 },
 *   "projectWeights": { "budgetExecution": 10, "output": 50, "benefit": 30, "satisfaction": 10,
 *                       "withoutSatisfaction": "output" },   (optional; these values when absent)
 *   "budgetExecution": { "capPercent": 100, "explanationBelowPercent": 90 },
 *   "overAchievementPercent": 130, "reverseFormula": "linear",
 *   "qualitativeBands": [ { "grade": "achieved", "fromPercent": 80, "toPercent": 100 }, … ],
 *   "lateScoreCapPercent": 80,
 *   "grades": [ { "grade": "excellent", "minScore": 90 }, … ],
 *   "rounding": { "scale": 2, "mode": "HALF_UP" } }
 * </pre>
 *
 * Every setting is required and unknown settings are refused, so that a misspelt key is reported
 * rather than ignored. Failures raise {@link RuleSetException} naming the id or file and the cause.
 * <p>
 * Which rule set applies to an evaluation, a department's own version or the built-in one, is chosen
 * by {@link org.jixiao.core.evaluation.RuleSetService} alone.
 */
public final class RuleSets {

	/** The id of the default rule set, 财预〔2020〕10号. */
	public static final String MOF_2020 = "mof-2020"; //$NON-NLS-1$
	/** The id of the central transfer-payment rule set. */
	public static final String TRANSFER_2020 = "transfer-2020"; //$NON-NLS-1$

	private static final List<String> BUILT_IN = List.of(MOF_2020, TRANSFER_2020);
	private static final String SUFFIX = ".json"; //$NON-NLS-1$
	/** Where Gson's messages place a syntax error. */
	private static final Pattern JSON_PLACE = Pattern.compile("at line (\\d+) column (\\d+)"); //$NON-NLS-1$
	private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();
	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Map<String, RuleSet> BUILT_IN_CACHE = new ConcurrentHashMap<>();

	private RuleSets() {
	}

	/** @return the ids of the built-in rule sets */
	public static List<String> builtInIds() {
		return BUILT_IN;
	}

	/**
	 * Reads a built-in rule set as shipped; which rule set applies to an evaluation is chosen by
	 * {@link org.jixiao.core.evaluation.RuleSetService}.
	 *
	 * @param id a built-in rule set id
	 * @return the rule set
	 * @throws RuleSetException when the id is unknown
	 */
	public static RuleSet builtIn(String id) {
		if (!BUILT_IN.contains(id)) {
			throw unknown(id);
		}
		return BUILT_IN_CACHE.computeIfAbsent(id, RuleSets::readBuiltIn);
	}

	private static RuleSet readBuiltIn(String id) {
		String resource = "rulesets/" + id + SUFFIX; //$NON-NLS-1$
		try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw unknown(id);
			}
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource, id);
		} catch (IOException e) {
			throw unreadable(resource, e.getMessage(), e);
		}
	}

	/**
	 * Writes a rule set as JSON of the form {@link #parse(Reader, String)} reads.
	 *
	 * @param rules the rule set
	 * @param writer where to write
	 * @throws IOException when the writer fails
	 */
	public static void write(RuleSet rules, Writer writer) throws IOException {
		JsonObject root = new JsonObject();
		root.addProperty("id", rules.id()); //$NON-NLS-1$
		root.addProperty("name", rules.name()); //$NON-NLS-1$
		JsonObject weights = new JsonObject();
		weights.addProperty("budgetExecution", rules.weights().budgetExecution()); //$NON-NLS-1$
		weights.addProperty("output", rules.weights().output()); //$NON-NLS-1$
		weights.addProperty("benefit", rules.weights().benefit()); //$NON-NLS-1$
		weights.addProperty("satisfaction", rules.weights().satisfaction()); //$NON-NLS-1$
		root.add("weights", weights); //$NON-NLS-1$
		JsonObject project = new JsonObject();
		WeightTemplate projectWeights = rules.projectWeights().weights();
		project.addProperty("budgetExecution", projectWeights.budgetExecution()); //$NON-NLS-1$
		project.addProperty("output", projectWeights.output()); //$NON-NLS-1$
		project.addProperty("benefit", projectWeights.benefit()); //$NON-NLS-1$
		project.addProperty("satisfaction", projectWeights.satisfaction()); //$NON-NLS-1$
		project.addProperty("withoutSatisfaction", rules.projectWeights().withoutSatisfaction().id()); //$NON-NLS-1$
		root.add("projectWeights", project); //$NON-NLS-1$
		JsonObject execution = new JsonObject();
		execution.addProperty("capPercent", rules.executionCapPercent()); //$NON-NLS-1$
		execution.addProperty("explanationBelowPercent", rules.executionExplanationPercent()); //$NON-NLS-1$
		root.add("budgetExecution", execution); //$NON-NLS-1$
		root.addProperty("overAchievementPercent", rules.overAchievementPercent()); //$NON-NLS-1$
		root.addProperty("reverseFormula", rules.reverseFormula().id()); //$NON-NLS-1$
		JsonArray bands = new JsonArray();
		for (QualitativeBand band : rules.qualitativeBands().reversed()) {
			JsonObject item = new JsonObject();
			item.addProperty("grade", band.grade().id()); //$NON-NLS-1$
			item.addProperty("fromPercent", band.fromPercent()); //$NON-NLS-1$
			item.addProperty("toPercent", band.toPercent()); //$NON-NLS-1$
			bands.add(item);
		}
		root.add("qualitativeBands", bands); //$NON-NLS-1$
		root.addProperty("lateScoreCapPercent", rules.lateScoreCapPercent()); //$NON-NLS-1$
		JsonArray grades = new JsonArray();
		for (GradeBand grade : rules.gradeBands()) {
			JsonObject item = new JsonObject();
			item.addProperty("grade", grade.grade().id()); //$NON-NLS-1$
			item.addProperty("minScore", grade.minScore()); //$NON-NLS-1$
			grades.add(item);
		}
		root.add("grades", grades); //$NON-NLS-1$
		JsonObject rounding = new JsonObject();
		rounding.addProperty("scale", Integer.valueOf(rules.scale())); //$NON-NLS-1$
		rounding.addProperty("mode", rules.roundingMode().name()); //$NON-NLS-1$
		root.add("rounding", rounding); //$NON-NLS-1$
		PRETTY.toJson(root, writer);
		writer.write('\n');
	}

	/**
	 * Reads a department's rule set file; its id must match the file name.
	 *
	 * @param file a UTF-8 JSON file named {@code <id>.json}
	 * @return the rule set
	 * @throws RuleSetException naming the file and the cause
	 */
	public static RuleSet read(Path file) {
		String name = file.getFileName().toString();
		String expectedId = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, file.toString(), expectedId);
		} catch (NoSuchFileException e) {
			throw unreadable(file.toString(), Messages.RuleSets_noSuchFile, e);
		} catch (IOException e) {
			throw unreadable(file.toString(), e.getMessage(), e);
		}
	}

	/**
	 * @return where the JSON text breaks, as {@code line 3, column 5: not valid JSON}, from Gson's
	 *         message; Gson's own wording (class names, a web address) is for the log only
	 */
	private static String syntaxError(JsonParseException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			Matcher place = cause.getMessage() == null ? null : JSON_PLACE.matcher(cause.getMessage());
			if (place != null && place.find()) {
				return NLS.bind(Messages.RuleSets_syntaxAt, place.group(1), place.group(2));
			}
		}
		return Messages.RuleSets_syntax;
	}

	/**
	 * @param reader JSON text
	 * @param source the name of the text for messages, e.g. a file name
	 * @return the rule set
	 * @throws RuleSetException naming the source and the cause
	 */
	public static RuleSet parse(Reader reader, String source) {
		return parse(reader, source, null);
	}

	private static RuleSet parse(Reader reader, String source, String expectedId) {
		JsonElement parsed;
		try {
			parsed = GSON.fromJson(reader, JsonElement.class);
		} catch (JsonParseException e) {
			throw unreadable(source, syntaxError(e), e);
		}
		if (parsed == null || !parsed.isJsonObject()) {
			throw unreadable(source, NLS.bind(Messages.RuleSets_wrongType, "$", Messages.RuleSets_typeObject), null); //$NON-NLS-1$
		}
		JsonObject root = parsed.getAsJsonObject();
		try {
			RuleSet rules = toRuleSet(root);
			if (expectedId != null && !expectedId.equals(rules.id())) {
				throw new IllegalArgumentException(NLS.bind(Messages.RuleSets_idMismatch, rules.id(), expectedId));
			}
			return rules;
		} catch (IllegalArgumentException | ArithmeticException e) {
			throw unreadable(source, e.getMessage(), e);
		}
	}

	private static RuleSet toRuleSet(JsonObject root) {
		allowOnly(root, "", "id", "name", "description", "weights", "budgetExecution", "overAchievementPercent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"reverseFormula", "qualitativeBands", "lateScoreCapPercent", "grades", "rounding", "projectWeights"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String id = text(root, "", "id"); //$NON-NLS-1$ //$NON-NLS-2$
		String name = text(root, "", "name"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonObject weights = object(root, "", "weights"); //$NON-NLS-1$ //$NON-NLS-2$
		allowOnly(weights, "weights.", "budgetExecution", "output", "benefit", "satisfaction"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		JsonObject execution = object(root, "", "budgetExecution"); //$NON-NLS-1$ //$NON-NLS-2$
		allowOnly(execution, "budgetExecution.", "capPercent", "explanationBelowPercent"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		JsonObject rounding = object(root, "", "rounding"); //$NON-NLS-1$ //$NON-NLS-2$
		allowOnly(rounding, "rounding.", "scale", "mode"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String mode = text(rounding, "rounding.", "mode"); //$NON-NLS-1$ //$NON-NLS-2$
		return new RuleSet(id, name,
				new WeightTemplate(number(weights, "weights.", "budgetExecution"), number(weights, "weights.", "output"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						number(weights, "weights.", "benefit"), number(weights, "weights.", "satisfaction")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				number(execution, "budgetExecution.", "capPercent"), //$NON-NLS-1$ //$NON-NLS-2$
				number(execution, "budgetExecution.", "explanationBelowPercent"), //$NON-NLS-1$ //$NON-NLS-2$
				number(root, "", "overAchievementPercent"), //$NON-NLS-1$ //$NON-NLS-2$
				choice(root, "", "reverseFormula", ReverseFormula.values(), ReverseFormula::id), //$NON-NLS-1$ //$NON-NLS-2$
				list(root, "qualitativeBands", RuleSets::band), //$NON-NLS-1$
				number(root, "", "lateScoreCapPercent"), //$NON-NLS-1$ //$NON-NLS-2$
				list(root, "grades", RuleSets::gradeBand), //$NON-NLS-1$
				integer(rounding, "rounding.", "scale"), //$NON-NLS-1$ //$NON-NLS-2$
				choice(rounding, "rounding.", "mode", RoundingMode.values(), RoundingMode::name), //$NON-NLS-1$ //$NON-NLS-2$
				root.has("projectWeights") ? projectWeights(object(root, "", "projectWeights")) : ProjectWeights.DEFAULT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The optional {@code projectWeights} object; a rule set written before it existed gets {@link ProjectWeights#DEFAULT}. */
	private static ProjectWeights projectWeights(JsonObject project) {
		String path = "projectWeights."; //$NON-NLS-1$
		allowOnly(project, path, "budgetExecution", "output", "benefit", "satisfaction", "withoutSatisfaction"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		return new ProjectWeights(new WeightTemplate(number(project, path, "budgetExecution"), number(project, path, "output"), //$NON-NLS-1$ //$NON-NLS-2$
				number(project, path, "benefit"), number(project, path, "satisfaction")), //$NON-NLS-1$ //$NON-NLS-2$
				choice(project, path, "withoutSatisfaction", ProjectWeights.Target.values(), ProjectWeights.Target::id)); //$NON-NLS-1$
	}

	private static QualitativeBand band(JsonObject band, String path) {
		allowOnly(band, path, "grade", "fromPercent", "toPercent"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new QualitativeBand(choice(band, path, "grade", QualitativeGrade.values(), QualitativeGrade::id), //$NON-NLS-1$
				number(band, path, "fromPercent"), number(band, path, "toPercent")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static GradeBand gradeBand(JsonObject grade, String path) {
		allowOnly(grade, path, "grade", "minScore"); //$NON-NLS-1$ //$NON-NLS-2$
		return new GradeBand(choice(grade, path, "grade", Grade.values(), Grade::id), number(grade, path, "minScore")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void allowOnly(JsonObject object, String path, String... keys) {
		Set<String> allowed = Set.of(keys);
		for (String key : object.keySet()) {
			if (!allowed.contains(key)) {
				throw new IllegalArgumentException(NLS.bind(Messages.RuleSets_unexpected, path + key));
			}
		}
	}

	private static JsonElement member(JsonObject object, String path, String key) {
		JsonElement element = object.get(key);
		if (element == null || element.isJsonNull()) {
			throw new IllegalArgumentException(NLS.bind(Messages.RuleSets_missing, path + key));
		}
		return element;
	}

	private static JsonObject object(JsonObject object, String path, String key) {
		JsonElement element = member(object, path, key);
		if (!element.isJsonObject()) {
			throw wrongType(path + key, Messages.RuleSets_typeObject);
		}
		return element.getAsJsonObject();
	}

	private static String text(JsonObject object, String path, String key) {
		JsonElement element = member(object, path, key);
		if (!(element instanceof JsonPrimitive primitive) || !primitive.isString() || primitive.getAsString().isBlank()) {
			throw wrongType(path + key, Messages.RuleSets_typeText);
		}
		return primitive.getAsString();
	}

	private static BigDecimal number(JsonObject object, String path, String key) {
		JsonElement element = member(object, path, key);
		if (!(element instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
			throw wrongType(path + key, Messages.RuleSets_typeNumber);
		}
		return primitive.getAsBigDecimal();
	}

	private static int integer(JsonObject object, String path, String key) {
		try {
			return number(object, path, key).intValueExact();
		} catch (ArithmeticException e) {
			throw wrongType(path + key, Messages.RuleSets_typeInteger);
		}
	}

	private static <E> E choice(JsonObject object, String path, String key, E[] values, Function<E, String> id) {
		String value = text(object, path, key);
		return Arrays.stream(values).filter(candidate -> id.apply(candidate).equals(value)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.RuleSets_badChoice,
						new Object[] { path + key, value, String.join(", ", Arrays.stream(values).map(id).toList()) }))); //$NON-NLS-1$
	}

	private static <T> List<T> list(JsonObject object, String key, ElementReader<T> reader) {
		JsonElement element = member(object, "", key); //$NON-NLS-1$
		if (!element.isJsonArray()) {
			throw wrongType(key, Messages.RuleSets_typeList);
		}
		JsonArray array = element.getAsJsonArray();
		List<T> items = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			String path = key + '[' + i + "]."; //$NON-NLS-1$
			if (!array.get(i).isJsonObject()) {
				throw wrongType(key + '[' + i + ']', Messages.RuleSets_typeObject);
			}
			items.add(reader.read(array.get(i).getAsJsonObject(), path));
		}
		return items;
	}

	private static IllegalArgumentException wrongType(String key, String type) {
		return new IllegalArgumentException(NLS.bind(Messages.RuleSets_wrongType, key, type));
	}

	private static RuleSetException unknown(String id) {
		return new RuleSetException(id, NLS.bind(Messages.RuleSets_unknownId, id, String.join(", ", BUILT_IN)), null); //$NON-NLS-1$
	}

	private static RuleSetException unreadable(String source, String cause, Throwable exception) {
		return new RuleSetException(source, NLS.bind(Messages.RuleSets_unreadable, source, cause), exception);
	}

	/** Reads one element of a JSON list. */
	@FunctionalInterface
	private interface ElementReader<T> {
		T read(JsonObject element, String path);
	}
}
