import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures (META-INF/*.SF, *.RSA, *.DSA, *.EC) from the bundles of the materialized
 * products, run by the build as a single-file Java program: {@code java StripSignatures.java DIR}.
 * <p>
 * The JVM leaves the classes of a signed jar out of class data sharing and ahead-of-time caches, and
 * checks a signed jar's digests whenever it loads from it: the Equinox framework itself is signed, so
 * every start of the product verified it and loaded its classes anew. The manifests are kept as they
 * are, with the SHA-256 digest of every entry that the signer wrote into them, so each bundle can still
 * be checked against its own manifest; the p2 repository of the build keeps the signed originals.
 * Entries keep their order, times and content; the class files of a rewritten jar are stored
 * uncompressed, as {@code StoreClassFiles} then stores those of every other jar. The three platforms'
 * products hold mostly the same jars: each content is rewritten once ({@link OncePerContent}).
 */
public final class StripSignatures {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	private StripSignatures() {
	}

	/** @param args the directories whose {@code plugins/*.jar} are stripped, searched recursively */
	public static void main(String[] args) throws IOException {
		int stripped = 0;
		OncePerContent once = new OncePerContent();
		for (String arg : args) {
			for (Path jar : jars(arg)) {
				if (any(jar, entry -> SIGNATURE.matcher(entry.getName()).matches())) {
					stripped += once.apply(jar, j -> strip(j) ? 1 : 0);
				}
			}
		}
		System.out.println("StripSignatures: removed the signatures of " + stripped + " jar(s)");
	}

	/**
	 * @param directory a folder holding products
	 * @return the jars of their {@code plugins} folders, searched recursively, in the order of their paths
	 *         (also used by {@code StoreClassFiles} and {@code UpgradeClassFiles})
	 */
	static List<Path> jars(String directory) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(directory))) {
			return files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("plugins")
					&& p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
		}
	}

	/** @return whether the jar was signed (and has been rewritten without its signature files) */
	private static boolean strip(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<ZipEntry> kept = new ArrayList<>();
			boolean signed = false;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
				} else {
					kept.add(entry);
				}
			}
			if (!signed) {
				return false;
			}
			rewrite(jar, "remove the signature of", out -> {
				for (ZipEntry entry : kept) {
					copy(zip, entry, out);
				}
			});
		}
		return true;
	}

	/**
	 * Whether a tool has anything to do in a jar, read from its directory alone: a jar it would leave as
	 * it is is neither digested nor rewritten (also used by {@code StoreClassFiles}).
	 *
	 * @param jar the jar
	 * @param which the entries the tool changes
	 * @return whether the jar has such an entry
	 */
	static boolean any(Path jar, Predicate<ZipEntry> which) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(which);
		}
	}

	/** Rewrites a jar, or leaves it as it is. */
	interface JarTool {
		/**
		 * @param jar the jar
		 * @return how many of its parts were changed (signatures removed, class files rewritten); 0 when the
		 *         jar was left as it is
		 */
		int apply(Path jar) throws IOException;
	}

	/**
	 * Runs a {@link JarTool} once per distinct content (also used by {@code UpgradeClassFiles}): a jar
	 * whose bytes are those of a jar already done becomes a copy of that one's result, with its own time.
	 */
	static final class OncePerContent {

		private record Done(Path jar, int changed) {
		}

		/** The SHA-256 of an original content → the jar made from it. */
		private final Map<String, Done> done = new HashMap<>();

		/** @return what the tool returned for the jar, or for the earlier jar of the same content */
		int apply(Path jar, JarTool tool) throws IOException {
			String digest = digest(jar);
			Done earlier = done.get(digest);
			if (earlier == null) {
				int changed = tool.apply(jar);
				done.put(digest, new Done(jar, changed));
				return changed;
			}
			if (earlier.changed() > 0) {
				Path temp = jar.resolveSibling(jar.getFileName() + ".new");
				Files.copy(earlier.jar(), temp, StandardCopyOption.REPLACE_EXISTING);
				Files.setLastModifiedTime(temp, Files.getLastModifiedTime(jar));
				Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			return earlier.changed();
		}

		private static String digest(Path jar) throws IOException {
			try {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				try (InputStream in = new DigestInputStream(Files.newInputStream(jar), sha)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
				return HexFormat.of().formatHex(sha.digest());
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Writes the entries of a new version of a jar. */
	interface Entries {
		/** @param out the new jar */
		void write(ZipOutputStream out) throws IOException;
	}

	/**
	 * Writes a new version of a jar into a temporary file beside it, which then takes the jar's place and
	 * time; the temporary file is removed when the writing fails (also used by {@code UpgradeClassFiles}).
	 *
	 * @param jar the jar
	 * @param doing what the writing does, for the message of a failure ("remove the signature of")
	 * @param entries writes the new version's entries
	 */
	static void rewrite(Path jar, String doing, Entries entries) throws IOException {
		Path temp = jar.resolveSibling(jar.getFileName() + ".new");
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16); ZipOutputStream out = new ZipOutputStream(file)) {
			entries.write(out);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw new IOException("cannot " + doing + " " + jar + ": " + e, e);
		}
		Files.setLastModifiedTime(temp, Files.getLastModifiedTime(jar));
		Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Copies an entry of a jar into its new version, a class file stored uncompressed
	 * ({@code StoreClassFiles}, which then has nothing left to do in this jar), any other entry with its
	 * compression method (also used by {@code StoreClassFiles}).
	 *
	 * @param zip the jar
	 * @param entry one of its entries
	 * @param out the new version of the jar
	 */
	static void copy(ZipFile zip, ZipEntry entry, ZipOutputStream out) throws IOException {
		ZipEntry copy = copyOf(entry);
		try (InputStream in = zip.getInputStream(entry)) {
			if (compressedClass(entry)) {
				byte[] bytes = in.readAllBytes();
				CRC32 crc = new CRC32();
				crc.update(bytes);
				copy.setMethod(ZipEntry.STORED);
				copy.setSize(bytes.length);
				copy.setCompressedSize(bytes.length);
				copy.setCrc(crc.getValue());
				out.putNextEntry(copy);
				out.write(bytes);
			} else {
				out.putNextEntry(copy);
				in.transferTo(out);
			}
		}
		out.closeEntry();
	}

	/** @return whether the entry is a class file that is not stored (also used by {@code StoreClassFiles}) */
	static boolean compressedClass(ZipEntry entry) {
		return entry.getName().endsWith(".class") && entry.getMethod() != ZipEntry.STORED;
	}

	/**
	 * @param entry an entry of a jar
	 * @return a new entry of the same name, compression method, time, extra field and comment, and for a
	 *         stored entry the same sizes and checksum (also used by {@code UpgradeClassFiles})
	 */
	static ZipEntry copyOf(ZipEntry entry) {
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setMethod(entry.getMethod());
		copy.setTime(entry.getTime());
		copy.setExtra(entry.getExtra());
		copy.setComment(entry.getComment());
		if (entry.getMethod() == ZipEntry.STORED) {
			copy.setSize(entry.getSize());
			copy.setCompressedSize(entry.getCompressedSize());
			copy.setCrc(entry.getCrc());
		}
		return copy;
	}
}
