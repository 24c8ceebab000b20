package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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

import org.jixiao.interchange.XlsxImporter;
import org.junit.jupiter.api.Test;

/**
 * The interchange messages follow the NLS conventions: one key per field of {@code Messages}, named
 * {@code ClassName_purpose}, English and Chinese bundles in pure ASCII with the same keys and
 * placeholders, and Chinese text wherever the English is prose.
 */
class MessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
	private static final Pattern KEY = Pattern.compile("([A-Z][A-Za-z]*)_[a-z][A-Za-z0-9]*");

	@Test
	void bundlesAreCompleteAndConsistent() throws Exception {
		Class<?> messages = Class.forName("org.jixiao.interchange.Messages", true, XlsxImporter.class.getClassLoader());
		Set<String> fields = new TreeSet<>();
		for (Field field : messages.getDeclaredFields()) {
			if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())) {
				fields.add(field.getName());
				field.setAccessible(true);
				assertNotNull(field.get(null), field.getName() + " has no message");
			}
		}
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		assertEquals(fields, new TreeSet<>(english.stringPropertyNames()), "English keys");
		assertEquals(fields, new TreeSet<>(chinese.stringPropertyNames()), "Chinese keys");
		for (String key : fields) {
			Matcher name = KEY.matcher(key);
			assertTrue(name.matches(), key + " is not ClassName_purpose");
			Class.forName("org.jixiao.interchange." + name.group(1), false, XlsxImporter.class.getClassLoader());
			String en = english.getProperty(key);
			String zh = chinese.getProperty(key);
			assertEquals(placeholders(en), placeholders(zh), key + " placeholders");
			if (en.matches(".*[A-Za-z]{4,}.*")) {
				assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
						key + " is not translated: " + zh);
			}
		}
	}

	private static Properties load(String name) throws Exception {
		try (InputStream in = XlsxImporter.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			byte[] bytes = in.readAllBytes();
			for (byte b : bytes) {
				assertTrue(b >= 0, name + " is not pure ASCII: use \\uXXXX escapes");
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
			return properties;
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
