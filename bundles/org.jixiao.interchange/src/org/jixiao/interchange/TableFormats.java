package org.jixiao.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.scoring.WeightTemplate;
import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Field;
import org.jixiao.interchange.TableFormat.Line;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.SectionKind;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;

/**
 * The table formats: the built-in ones (resources {@code formats/<id>.json} beside this class:
 * {@value #CENTRAL_DEPARTMENT}, {@value #CENTRAL_PROJECT}, {@value #SICHUAN_PROJECT},
 * {@value #CHONGQING_DEPARTMENT}) and a department's own files in {@code ~/.jixiao/formats} (or the
 * folder the system property {@value #DIRECTORY_PROPERTY} names), like the rule sets. A department's
 * file of a built-in id replaces it. A file is checked whole when read: an unknown key, a wrong type, an
 * unknown field or block is refused with a {@link TableFormatException} naming the key and the cause.
 * <p>
 * The form of a file (every key but {@code spellings}, {@code loose}, {@code sheetSpan},
 * {@code reportSpan} and the block's optional keys is required):
 *
 * <pre>
 * { "id": "sichuan-project", "name": { "zh": "…", "en": "…" }, "jurisdiction": "四川省",
 *   "kinds": ["project", "carriedOver"], "ruleSet": "mof-2020",
 *   "defaultWeights": { "budgetExecution": 10, "output": 50, "benefit": 30, "satisfaction": 10 },
 *   "title": "项目支出绩效自评表", "markers": ["财政专户管理资金", "未完成原因分析"],
 *   "columnWidths": [10, 12, …], "reportColumns": 10,
 *   "blocks": [ { "kind": "header", "lines": [ { "label": "项目名称", "field": "projectName", "spellings": [] } ] },
 *               { "kind": "budget", "label": "预算执行情况（10分）", "labelSpan": 1, "rowLabelSpan": 1,
 *                 "columns": [ { "heading": "年初预算", "field": "initialBudget", "spellings": ["年初预算数"],
 *                                "sheetSpan": 1, "reportSpan": 1 } ],
 *                 "lines": [ { "label": "合计", "field": "budgetTotal" }, { "label": "财政资金", "field": "income" } ] },
 *               { "kind": "text", "label": "评价结论", "section": "results", "maxLength": 200 } ] }
 * </pre>
 */
public final class TableFormats {

	/** Today's 部门整体支出绩效自评表 (the central and 安徽-style layout). */
	public static final String CENTRAL_DEPARTMENT = "central-department"; //$NON-NLS-1$
	/** The central 项目支出绩效自评表 (财预〔2021〕101号). */
	public static final String CENTRAL_PROJECT = "central-project"; //$NON-NLS-1$
	/** 四川 项目支出绩效自评表 (form 510000_0013zp). */
	public static final String SICHUAN_PROJECT = "sichuan-project"; //$NON-NLS-1$
	/** 重庆-style 部门整体绩效自评表: a flat indicator list. */
	public static final String CHONGQING_DEPARTMENT = "chongqing-department"; //$NON-NLS-1$
	/** The system property naming the folder of a department's own formats. */
	public static final String DIRECTORY_PROPERTY = "jixiao.formats"; //$NON-NLS-1$

	/** The fewest markers of a format a table's headings must show for the format to be chosen. */
	public static final int MIN_MARKERS = 2;

