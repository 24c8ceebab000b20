package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * {@code jixiao check --deep}: whether every class the installed bundles reach resolves in this runtime.
 * For every bundle it checks that the bundle is resolved (else names the requirements nothing provides),
 * that every package and bundle it imports, optional ones included, is wired, and it loads one class of
 * every package the bundle exports with the types of its fields, methods and constructors. A bundle whose
 * optional import is not wired fails at run time with a {@link NoClassDefFoundError} as soon as it reaches
 * that package (commons-compress without commons-lang3 on an .xlsx with Unix extra fields). Packages that
 * the product does not ship on purpose, because no feature of the product reaches them, are listed with
 * the reason in {@code not-shipped.properties}; anything else missing is reported by bundle.
 */
final class WiringCheck {

	private static final Pattern FILTER_NAME = Pattern
			.compile("\\((?:" + PackageNamespace.PACKAGE_NAMESPACE + "|" + BundleNamespace.BUNDLE_NAMESPACE + ")=([^)]+)\\)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern MISSING_CLASS = Pattern.compile("([a-zA-Z_$][\\w$]*(?:[/.][a-zA-Z_$][\\w$]*)+)"); //$NON-NLS-1$

	/** What the check found. */
	record Result(int bundles, int packagesLoaded, int importsWired, int notShipped, Map<String, List<String>> missing) {

		/** @return how many things are missing, over all bundles */
		int missingCount() {
			return missing.values().stream().mapToInt(List::size).sum();
		}
	}

	private static final String UNRESOLVED = "not resolved: "; //$NON-NLS-1$

	private final Properties notShipped = new Properties();
	private final Map<String, List<String>> missing = new TreeMap<>();
	private int packagesLoaded;
	private int importsWired;
	private int allowed;

	WiringCheck() throws IOException {
		try (InputStream in = WiringCheck.class.getResourceAsStream("not-shipped.properties")) { //$NON-NLS-1$
			notShipped.load(in);
		}
	}

	/** Checks every bundle installed in the framework of {@code context}. */
	Result run(BundleContext context) {
		Bundle[] bundles = context.getBundles();
		FrameworkWiring framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
		framework.resolveBundles(null);
		for (Bundle bundle : bundles) {
			if (bundle.getBundleId() != 0 && bundle.getState() != Bundle.UNINSTALLED) {
				check(bundle, framework);
			}
		}
		return new Result(bundles.length - 1, packagesLoaded, importsWired, allowed, missing);
	}

	private void check(Bundle bundle, FrameworkWiring framework) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null || !wiring.isInUse()) {
			for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
				if (!optional(requirement) && framework.findProviders(requirement).isEmpty()) {
					report(bundle, UNRESOLVED + requirement.getNamespace() + " " //$NON-NLS-1$
							+ requirement.getDirectives().get(Constants.FILTER_DIRECTIVE));
				}
			}
			if (!missing.containsKey(name(bundle))) {
				report(bundle, UNRESOLVED + bundle.getState());
			}
			return;
		}
		if ((revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
			if (wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE).isEmpty()) {
				report(bundle, UNRESOLVED + HostNamespace.HOST_NAMESPACE);
			}
			return; // its imports and exports are the host's, checked there
		}
		checkImports(bundle, wiring);
		checkExports(bundle, wiring);
	}

	/** Every package and bundle the bundle or its fragments import is wired, or not shipped on purpose. */
	private void checkImports(Bundle bundle, BundleWiring wiring) {
		Set<String> wired = new HashSet<>();
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			wired.add(key(wire.getRequirement()));
		}
		Set<String> exported = new HashSet<>();
		for (BundleCapability capability : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
			exported.add(PackageNamespace.PACKAGE_NAMESPACE + ':' + capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
		}
		List<BundleRevision> revisions = new ArrayList<>();
		revisions.add(wiring.getRevision());
		for (BundleWire fragment : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
			revisions.add(fragment.getRequirerWiring().getRevision());
		}
		for (BundleRevision revision : revisions) {
			for (String namespace : List.of(PackageNamespace.PACKAGE_NAMESPACE, BundleNamespace.BUNDLE_NAMESPACE)) {
				for (BundleRequirement requirement : revision.getDeclaredRequirements(namespace)) {
					String key = key(requirement);
					if (PackageNamespace.RESOLUTION_DYNAMIC.equals(requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
							|| key == null) {
						continue;
					}
					if (wired.contains(key) || exported.contains(key)) {
						importsWired++;
					} else if (key.startsWith(PackageNamespace.PACKAGE_NAMESPACE) && local(wiring, key.substring(key.indexOf(':') + 1))) {
						importsWired++; // the bundle's own classes, found in the bundle when the import is not wired
					} else if (notShipped(key.substring(key.indexOf(':') + 1))) {
						allowed++;
					} else {
						report(bundle, key.replace(PackageNamespace.PACKAGE_NAMESPACE + ':', "Import-Package ") //$NON-NLS-1$
								.replace(BundleNamespace.BUNDLE_NAMESPACE + ':', "Require-Bundle ") //$NON-NLS-1$
								+ (optional(requirement) ? " (optional, not wired)" : " (not wired)")); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
	}

	/** One class of every exported package loads, with the types of its members. */
	private void checkExports(Bundle bundle, BundleWiring wiring) {
		Set<String> seen = new HashSet<>();
		for (BundleCapability capability : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
			String pkg = (String) capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
			if (!seen.add(pkg)) {
				continue;
			}
			String className = firstClass(wiring, pkg);
			if (className == null) {
				continue; // a package of resources, or one that a fragment of another platform provides
			}
			try {
				Class<?> type = Class.forName(className, false, wiring.getClassLoader());
				type.getDeclaredFields();
				type.getDeclaredMethods();
				type.getDeclaredConstructors();
				packagesLoaded++;
			} catch (ClassNotFoundException | LinkageError e) {
				String cause = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
				Matcher matcher = MISSING_CLASS.matcher(cause.replaceAll("\\[+L", "")); // an array's descriptor: [Lname; //$NON-NLS-1$ //$NON-NLS-2$
				String missingClass = matcher.find() ? matcher.group(1).replace('/', '.') : null;
				String missingPackage = missingClass == null || !missingClass.contains(".") ? null //$NON-NLS-1$
						: missingClass.substring(0, missingClass.lastIndexOf('.'));
				if (missingPackage != null && notShipped(missingPackage)) {
					allowed++;
				} else if (missingPackage != null && local(wiring, missingPackage)) {
					packagesLoaded++; // a type the jar itself leaves out (poi-ooxml-lite): no wiring can give it
				} else {
					report(bundle, className + ": " + e.getClass().getSimpleName() + ": " + cause); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}

	private static String firstClass(BundleWiring wiring, String pkg) {
		Collection<String> resources = wiring.listResources("/" + pkg.replace('.', '/'), "*.class", //$NON-NLS-1$ //$NON-NLS-2$
				BundleWiring.LISTRESOURCES_LOCAL);
		return resources.stream().filter(r -> !r.endsWith("package-info.class") && !r.endsWith("module-info.class")) //$NON-NLS-1$ //$NON-NLS-2$
				.sorted().findFirst().map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.')) //$NON-NLS-1$
				.orElse(null);
	}

	/** Whether the bundle (or a fragment of it) has classes of the package itself. */
	private static boolean local(BundleWiring wiring, String pkg) {
		return !wiring.listResources("/" + pkg.replace('.', '/'), "*.class", BundleWiring.LISTRESOURCES_LOCAL).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether a package (or bundle) is listed as not shipped on purpose, itself or by a prefix {@code a.b.*}. */
	private boolean notShipped(String name) {
		for (String candidate = name;; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
			if (notShipped.containsKey(candidate) || notShipped.containsKey(candidate + ".*")) { //$NON-NLS-1$
				return true;
			}
			if (candidate.indexOf('.') < 0) {
				return false;
			}
		}
	}

	private static String key(BundleRequirement requirement) {
		String filter = requirement.getDirectives().get(Constants.FILTER_DIRECTIVE);
		Matcher matcher = filter == null ? null : FILTER_NAME.matcher(filter);
		return matcher != null && matcher.find() ? requirement.getNamespace() + ':' + matcher.group(1) : null;
	}

	private static boolean optional(BundleRequirement requirement) {
		return Constants.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE));
	}

	private void report(Bundle bundle, String what) {
		missing.computeIfAbsent(name(bundle), k -> new ArrayList<>()).add(what);
	}

	private static String name(Bundle bundle) {
		return bundle.getSymbolicName() + "_" + bundle.getVersion(); //$NON-NLS-1$
	}
}
