package org.jixiao.core.consolidation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.SampleEntry.Decision;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.SafeFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A {@link Sample} kept as a JSON file, so that the draw and the reviewer's decisions outlive the
 * command that made them: {@code format} ({@value #FORMAT}), {@code fiscalYear}, {@code percent},
 * {@code seed}, {@code weighted} and {@code entries}, each with {@code evaluationId},
 * {@code department}, {@code budget} (exact decimal text, yuan), {@code drawn}, {@code decision}
 * ({@code PROPOSED}, {@code INCLUDED}, {@code EXCLUDED}), {@code decidedBy} and {@code decidedAt}
 * (ISO-8601).
 */
public final class SampleFile {

	/** The value of the file's {@code format} member. */
	public static final String FORMAT = "jixiao-sample/1"; //$NON-NLS-1$

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private SampleFile() {
	}

	/**
	 * Writes the sample, completely or not at all ({@link SafeFiles}).
	 *
	 * @param sample the sample
	 * @param file the file, replaced when it exists
	 * @throws IOException when it cannot be written
	 */
	public static void write(Sample sample, Path file) throws IOException {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT); //$NON-NLS-1$
		root.addProperty("fiscalYear", sample.fiscalYear()); //$NON-NLS-1$
		root.addProperty("percent", sample.percent().toPlainString()); //$NON-NLS-1$
		root.addProperty("seed", sample.seed()); //$NON-NLS-1$
		root.addProperty("weighted", sample.weighted()); //$NON-NLS-1$
		JsonArray entries = new JsonArray();
		for (SampleEntry entry : sample.entries()) {
			JsonObject object = new JsonObject();
			object.addProperty("evaluationId", entry.evaluationId()); //$NON-NLS-1$
			object.addProperty("department", entry.department()); //$NON-NLS-1$
			object.addProperty("budget", entry.budget() == null ? null : entry.budget().toString()); //$NON-NLS-1$
			object.addProperty("drawn", entry.drawn()); //$NON-NLS-1$
			object.addProperty("decision", entry.decision().name()); //$NON-NLS-1$
			object.addProperty("decidedBy", entry.decidedBy()); //$NON-NLS-1$
			object.addProperty("decidedAt", entry.decidedAt() == null ? null : entry.decidedAt().toString()); //$NON-NLS-1$
			entries.add(object);
		}
		root.add("entries", entries); //$NON-NLS-1$
		SafeFiles.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			GSON.toJson(root, writer);
			writer.flush();
		});
	}

	/**
	 * @param file a file written by {@link #write(Sample, Path)}
	 * @return the sample it holds
	 * @throws EvaluationFileException when it is missing, unreadable or not such a file (the message
	 *             names the file and the member at fault)
	 */
	public static Sample read(Path file) throws EvaluationFileException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.SampleFile_invalid, file, Messages.SampleFile_missing), e);
		} catch (IOException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.SampleFile_invalid, file, e.toString()), e);
		}
		try {
			JsonObject root = JsonParser.parseString(text).getAsJsonObject();
			if (!FORMAT.equals(string(root, "format"))) { //$NON-NLS-1$
				throw new IllegalStateException(NLS.bind(Messages.SampleFile_format, FORMAT));
			}
			List<SampleEntry> entries = new ArrayList<>();
			for (JsonElement element : member(root, "entries").getAsJsonArray()) { //$NON-NLS-1$
				JsonObject entry = element.getAsJsonObject();
				String budget = string(entry, "budget"); //$NON-NLS-1$
				String decidedAt = string(entry, "decidedAt"); //$NON-NLS-1$
				entries.add(new SampleEntry(member(entry, "evaluationId").getAsLong(), string(entry, "department"), //$NON-NLS-1$ //$NON-NLS-2$
						budget == null ? null : new BigDecimal(budget), member(entry, "drawn").getAsBoolean(), //$NON-NLS-1$
						Decision.valueOf(member(entry, "decision").getAsString()), string(entry, "decidedBy"), //$NON-NLS-1$ //$NON-NLS-2$
						decidedAt == null ? null : Instant.parse(decidedAt)));
			}
			return new Sample(member(root, "fiscalYear").getAsInt(), new BigDecimal(member(root, "percent").getAsString()), //$NON-NLS-1$ //$NON-NLS-2$
					member(root, "seed").getAsLong(), member(root, "weighted").getAsBoolean(), entries); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (JsonParseException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException
				| DateTimeParseException e) {
			throw new EvaluationFileException(file, NLS.bind(Messages.SampleFile_invalid, file, e.getMessage()), e);
		}
	}

	private static JsonElement member(JsonObject object, String name) {
		JsonElement element = object.get(name);
		if (element == null || element.isJsonNull()) {
			throw new IllegalStateException(NLS.bind(Messages.SampleFile_missingMember, name));
		}
		return element;
	}

	private static String string(JsonObject object, String name) {
		JsonElement element = object.get(name);
		return element == null || element.isJsonNull() ? null : element.getAsString();
	}
}
