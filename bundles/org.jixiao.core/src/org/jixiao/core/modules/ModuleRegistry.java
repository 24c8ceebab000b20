package org.jixiao.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.osgi.framework.Bundle;

/**
 * The indicator modules contributed to {@code org.jixiao.core.modules}.
 * <p>
 * Contributions are read on first use, not at start-up, and read again after bundles that contribute
 * come or go (an {@link IRegistryEventListener} drops the cached list). A contribution that cannot be
 * used (no id, a template library that is missing or breaks a rule, a constraint class that cannot be
 * loaded) is logged with {@link ILog} and skipped; the other modules are not affected. The optional
 * data class is resolved in the EMF package registry when the module is read.
 * <p>
 * The registry is a singleton rather than a DS service because its source, the extension registry,
 * already is one and already reports changes, because validation
 * ({@link org.jixiao.core.validation.EvaluationDiagnostician}) is a static entry point that must see
 * the modules without a service lookup, and because a service would add a start-up ordering the CLI
 * and the workbench would have to wait for. Outside OSGi there is no extension registry and the
 * default registry is empty.
 */
public final class ModuleRegistry {

	/** The id of the extension point. */
	public static final String EXTENSION_POINT = "org.jixiao.core.modules"; //$NON-NLS-1$

	private static final String PLUGIN_ID = "org.jixiao.core"; //$NON-NLS-1$
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]*"); //$NON-NLS-1$

	private static ModuleRegistry instance;

	private final IExtensionRegistry registry;
	private final IRegistryEventListener listener = new Listener();
	private volatile Snapshot snapshot;

	/**
	 * @param registry the extension registry to read, or null for an empty registry
	 */
	public ModuleRegistry(IExtensionRegistry registry) {
		this.registry = registry;
		if (registry != null) {
			registry.addListener(listener, EXTENSION_POINT);
		}
	}

	/** @return the registry of the running platform's extension registry */
	public static synchronized ModuleRegistry getDefault() {
		if (instance == null) {
			instance = new ModuleRegistry(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** @return the usable modules, by order and then id */
	public List<IndicatorModule> modules() {
		return snapshot().modules();
	}

	/**
	 * @param id a module id
	 * @return the usable module with that id
	 */
	public Optional<IndicatorModule> module(String id) {
		return modules().stream().filter(m -> m.id().equals(id)).findFirst();
	}

	/** @return the contributions skipped at the last reading, with the reasons */
	public List<SkippedModule> skipped() {
		return snapshot().skipped();
	}

	/** Stops listening to the extension registry. */
	public void dispose() {
		if (registry != null) {
			registry.removeListener(listener);
		}
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = read();
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot read() {
		List<IndicatorModule> modules = new ArrayList<>();
		List<SkippedModule> skipped = new ArrayList<>();
		if (registry == null) {
			return new Snapshot(List.of(), List.of());
		}
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = contributorName(element);
			String id = idOf(element);
			try {
				IndicatorModule module = module(element, contributor);
				if (!ids.add(module.id())) {
					throw new ContributionException(NLS.bind(Messages.ModuleRegistry_duplicate, module.id()), null);
				}
				modules.add(module);
			} catch (ContributionException e) {
				SkippedModule skip = new SkippedModule(contributor, id, e.getMessage());
				skipped.add(skip);
				log(NLS.bind(Messages.ModuleRegistry_skipped, new Object[] { skip.id(), contributor, e.getMessage() }), e.getCause());
			}
		}
		modules.sort(Comparator.comparingInt(IndicatorModule::order).thenComparing(IndicatorModule::id));
		return new Snapshot(List.copyOf(modules), List.copyOf(skipped));
	}

	private static IndicatorModule module(IConfigurationElement element, String contributor) throws ContributionException {
		try {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			if (id == null || !ID.matcher(id).matches()) {
				throw new ContributionException(NLS.bind(Messages.ModuleRegistry_badId, id), null);
			}
			String name = element.getAttribute("name"); //$NON-NLS-1$
			if (name == null || name.isBlank()) {
				throw new ContributionException(Messages.ModuleRegistry_noName, null);
			}
			int order = order(element.getAttribute("order")); //$NON-NLS-1$
			Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
			URL icon = entry(bundle, element.getAttribute("icon"), false); //$NON-NLS-1$
			String templates = element.getAttribute("templates"); //$NON-NLS-1$
			URL library = entry(bundle, templates, true);
			TemplateLibrary read;
			try (InputStream in = library.openStream()) {
				read = TemplateLibrary.read(in, contributor + '/' + templates);
			} catch (IOException e) {
				throw new ContributionException(NLS.bind(Messages.ModuleRegistry_templatesUnreadable, templates, e.getMessage()), e);
			} catch (TemplateLibraryException e) {
				throw new ContributionException(e.getMessage(), e);
			}
			List<String> lines = new ArrayList<>();
			for (IConfigurationElement line : element.getChildren("businessLine")) { //$NON-NLS-1$
				lines.add(line.getAttribute("name")); //$NON-NLS-1$
			}
			List<ModuleConstraint> constraints = new ArrayList<>();
			for (IConfigurationElement constraint : element.getChildren("constraint")) { //$NON-NLS-1$
				constraints.add(constraint(constraint));
			}
			EClass dataClass = dataClass(element.getAttribute("data")); //$NON-NLS-1$
			checkFeeds(read, dataClass);
			return new ContributedModule(id, name, icon, order, lines, read, constraints, contributor, dataClass);
		} catch (InvalidRegistryObjectException e) {
			throw new ContributionException(Messages.ModuleRegistry_gone, e);
		}
	}

	private static EClass dataClass(String data) throws ContributionException {
		if (data == null || data.isBlank()) {
			return null;
		}
		int hash = data.lastIndexOf('#');
		EPackage ePackage = hash < 0 ? null : EPackage.Registry.INSTANCE.getEPackage(data.substring(0, hash));
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(data.substring(hash + 1));
		if (!(classifier instanceof EClass eClass)) {
			throw new ContributionException(NLS.bind(Messages.ModuleRegistry_dataUnknown, data), null);
		}
		if (eClass.isAbstract() || !EvaluationPackage.Literals.MODULE_DATA.isSuperTypeOf(eClass)) {
			throw new ContributionException(NLS.bind(Messages.ModuleRegistry_dataType, data), null);
		}
		return eClass;
	}

	private static void checkFeeds(TemplateLibrary library, EClass dataClass) throws ContributionException {
		for (IndicatorTemplate template : library.templates()) {
			if (template.feed().isEmpty()) {
				continue;
			}
			LedgerFeed feed = template.feed().get();
			if (dataClass == null) {
				throw new ContributionException(NLS.bind(Messages.ModuleRegistry_feedWithoutData, template.id()), null);
			}
			EReference ledger = ModuleLedgers.ledgers(dataClass).stream().filter(r -> r.getName().equals(feed.ledger())).findFirst()
					.orElseThrow(() -> new ContributionException(NLS.bind(Messages.ModuleRegistry_feedInvalid, template.id(),
							NLS.bind(Messages.ModuleRegistry_feedLedger, feed.ledger(), dataClass.getName())), null));
			EClass entry = ledger.getEReferenceType();
			List<String> fields = new ArrayList<>(feed.where().keySet());
			fields.addAll(feed.among().keySet());
			feed.inYear().ifPresent(fields::add);
			feed.field().ifPresent(fields::add);
			feed.reasons().ifPresent(fields::add);
			for (String field : fields) {
				if (!(entry.getEStructuralFeature(field) instanceof EAttribute)) {
					throw new ContributionException(NLS.bind(Messages.ModuleRegistry_feedInvalid, template.id(),
							NLS.bind(Messages.ModuleRegistry_feedField, field, entry.getName())), null);
				}
			}
		}
	}

	private static ModuleConstraint constraint(IConfigurationElement element) throws ContributionException {
		String type = element.getAttribute("class"); //$NON-NLS-1$
		Object created;
		try {
			created = element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException e) {
			throw new ContributionException(NLS.bind(Messages.ModuleRegistry_constraintFailed, type,
					e.getStatus().getException() == null ? e.getMessage() : e.getStatus().getException().toString()), e);
		}
		if (created instanceof ModuleConstraint constraint) {
			return constraint;
		}
		throw new ContributionException(NLS.bind(Messages.ModuleRegistry_constraintType, type, ModuleConstraint.class.getName()), null);
	}

	private static int order(String text) throws ContributionException {
		try {
			return text == null ? Integer.MAX_VALUE : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new ContributionException(NLS.bind(Messages.ModuleRegistry_badOrder, text), e);
		}
	}

	private static URL entry(Bundle bundle, String path, boolean required) throws ContributionException {
		if (path == null || path.isBlank()) {
			if (required) {
				throw new ContributionException(Messages.ModuleRegistry_noTemplates, null);
			}
			return null;
		}
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url == null) {
			throw new ContributionException(NLS.bind(Messages.ModuleRegistry_missingResource, path), null);
		}
		return url;
	}

	private static String idOf(IConfigurationElement element) {
		try {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			return id == null ? "" : id; //$NON-NLS-1$
		} catch (InvalidRegistryObjectException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static String contributorName(IConfigurationElement element) {
		try {
			return element.getContributor().getName();
		} catch (InvalidRegistryObjectException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/** Logs an error of a contribution to the platform log, or to standard error outside OSGi. */
	static void log(String message, Throwable cause) {
		IStatus status = new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
		try {
			ILog.of(ModuleRegistry.class).log(status);
		} catch (RuntimeException | LinkageError e) {
			System.err.println(message);
		}
	}

	/** The modules and skipped contributions of one reading. */
	private record Snapshot(List<IndicatorModule> modules, List<SkippedModule> skipped) {
	}

	/** Drops the cached reading when contributions come or go. */
	private final class Listener implements IRegistryEventListener {
		@Override
		public void added(IExtension[] extensions) {
			snapshot = null;
		}

		@Override
		public void removed(IExtension[] extensions) {
			snapshot = null;
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			snapshot = null;
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			snapshot = null;
		}
	}

	/** A contribution that cannot be used; the message says why. */
	private static final class ContributionException extends Exception {
		private static final long serialVersionUID = 1L;

		ContributionException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
