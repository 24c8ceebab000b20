package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.modules.SkippedModule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao modules}: lists the installed indicator modules with their id, name, template counts and
 * business lines, then, on the error channel, the contributions that were skipped and why. Exit code 0.
 */
@Command(name = "modules")
final class ModulesCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		ModuleRegistry registry = ModuleRegistry.getDefault();
		List<IndicatorModule> modules = registry.modules();
		if (modules.isEmpty()) {
			out.println(Messages.ModulesCommand_none);
		}
		for (IndicatorModule module : modules) {
			long standard = module.templates().stream().filter(IndicatorTemplate::standard).count();
			out.println(NLS.bind(Messages.ModulesCommand_module, new Object[] { module.id(), module.name(),
					module.templates().size(), standard, module.contributor() }));
			if (!module.businessLines().isEmpty()) {
				out.println(NLS.bind(Messages.ModulesCommand_lines, String.join(Messages.ModulesCommand_separator, module.businessLines())));
			}
		}
		PrintWriter err = spec.commandLine().getErr();
		for (SkippedModule skipped : registry.skipped()) {
			err.println(NLS.bind(Messages.ModulesCommand_skipped, new Object[] { skipped.id(), skipped.contributor(), skipped.reason() }));
		}
		return 0;
	}
}