	private static final List<String> BUILT_IN = List.of(CENTRAL_DEPARTMENT, CENTRAL_PROJECT, SICHUAN_PROJECT, CHONGQING_DEPARTMENT);
	private static final String SUFFIX = ".json"; //$NON-NLS-1$
	private static final Pattern JSON_PLACE = Pattern.compile("at line (\\d+) column (\\d+)"); //$NON-NLS-1$
	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)"); //$NON-NLS-1$
	private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();
	private static final Map<String, Parsed> BUILT_IN_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

	/** A format and the JSON text it was read from. */
	private record Parsed(TableFormat format, String text) {
	}

	/**
	 * What {@link #detect} chose.
	 *
	 * @param format the format
	 * @param reason why, e.g. {@code 表头有 调整后预算数、未完成原因分析（3/4）}
	 */
	public record Detection(TableFormat format, String reason) {
	}

	private final Path directory;

	/**
	 * @param directory the folder of the department's own formats, or {@code null} for the system
	 *            property {@value #DIRECTORY_PROPERTY}, else {@code ~/.jixiao/formats}, looked up on every use
	 */
	public TableFormats(Path directory) {
		this.directory = directory;
	}

	/** @return the registry of the default folder */
	public static TableFormats getDefault() {
		return new TableFormats(null);
	}

	/** @return the folder of the department's own formats */
	public Path directory() {
		if (directory != null) {
			return directory;
		}
		String property = System.getProperty(DIRECTORY_PROPERTY);
		return property != null && !property.isBlank() ? Path.of(property)
				: Path.of(System.getProperty("user.home"), ".jixiao", "formats"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the ids of the built-in formats */
	public static List<String> builtInIds() {
		return BUILT_IN;
	}

	/**
	 * @param id a built-in id
	 * @return the built-in format as shipped
	 * @throws TableFormatException when the id is no built-in one
	 */
	public static TableFormat builtIn(String id) {
		return builtInParsed(id).format();
	}

	private static Parsed builtInParsed(String id) {
		if (!BUILT_IN.contains(id)) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unknownId, id, String.join(", ", BUILT_IN)), null); //$NON-NLS-1$
		}
		return BUILT_IN_CACHE.computeIfAbsent(id, key -> {
			String resource = "formats/" + key + SUFFIX; //$NON-NLS-1$
			try (InputStream in = TableFormats.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, resource, Messages.TableFormats_noSuchFile), null);
				}
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				return new Parsed(parse(new StringReader(text), resource, key, true), text);
			} catch (IOException e) {
				throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, resource, e.getMessage()), e);
			}
		});
	}

	/**
	 * Every format: the built-in ones in their order, each replaced by the department's file of its id,
	 * then the department's others by id. A department's file that cannot be read is left out; {@link #problems()} names it.
	 *
	 * @return the formats
	 */
	public List<TableFormat> all() {
		Map<String, TableFormat> formats = new LinkedHashMap<>();
		for (String id : BUILT_IN) {
			formats.put(id, builtIn(id));
		}
		for (Path file : userFiles()) {
			try {
				TableFormat format = read(file);
				formats.put(format.id(), format);
			} catch (TableFormatException e) {
				// problems() reports it
			}
		}
		return List.copyOf(formats.values());
	}

	/** @return the message of every department's file that cannot be read, naming the file and the cause */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (Path file : userFiles()) {
			try {
				read(file);
			} catch (TableFormatException e) {
				problems.add(e.getMessage());
			}
		}
		return problems;
	}

	private List<Path> userFiles() {
		Path folder = directory();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
			stream.forEach(files::add);
		} catch (IOException e) {
			return List.of();
		}
		files.sort(null);
		return files;
	}

	/**
	 * @param id a format id
	 * @return the department's file of the id, else the built-in format, else empty
	 */
	public Optional<TableFormat> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		Path file = fileOf(id);
		if (Files.isRegularFile(file)) {
			try {
				return Optional.of(read(file));
			} catch (TableFormatException e) {
				return BUILT_IN.contains(id) ? Optional.of(builtIn(id)) : Optional.empty();
			}
		}
		return BUILT_IN.contains(id) ? Optional.of(builtIn(id)) : Optional.empty();
	}

	/**
	 * @param id a format id
	 * @return the format
	 * @throws TableFormatException naming the id and the ids there are when there is none
	 */
	public TableFormat require(String id) {
		return byId(id).orElseThrow(() -> new TableFormatException(NLS.bind(Messages.TableFormats_unknownId, id,
				all().stream().map(TableFormat::id).collect(Collectors.joining(", "))), null)); //$NON-NLS-1$
	}

	/**
	 * @param kind an evaluation kind
	 * @return the default format of the kind: {@value #CENTRAL_DEPARTMENT} for a department's
	 *         evaluation, {@value #CENTRAL_PROJECT} for a project's
	 */
	public TableFormat forKind(EvaluationKind kind) {
		return builtIn(kind == null || kind == EvaluationKind.DEPARTMENT ? CENTRAL_DEPARTMENT : CENTRAL_PROJECT);
	}

	/**
	 * @param kind an evaluation kind
	 * @param preferredId the format preferred (a preference, {@code --format-id}), or {@code null}
	 * @return the preferred format when it exists and serves the kind, else the kind's default
	 */
	public TableFormat forKind(EvaluationKind kind, String preferredId) {
		return byId(preferredId).filter(f -> f.serves(kind == null ? EvaluationKind.DEPARTMENT : kind)).orElseGet(() -> forKind(kind));
	}

	/**
	 * @param evaluation an evaluation
	 * @return the format it names ({@link Evaluation#getFormatId()}) when there is one that serves its
	 *         kind, else its kind's default
	 */
	public TableFormat forEvaluation(Evaluation evaluation) {
		return forKind(evaluation.getKind(), evaluation.getFormatId());
	}

	/**
	 * Chooses the format of a table from its headings: the format with the most of its
	 * {@linkplain TableFormat#markers() markers} among them, at least {@value #MIN_MARKERS} (one word a
	 * province's table shares with others is no proof), a department's format and then the earlier one
	 * on a tie; {@value #CENTRAL_DEPARTMENT} or {@value #CENTRAL_PROJECT} (as the headings name a
	 * 项目名称) when none has enough.
	 *
	 * @param headings the table's cell texts, normalized (NFKC, no blanks, no parenthesised parts)
	 * @return the format and why
	 */
	public Detection detect(Set<String> headings) {
		TableFormat best = null;
		List<String> found = List.of();
		for (TableFormat format : all()) {
			List<String> hits = format.markers().stream().filter(marker -> headings.stream().anyMatch(h -> h.startsWith(marker))).toList();
			if (hits.size() < MIN_MARKERS) {
				continue;
			}
			if (hits.size() > found.size() || hits.size() == found.size() && !hits.isEmpty() && best != null && best.isBuiltIn()
					&& !format.isBuiltIn()) {
				best = format;
				found = hits;
			}
		}
		if (best == null) {
			boolean project = headings.contains("项目名称"); //$NON-NLS-1$
			TableFormat fallback = builtIn(project ? CENTRAL_PROJECT : CENTRAL_DEPARTMENT);
			return new Detection(fallback, project ? Messages.TableFormats_detectedProject : Messages.TableFormats_detectedDefault);
		}
		return new Detection(best, NLS.bind(Messages.TableFormats_detected,
				new Object[] { String.join("、", found), found.size(), best.markers().size() })); //$NON-NLS-1$
	}

	/** @return the file a department's format of the id is kept in */
	public Path fileOf(String id) {
		return directory().resolve(id + SUFFIX);
	}

	/**
	 * Writes a format's JSON text (a department's file as it is, a built-in one as shipped), to be
	 * edited and imported again.
	 *
	 * @param id the format
	 * @param file the file to write, through {@link SafeFiles}
	 * @throws TableFormatException when there is no such format
	 * @throws IOException when the file cannot be written
	 */
	public void export(String id, Path file) throws IOException {
		Path own = fileOf(id);
		String text;
		if (Files.isRegularFile(own)) {
			text = Files.readString(own, StandardCharsets.UTF_8);
		} else if (BUILT_IN.contains(id)) {
			text = builtInParsed(id).text();
		} else {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unknownId, id,
					all().stream().map(TableFormat::id).collect(Collectors.joining(", "))), null); //$NON-NLS-1$
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		SafeFiles.write(file, out -> out.write(bytes));
	}

	/**
	 * Checks a format file and copies it into the department's folder as {@code <id>.json}; from then on
	 * it is used (a built-in format of the same id is replaced).
	 *
	 * @param file the file
	 * @return the format
	 * @throws TableFormatException naming the file, the key and the cause when the file is not a valid format
	 * @throws IOException when the folder cannot be written
	 */
	public TableFormat importFile(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, file, Messages.TableFormats_noSuchFile), e);
		} catch (IOException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, file, e.getMessage()), e);
		}
		TableFormat format = parse(new StringReader(text), file.toString(), null, false);
		Files.createDirectories(directory());
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		SafeFiles.write(fileOf(format.id()), out -> out.write(bytes));
		return format;
	}

	/**
	 * Removes a department's format file.
	 *
	 * @param id the format
	 * @return whether there was one; a built-in format is then used again
	 * @throws IOException when the file cannot be removed
	 */
	public boolean remove(String id) throws IOException {
		return Files.deleteIfExists(fileOf(id));
	}

	/**
	 * Reads a format file; its id must match the file name.
	 *
	 * @param file a UTF-8 JSON file named {@code <id>.json}
	 * @return the format
	 * @throws TableFormatException naming the file, the key and the cause
	 */
	public static TableFormat read(Path file) {
		String name = file.getFileName().toString();
		String expectedId = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : null;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, file.toString(), expectedId, false);
		} catch (NoSuchFileException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, file, Messages.TableFormats_noSuchFile), e);
		} catch (IOException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, file, e.getMessage()), e);
		}
	}

	/**
	 * @param reader JSON text
	 * @param source the name of the text for messages
	 * @return the format
	 * @throws TableFormatException naming the source, the key and the cause
	 */
	public static TableFormat parse(Reader reader, String source) {
		return parse(reader, source, null, false);
	}

	private static TableFormat parse(Reader reader, String source, String expectedId, boolean builtIn) {
		JsonElement parsed;
		try {
			parsed = GSON.fromJson(reader, JsonElement.class);
		} catch (JsonParseException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, source, syntaxError(e)), e);
		}
		if (parsed == null || !parsed.isJsonObject()) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, source,
					NLS.bind(Messages.TableFormats_wrongType, "$", Messages.TableFormats_typeObject)), null); //$NON-NLS-1$
		}
		try {
			TableFormat format = new Json(builtIn).format(parsed.getAsJsonObject());
			if (expectedId != null && !expectedId.equals(format.id())) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_idMismatch, format.id(), expectedId));
			}
			return format;
		} catch (IllegalArgumentException e) {
			throw new TableFormatException(NLS.bind(Messages.TableFormats_unreadable, source, e.getMessage()), e);
		}
	}

	private static String syntaxError(JsonParseException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			Matcher place = cause.getMessage() == null ? null : JSON_PLACE.matcher(cause.getMessage());
			if (place != null && place.find()) {
				return NLS.bind(Messages.TableFormats_syntaxAt, place.group(1), place.group(2));
			}
		}
		return Messages.TableFormats_syntax;
	}

	/**
	 * @param text a heading as written
	 * @return the heading as the importer compares it: NFKC, no blanks, no parenthesised parts
	 */
	static String normalize(String text) {
		return PARENTHESES.matcher(SheetGrid.normalize(text)).replaceAll(""); //$NON-NLS-1$
	}

	/** Turns the JSON tree into a format, every failure an {@link IllegalArgumentException} naming its key. */
	private record Json(boolean builtIn) {

		TableFormat format(JsonObject root) {
			allowOnly(root, "", "id", "name", "jurisdiction", "kinds", "ruleSet", "defaultWeights", "title", "markers", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"columnWidths", "reportColumns", "blocks", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			String id = text(root, "", "id"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) { //$NON-NLS-1$
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_badId, id));
			}
			JsonObject name = object(root, "", "name"); //$NON-NLS-1$ //$NON-NLS-2$
			allowOnly(name, "name.", "zh", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Set<EvaluationKind> kinds = EnumSet.noneOf(EvaluationKind.class);
			JsonArray kindList = array(root, "", "kinds"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < kindList.size(); i++) {
				kinds.add(choice(kindList.get(i), "kinds[" + i + "]", EvaluationKind.VALUES, EvaluationKind::getLiteral)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (kinds.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, "kinds")); //$NON-NLS-1$
			}
			JsonObject weights = object(root, "", "defaultWeights"); //$NON-NLS-1$ //$NON-NLS-2$
			allowOnly(weights, "defaultWeights.", "budgetExecution", "output", "benefit", "satisfaction"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			WeightTemplate template = new WeightTemplate(number(weights, "defaultWeights.", "budgetExecution"), //$NON-NLS-1$ //$NON-NLS-2$
					number(weights, "defaultWeights.", "output"), number(weights, "defaultWeights.", "benefit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					number(weights, "defaultWeights.", "satisfaction")); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> markers = strings(root, "", "markers").stream().map(TableFormats::normalize).toList(); //$NON-NLS-1$ //$NON-NLS-2$
			List<Integer> widths = new ArrayList<>();
			JsonArray widthList = array(root, "", "columnWidths"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < widthList.size(); i++) {
				widths.add(integer(widthList.get(i), "columnWidths[" + i + "]", 1, 255)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (widths.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, "columnWidths")); //$NON-NLS-1$
			}
			int reportColumns = integer(required(root, "", "reportColumns"), "reportColumns", 1, 40); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			JsonArray blockList = array(root, "", "blocks"); //$NON-NLS-1$ //$NON-NLS-2$
			List<Block> blocks = new ArrayList<>();
			for (int i = 0; i < blockList.size(); i++) {
				String path = "blocks[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
				if (!blockList.get(i).isJsonObject()) {
					throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path, Messages.TableFormats_typeObject));
				}
				blocks.add(block(blockList.get(i).getAsJsonObject(), path + ".", widths.size(), reportColumns)); //$NON-NLS-1$
			}
			if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.INDICATORS)) {
				throw new IllegalArgumentException(Messages.TableFormats_noIndicators);
			}
			Block indicators = blocks.stream().filter(b -> b.kind() == BlockKind.INDICATORS).findFirst().orElseThrow();
			for (Field needed : List.of(Field.LEVEL3, Field.TARGET, Field.ACTUAL, Field.WEIGHT)) {
				if (indicators.column(needed).isEmpty()) {
					throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missingColumn, "indicators", needed.id())); //$NON-NLS-1$
				}
			}
			return new TableFormat(id, text(name, "name.", "zh"), text(name, "name.", "en"), text(root, "", "jurisdiction"), kinds, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					text(root, "", "ruleSet"), template, text(root, "", "title"), markers, widths, reportColumns, blocks, builtIn); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}

		private Block block(JsonObject json, String path, int sheetColumns, int reportColumns) {
			allowOnly(json, path, "kind", "label", "labelSpellings", "labelSpan", "rowLabelSpan", "columns", "lines", "section", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					"maxLength", "rowLabelHeading"); //$NON-NLS-1$ //$NON-NLS-2$
			BlockKind kind = choice(required(json, path, "kind"), path + "kind", BlockKind.values(), BlockKind::id); //$NON-NLS-1$ //$NON-NLS-2$
			String label = optionalText(json, path, "label"); //$NON-NLS-1$
			Set<String> labelSpellings = new LinkedHashSet<>();
			if (label != null) {
				labelSpellings.add(normalize(label.replace("{unit}", ""))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (json.has("labelSpellings")) { //$NON-NLS-1$
				strings(json, path, "labelSpellings").forEach(s -> labelSpellings.add(normalize(s))); //$NON-NLS-1$
			}
			int labelSpan = json.has("labelSpan") ? integer(json.get("labelSpan"), path + "labelSpan", 0, sheetColumns) : 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int rowLabelSpan = json.has("rowLabelSpan") ? integer(json.get("rowLabelSpan"), path + "rowLabelSpan", 0, sheetColumns) : 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<Column> columns = new ArrayList<>();
			if (json.has("columns")) { //$NON-NLS-1$
				JsonArray list = array(json, path, "columns"); //$NON-NLS-1$
				for (int i = 0; i < list.size(); i++) {
					String at = path + "columns[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
					if (!list.get(i).isJsonObject()) {
						throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, at, Messages.TableFormats_typeObject));
					}
					columns.add(column(list.get(i).getAsJsonObject(), at + ".")); //$NON-NLS-1$
				}
			}
			List<Line> lines = new ArrayList<>();
			if (json.has("lines")) { //$NON-NLS-1$
				JsonArray list = array(json, path, "lines"); //$NON-NLS-1$
				for (int i = 0; i < list.size(); i++) {
					String at = path + "lines[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
					if (!list.get(i).isJsonObject()) {
						throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, at, Messages.TableFormats_typeObject));
					}
					lines.add(line(list.get(i).getAsJsonObject(), at + ".")); //$NON-NLS-1$
				}
			}
			SectionKind section = json.has("section") //$NON-NLS-1$
					? choice(json.get("section"), path + "section", SectionKind.VALUES.toArray(SectionKind[]::new), SectionKind::getLiteral) //$NON-NLS-1$ //$NON-NLS-2$
					: null;
			int maxLength = json.has("maxLength") ? integer(json.get("maxLength"), path + "maxLength", 0, 100_000) : 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (kind == BlockKind.TEXT && (label == null || section == null)) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, path + (label == null ? "label" : "section"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Block block = new Block(kind, label, labelSpellings, labelSpan, rowLabelSpan, optionalText(json, path, "rowLabelHeading"), columns, //$NON-NLS-1$
					lines, section, maxLength);
			int sheetWidth = labelSpan + (kind == BlockKind.BUDGET ? rowLabelSpan : 0)
					+ columns.stream().filter(Column::printed).mapToInt(Column::sheetSpan).sum();
			if (sheetWidth > sheetColumns) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_tooWide, new Object[] { path + "columns", sheetWidth, sheetColumns })); //$NON-NLS-1$
			}
			int reportWidth = labelSpan + (kind == BlockKind.BUDGET ? rowLabelSpan : 0)
					+ columns.stream().filter(Column::printed).mapToInt(Column::reportSpan).sum();
			if (reportWidth > reportColumns) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_tooWide, new Object[] { path + "columns", reportWidth, reportColumns })); //$NON-NLS-1$
			}
			return block;
		}

		private Column column(JsonObject json, String path) {
			allowOnly(json, path, "heading", "field", "spellings", "loose", "sheetSpan", "reportSpan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			String heading = optionalText(json, path, "heading"); //$NON-NLS-1$
			Field field = choice(required(json, path, "field"), path + "field", Field.values(), Field::id); //$NON-NLS-1$ //$NON-NLS-2$
			Set<String> spellings = new LinkedHashSet<>();
			if (heading != null) {
				spellings.add(normalize(heading));
			}
			if (json.has("spellings")) { //$NON-NLS-1$
				strings(json, path, "spellings").forEach(s -> spellings.add(normalize(s))); //$NON-NLS-1$
			}
			if (spellings.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, path + "heading")); //$NON-NLS-1$
			}
			Pattern loose = null;
			if (json.has("loose")) { //$NON-NLS-1$
				String regex = text(json, path, "loose"); //$NON-NLS-1$
				try {
					loose = Pattern.compile(regex);
				} catch (PatternSyntaxException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_badPattern, path + "loose", e.getDescription())); //$NON-NLS-1$
				}
			}
			int defaultSpan = heading == null ? 0 : 1;
			int sheetSpan = json.has("sheetSpan") ? integer(json.get("sheetSpan"), path + "sheetSpan", 0, 40) : defaultSpan; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int reportSpan = json.has("reportSpan") ? integer(json.get("reportSpan"), path + "reportSpan", 0, 40) : defaultSpan; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new Column(heading, field, spellings, loose, heading == null ? 0 : sheetSpan, heading == null ? 0 : reportSpan);
		}

		private Line line(JsonObject json, String path) {
			allowOnly(json, path, "label", "field", "spellings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String label = optionalText(json, path, "label"); //$NON-NLS-1$
			Field field = choice(required(json, path, "field"), path + "field", Field.values(), Field::id); //$NON-NLS-1$ //$NON-NLS-2$
			Set<String> spellings = new LinkedHashSet<>();
			if (label != null) {
				spellings.add(normalize(label));
			}
			if (json.has("spellings")) { //$NON-NLS-1$
				strings(json, path, "spellings").forEach(s -> spellings.add(normalize(s))); //$NON-NLS-1$
			}
			if (spellings.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, path + "label")); //$NON-NLS-1$
			}
			return new Line(label, field, spellings);
		}

		private static void allowOnly(JsonObject json, String path, String... keys) {
			List<String> allowed = Arrays.asList(keys);
			for (String key : json.keySet()) {
				if (!allowed.contains(key)) {
					throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_unexpected, path + key));
				}
			}
		}

		private static JsonElement required(JsonObject json, String path, String key) {
			JsonElement value = json.get(key);
			if (value == null || value.isJsonNull()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_missing, path + key));
			}
			return value;
		}

		private static String text(JsonObject json, String path, String key) {
			JsonElement value = required(json, path, key);
			if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path + key, Messages.TableFormats_typeText));
			}
			return value.getAsString();
		}

		private static String optionalText(JsonObject json, String path, String key) {
			return json.has(key) && !json.get(key).isJsonNull() ? text(json, path, key) : null;
		}

		private static JsonObject object(JsonObject json, String path, String key) {
			JsonElement value = required(json, path, key);
			if (!value.isJsonObject()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path + key, Messages.TableFormats_typeObject));
			}
			return value.getAsJsonObject();
		}

		private static JsonArray array(JsonObject json, String path, String key) {
			JsonElement value = required(json, path, key);
			if (!value.isJsonArray()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path + key, Messages.TableFormats_typeList));
			}
			return value.getAsJsonArray();
		}

		private static List<String> strings(JsonObject json, String path, String key) {
			JsonArray list = array(json, path, key);
			List<String> strings = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				JsonElement value = list.get(i);
				if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
					throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path + key + "[" + i + "]", //$NON-NLS-1$ //$NON-NLS-2$
							Messages.TableFormats_typeText));
				}
				strings.add(value.getAsString());
			}
			return strings;
		}

		private static BigDecimal number(JsonObject json, String path, String key) {
			JsonElement value = required(json, path, key);
			if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path + key, Messages.TableFormats_typeNumber));
			}
			BigDecimal number = value.getAsBigDecimal();
			if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_outOfRange, new Object[] { path + key, 0, 100 }));
			}
			return number;
		}

		private static int integer(JsonElement value, String path, int min, int max) {
			if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path, Messages.TableFormats_typeInteger));
			}
			BigDecimal number = value.getAsBigDecimal();
			if (number.stripTrailingZeros().scale() > 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_wrongType, path, Messages.TableFormats_typeInteger));
			}
			if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_outOfRange, new Object[] { path, min, max }));
			}
			return number.intValue();
		}

		private static <E> E choice(JsonElement value, String path, E[] values, Function<E, String> id) {
			String ids = Arrays.stream(values).map(id).collect(Collectors.joining(", ")); //$NON-NLS-1$
			if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
				throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_badChoice, new Object[] { path, value, ids }));
			}
			for (E e : values) {
				if (id.apply(e).equals(value.getAsString())) {
					return e;
				}
			}
			throw new IllegalArgumentException(NLS.bind(Messages.TableFormats_badChoice, new Object[] { path, value.getAsString(), ids }));
		}

		private static <E> E choice(JsonElement value, String path, List<E> values, Function<E, String> id) {
			@SuppressWarnings("unchecked")
			E[] array = (E[]) values.toArray();
			return choice(value, path, array, id);
		}
	}
}
