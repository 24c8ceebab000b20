package org.jixiao.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an NLS class and its bundles: one key per field, named {@code ClassName_purpose} after a
 * class of the package; {@code messages.properties} and {@code messages_zh.properties} in ISO-8859-1
 * with \\uXXXX escapes (pure ASCII), the same keys and placeholders in both, and real Chinese text
 * wherever the English is prose.
 */
public final class MessageBundleCheck {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
	private static final Pattern PROSE = Pattern.compile("[A-Za-z]{4,}");
	private static final Pattern KEY = Pattern.compile("([A-Z][A-Za-z]*)_[a-z][A-Za-z]*");

	private MessageBundleCheck() {
	}

	/**
	 * @param messages the {@code Messages} class of a package
	 * @throws Exception when a bundle cannot be read
	 */
	public static void check(Class<?> messages) throws Exception {
		Set<String> fields = new TreeSet<>();
		for (Field field : messages.getDeclaredFields()) {
			if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())) {
				fields.add(field.getName());
				field.setAccessible(true);
				assertNotNull(field.get(null), field.getName() + " has no message");
			}
		}
		Properties english = load(messages, "messages.properties");
		Properties chinese = load(messages, "messages_zh.properties");
		assertEquals(fields, new TreeSet<>(english.stringPropertyNames()), "English keys");
		assertEquals(fields, new TreeSet<>(chinese.stringPropertyNames()), "Chinese keys");
		String pkg = messages.getPackageName();
		for (String key : fields) {
			Matcher name = KEY.matcher(key);
			assertTrue(name.matches(), key + " is not ClassName_purpose");
			Class.forName(pkg + '.' + name.group(1));
			String en = english.getProperty(key);
			String zh = chinese.getProperty(key);
			assertEquals(placeholders(en), placeholders(zh), key + " placeholders");
			if (PROSE.matcher(en).find()) {
				assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
						key + " is not translated: " + zh);
			}
		}
	}

	private static Properties load(Class<?> messages, String name) throws IOException {
		try (InputStream in = messages.getResourceAsStream(name)) {
			assertNotNull(in, name);
			byte[] bytes = in.readAllBytes();
			for (byte b : bytes) {
				assertTrue(b >= 0, name + " is not pure ASCII: use \\uXXXX escapes");
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
			return properties;
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
