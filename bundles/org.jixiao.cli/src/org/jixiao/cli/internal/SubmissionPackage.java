package org.jixiao.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;

/**
 * The submission package's format: a zip of the documents, the evaluation as XMI and
 * {@value #MANIFEST} (the SHA-256 of every other member, the rule set's id and SHA-256, total, grade,
 * product version, time and user), and {@value #MANIFEST_HASH}, the SHA-256 of the manifest itself, so
 * that a change to any member, the manifest included, is found and named.
 */
final class SubmissionPackage {

	/** The manifest's member name. */
	static final String MANIFEST = "manifest.json"; //$NON-NLS-1$
	/** The member holding the manifest's SHA-256. */
	static final String MANIFEST_HASH = "manifest.json.sha256"; //$NON-NLS-1$

	private SubmissionPackage() {
	}

	/** @return the lower-case hexadecimal SHA-256 of the bytes */
	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** @return the rule set as the JSON {@code jixiao rules export} writes, whose SHA-256 the manifest names */
	static byte[] json(RuleSet rules) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			RuleSets.write(rules, writer);
		}
		return bytes.toByteArray();
	}

	/** Writes the members, in order, as a zip. */
	static void write(Map<String, byte[]> members, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> member : members.entrySet()) {
				zip.putNextEntry(new ZipEntry(member.getKey()));
				zip.write(member.getValue());
				zip.closeEntry();
			}
		}
	}

	/**
	 * @param file a zip file
	 * @return its members, in order
	 * @throws IOException when it is no zip or cannot be read
	 */
	static Map<String, byte[]> read(Path file) throws IOException {
		Map<String, byte[]> members = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				members.put(entry.getName(), zip.readAllBytes());
			}
		}
		if (members.isEmpty()) {
			throw new IOException("no zip members"); //$NON-NLS-1$
		}
		return members;
	}
}
