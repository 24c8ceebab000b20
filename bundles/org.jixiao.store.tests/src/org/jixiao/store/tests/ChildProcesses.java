package org.jixiao.store.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.osgi.util.NLS;
import org.jixiao.testing.StoreChild;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts {@link StoreChild} as a real second JVM. Its flat class path is made of the files of the
 * bundles it needs, found through the OSGi runtime the tests run in (Tycho Surefire), or this JVM's
 * class path when the tests run outside OSGi.
 */
final class ChildProcesses {

	/**
	 * The bundles the child needs: Derby with its fragments and network client, EMF, NLS, Gson, the
	 * model, core, the store, the test support that holds {@link StoreChild}, and the extension registry's
	 * API, which the validator the store counts errors with reads the indicator modules from (none outside
	 * OSGi).
	 */
	private static final Set<String> BUNDLES = Set.of("derby", "org.apache.derby.derbyshared", "org.apache.derby.derbytools",
			"org.apache.derby.derbynet", "derbyclient", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
			"org.eclipse.osgi", "com.google.gson", "org.jixiao.model", "org.jixiao.core", "org.jixiao.store", "org.jixiao.testing",
			"org.eclipse.equinox.registry", "org.eclipse.equinox.common");

	private static final Path ARCHIVE = Path.of(System.getProperty("java.io.tmpdir"),
			"jixiao-store-child-" + ProcessHandle.current().pid() + ".jsa");

	static {
		ARCHIVE.toFile().deleteOnExit();
	}

	private ChildProcesses() {
	}

	/** @return a process builder running {@code StoreChild} with these arguments */
	static ProcessBuilder storeChild(String... args) {
		return java(List.of(), StoreChild.class.getName(), args);
	}

	/**
	 * @param options options of the JVM, e.g. {@code -Djavax.net.ssl.trustStore=...}
	 * @param mainClass the class to run, on the class path of {@link #BUNDLES}
	 * @param args its arguments
	 * @return a process builder running it in a second JVM
	 */
	static ProcessBuilder java(List<String> options, String mainClass, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.add("-Xshare:auto");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		// the children of one test run share a class data archive: each starts faster than the first
		command.add("-XX:+AutoCreateSharedArchive");
		command.add("-XX:SharedArchiveFile=" + ARCHIVE);
		command.addAll(options);
		command.add("-cp");
		command.add(classPath());
		command.add(mainClass);
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
	}

	static String classPath() {
		Bundle self = FrameworkUtil.getBundle(ChildProcesses.class);
		if (self == null) {
			return System.getProperty("java.class.path");
		}
		Set<String> entries = new LinkedHashSet<>();
		Set<String> found = new LinkedHashSet<>();
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (BUNDLES.contains(bundle.getSymbolicName())) {
				Optional<File> file = bundle.getBundleId() == 0 ? systemBundleFile() : FileLocator.getBundleFileLocation(bundle);
				file.ifPresent(f -> {
					entries.add(f.getAbsolutePath());
					// a bundle built in this reactor may run from its output folder
					File classes = new File(f, "target/classes");
					if (f.isDirectory() && classes.isDirectory()) {
						entries.add(classes.getAbsolutePath());
					}
				});
				found.add(bundle.getSymbolicName());
			}
		}
		if (!found.containsAll(BUNDLES)) {
			Set<String> missing = new LinkedHashSet<>(BUNDLES);
			missing.removeAll(found);
			throw new IllegalStateException("bundles for the child process not found in the runtime: " + missing);
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The framework's own jar (for {@code NLS}): the system bundle has no ordinary location. */
	private static Optional<File> systemBundleFile() {
		try {
			return Optional.of(new File(NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
		} catch (Exception e) {
			return Optional.empty();
		}
	}
}
