package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.modules.SkippedModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/** The registry reads every module, skips and logs broken ones, and follows bundles coming and going. */
class ModuleRegistryTest {

	static final List<String> BUILT_IN = List.of("partybuilding", "hr", "socialinsurance", "businessenv", "general");

	@TempDir
	Path dir;

	@Test
	void picksUpTheFiveModulesInTheirOrderWithNameIconLinesTemplatesAndConstraints() throws IOException {
		List<IndicatorModule> modules = ModuleRegistry.getDefault().modules();
		assertEquals(BUILT_IN, modules.stream().map(IndicatorModule::id).filter(BUILT_IN::contains).toList());
		for (IndicatorModule module : modules.stream().filter(m -> BUILT_IN.contains(m.id())).toList()) {
			assertEquals("org.jixiao.module." + module.id(), module.contributor());
			assertFalse(module.name().isBlank() || module.name().startsWith("%"), module.name());
			assertTrue(module.icon().isPresent(), module.id());
			try (InputStream in = module.icon().get().openStream()) {
				assertEquals(0x89, in.read(), "a PNG icon: " + module.id());
			}
			assertTrue(module.businessLines().size() >= 4, module.id() + " " + module.businessLines());
			assertTrue(module.businessLines().stream().noneMatch(l -> l == null || l.startsWith("%")), module.businessLines().toString());
			assertTrue(module.templates().size() >= 9, module.id());
			assertEquals(2, module.constraints().size(), module.id());
		}
		assertEquals("Party Building", ModuleRegistry.getDefault().module("partybuilding").orElseThrow().name());
	}

	@Test
	void aModuleWhoseClassCannotLoadIsSkippedAndLoggedAndTheOthersStillWork() {
		List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		ModuleRegistry registry = new ModuleRegistry(RegistryFactory.getRegistry());
		try {
			List<String> ids = registry.modules().stream().map(IndicatorModule::id).toList();
			assertTrue(ids.containsAll(BUILT_IN), ids.toString());
			assertFalse(ids.contains("broken-class") || ids.contains("broken-templates") || ids.contains("broken-weights"), ids.toString());

			SkippedModule badClass = skipped(registry, "broken-class");
			assertEquals("org.jixiao.modules.tests", badClass.contributor());
			assertTrue(badClass.reason().contains("org.jixiao.modules.tests.NoSuchConstraint"), badClass.reason());
			assertTrue(skipped(registry, "broken-templates").reason().contains("broken/missing.json"),
					skipped(registry, "broken-templates").reason());
			String weights = skipped(registry, "broken-weights").reason();
			assertTrue(weights.contains("1") && weights.contains("5") && weights.contains("wrong-total.json"), weights);
			assertEquals(3, registry.skipped().size(), registry.skipped().toString());

			assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getPlugin().equals("org.jixiao.core")
					&& s.getMessage().contains("broken-class") && s.getMessage().contains("NoSuchConstraint")), logged.toString());
		} finally {
			Platform.removeLogListener(listener);
			registry.dispose();
		}
	}

	@Test
	void aModuleInstalledLaterIsReadAndForgottenWhenItIsUninstalled() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ModuleRegistryTest.class).getBundleContext();
		ModuleRegistry registry = new ModuleRegistry(RegistryFactory.getRegistry());
		try {
			assertTrue(registry.module("later").isEmpty());
			Path jar = moduleJar();
			Bundle bundle = context.installBundle(jar.toUri().toString());
			try {
				context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
				waitFor(() -> registry.module("later").isPresent());
				IndicatorModule later = registry.module("later").orElseThrow();
				assertEquals("Installed later", later.name());
				assertEquals("巡查次数", later.templates().get(0).name());
			} finally {
				bundle.uninstall();
				context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
			}
			waitFor(() -> registry.module("later").isEmpty());
			assertTrue(registry.modules().stream().map(IndicatorModule::id).toList().containsAll(BUILT_IN));
		} finally {
			registry.dispose();
		}
	}

	private static SkippedModule skipped(ModuleRegistry registry, String id) {
		return registry.skipped().stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " is not skipped: " + registry.skipped()));
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
			Thread.sleep(50);
		}
		assertTrue(condition.getAsBoolean(), "the registry did not follow the bundle within 10 s");
	}

	/** A module bundle written on the fly: manifest, plugin.xml and a one-template library. */
	private Path moduleJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "org.jixiao.modules.tests.later;singleton:=true");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Require-Bundle", "org.jixiao.core");
		Path jar = dir.resolve("later.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			entry(zip, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<plugin><extension point="org.jixiao.core.modules">
					<module id="later" name="Installed later" order="60" templates="later.json"/>
					</extension></plugin>
					""");
			entry(zip, "later.json", """
					{ "templates": [ { "id": "patrols", "category": "产出指标", "subcategory": "数量指标", "name": "巡查次数",
					  "comparator": "≥", "unit": "次", "weight": 2, "target": "≥12次", "guidance": "全年巡查次数。", "section": "巡查" } ] }
					""");
		}
		return jar;
	}

	private static void entry(JarOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new JarEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
