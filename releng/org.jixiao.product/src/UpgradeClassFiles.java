import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Rewrites the Java 5 and older class files of the materialized products' bundles as Java 8 class
 * files with stack map frames, run by the build as a source-file program after
 * {@code StripSignatures}: {@code java UpgradeClassFiles.java DIR}.
 * <p>
 * The JVM keeps no class file older than Java 6 in an ahead-of-time cache: picocli's (built for Java 5)
 * were loaded and verified by the old type-inferring verifier on every run of {@code ./jixiao}, about 170
 * classes per command. The instructions stay as they are; only the version changes and the frames the
 * type-checking verifier reads are computed (the JDK's Class-File API, from the classes of all the
 * bundles and the JDK). A jar is left unchanged when its manifest holds entry digests (it could no
 * longer be checked against them), when a frame cannot be computed, or when a rewritten class does not
 * verify. Entries keep their order, times and compression method ({@code StripSignatures.copyOf} and
 * {@code rewrite}, in the same folder: the JDK's launcher compiles the two source files together); the
 * p2 repository of the build keeps the originals. A jar of the same content as one done before (the
 * three platforms share most) is that one's result ({@code StripSignatures.OncePerContent}).
 */
public final class UpgradeClassFiles {

	/** Java 6: the JVM caches class files of this version and later. */
	private static final int CACHED_FROM = 50;

	private UpgradeClassFiles() {
	}

	/** @param args the directories whose {@code plugins/*.jar} are upgraded, searched recursively */
	public static void main(String[] args) throws IOException {
		int upgraded = 0;
		int classes = 0;
		StripSignatures.OncePerContent once = new StripSignatures.OncePerContent();
		for (String arg : args) {
			Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
			for (Path jar : StripSignatures.jars(arg)) {
				byFolder.computeIfAbsent(jar.getParent(), folder -> new ArrayList<>()).add(jar);
			}
			for (List<Path> jars : byFolder.values()) {
				URL[] urls = new URL[jars.size()];
				for (int i = 0; i < urls.length; i++) {
					urls[i] = jars.get(i).toUri().toURL();
				}
				try (URLClassLoader bundles = new URLClassLoader(urls, null)) {
					ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
							ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
									.orElse(ClassHierarchyResolver.ofResourceParsing(bundles)).cached()));
					for (Path jar : jars) {
						if (oldClasses(jar) == 0) {
							continue;
						}
						int count = once.apply(jar, j -> upgrade(classFile, j));
						if (count > 0) {
							upgraded++;
							classes += count;
						}
					}
				}
			}
		}
		System.out.println("UpgradeClassFiles: rewrote " + classes + " class file(s) of " + upgraded + " jar(s) as Java 8 class files");
	}

	/**
	 * @return how many class files of the jar are older than Java 6, read from their first bytes alone:
	 *         most jars have none, and are neither digested nor read whole
	 */
	private static int oldClasses(Path jar) throws IOException {
		int old = 0;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				if (isClass(entry)) {
					try (InputStream in = zip.getInputStream(entry)) {
						if (majorVersion(in.readNBytes(8)) < CACHED_FROM) {
							old++;
						}
					}
				}
			}
		}
		return old;
	}

	/** @return how many class files of the jar were rewritten: 0 when it is left unchanged */
	private static int upgrade(ClassFile classFile, Path jar) throws IOException {
		Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				try (InputStream in = zip.getInputStream(entry)) {
					entries.put(entry, in.readAllBytes());
				}
			}
		}
		long old = entries.entrySet().stream().filter(e -> isClass(e.getKey()) && majorVersion(e.getValue()) < CACHED_FROM).count();
		String refused = digested(entries);
		int rewritten = 0;
		for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
			if (refused != null) {
				break;
			}
			if (isClass(entry.getKey()) && majorVersion(entry.getValue()) < CACHED_FROM) {
				try {
					ClassModel model = classFile.parse(entry.getValue());
					byte[] bytes = classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
							.andThen((builder, element) -> builder.with(element instanceof ClassFileVersion
									? ClassFileVersion.of(ClassFile.JAVA_8_VERSION, 0)
									: element)));
					List<VerifyError> errors = classFile.verify(bytes);
					if (!errors.isEmpty()) {
						refused = entry.getKey().getName() + " does not verify: " + errors.get(0).getMessage();
					}
					entry.setValue(bytes);
					rewritten++;
				} catch (IllegalArgumentException | IllegalStateException e) {
					refused = entry.getKey().getName() + ": " + e.getMessage();
				}
			}
		}
		if (refused != null) {
			System.out.println("UpgradeClassFiles: " + jar.getFileName() + " left as it is (" + old + " old class files): " + refused);
			return 0;
		}
		write(jar, entries);
		return rewritten;
	}

	/** @return why the jar is not to be changed when its manifest holds entry digests, else null */
	private static String digested(Map<ZipEntry, byte[]> entries) throws IOException {
		for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
			if (entry.getKey().getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
				Manifest manifest = new Manifest(new ByteArrayInputStream(entry.getValue()));
				for (Attributes attributes : manifest.getEntries().values()) {
					if (attributes.keySet().stream().anyMatch(name -> name.toString().endsWith("-Digest"))) {
						return "its manifest holds the digests of its entries";
					}
				}
			}
		}
		return null;
	}

	private static boolean isClass(ZipEntry entry) {
		return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/");
	}

	private static int majorVersion(byte[] bytes) {
		return bytes.length < 8 ? Integer.MAX_VALUE : ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
	}

	private static void write(Path jar, Map<ZipEntry, byte[]> entries) throws IOException {
		StripSignatures.rewrite(jar, "rewrite the class files of", out -> {
			for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
				byte[] bytes = entry.getValue();
				ZipEntry copy = StripSignatures.copyOf(entry.getKey());
				if (copy.getMethod() == ZipEntry.STORED) {
					CRC32 crc = new CRC32();
					crc.update(bytes);
					copy.setSize(bytes.length);
					copy.setCompressedSize(bytes.length);
					copy.setCrc(crc.getValue());
				}
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		});
	}
}
