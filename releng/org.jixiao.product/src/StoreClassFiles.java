import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Stores the class files of the materialized products' bundles uncompressed, run by the build as a
 * source-file program after {@code StripSignatures}: {@code java StoreClassFiles.java DIR}.
 * <p>
 * Equinox reads the bytes of every class it loads from its bundle's jar, also when the JVM then takes
 * the class from the ahead-of-time cache of {@code ./jixiao} (a class of a framework class loader is
 * matched against the bytes the loader supplies). Compressed, each was inflated anew on every run:
 * about 10,000 classes in a {@code jixiao demo}, the largest native cost of the run. A stored class is
 * copied from the file. Other entries keep their compression; every entry keeps its order, time and
 * content, so the manifests' entry digests still hold ({@code StripSignatures.copy} and
 * {@code rewrite}, in the same folder: the JDK's launcher compiles the source files together). The
 * jars {@code StripSignatures} rewrote have their classes stored already. The installed product is
 * larger (its plugins 93 → 180 MB), its archives about the same. A jar of the same content as one done
 * before is that one's result ({@code StripSignatures.OncePerContent}).
 */
public final class StoreClassFiles {

	private StoreClassFiles() {
	}

	/** @param args the directories whose {@code plugins/*.jar} are rewritten, searched recursively */
	public static void main(String[] args) throws IOException {
		int jars = 0;
		int classes = 0;
		StripSignatures.OncePerContent once = new StripSignatures.OncePerContent();
		for (String arg : args) {
			for (Path jar : StripSignatures.jars(arg)) {
				if (StripSignatures.any(jar, StripSignatures::compressedClass)) {
					jars++;
					classes += once.apply(jar, StoreClassFiles::store);
				}
			}
		}
		System.out.println("StoreClassFiles: stored " + classes + " class file(s) of " + jars + " jar(s) uncompressed");
	}

	/** @return how many class files of the jar are now stored */
	private static int store(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			int compressed = (int) entries.stream().filter(StripSignatures::compressedClass).count();
			StripSignatures.rewrite(jar, "store the class files of", out -> {
				for (ZipEntry entry : entries) {
					StripSignatures.copy(zip, entry, out);
				}
			});
			return compressed;
		}
	}
}
