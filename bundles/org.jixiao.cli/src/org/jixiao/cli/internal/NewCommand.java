package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.modules.EvaluationTemplates;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.model.evaluation.Evaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao new --department D --year Y --modules a,b [--out FILE.xmi]}: creates a draft evaluation
 * from the standard templates of the chosen modules and writes it as XMI. Exit code 0 when written,
 * 2 for an unknown module, an existing file (unless {@code --force}) or a file that cannot be written.
 */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {

	/** Exit code for input the command cannot use. */
	static final int BAD_INPUT = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "new.department")
	private String department;

	@Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "new.year")
	private int year;

	@Option(names = "--modules", required = true, split = ",", paramLabel = "ID", descriptionKey = "new.modules")
	private List<String> moduleIds;

	@Mixin
	private StoreOptions store;

	@Option(names = "--out", paramLabel = "FILE", descriptionKey = "new.out")
	private Path out;

	@Option(names = "--force", descriptionKey = "new.force")
	private boolean force;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		ModuleRegistry registry = ModuleRegistry.getDefault();
		List<IndicatorModule> modules = new ArrayList<>();
		for (String id : moduleIds) {
			Optional<IndicatorModule> module = registry.module(id.strip());
			if (module.isEmpty()) {
				err.println(NLS.bind(Messages.NewCommand_unknownModule, id.strip(),
						registry.modules().stream().map(IndicatorModule::id).collect(Collectors.joining(", ")))); //$NON-NLS-1$
				return BAD_INPUT;
			}
			if (!modules.contains(module.get())) {
				modules.add(module.get());
			}
		}
		if (department.isBlank() || year < 1900 || year > 9999) {
			err.println(NLS.bind(Messages.NewCommand_badHeader, department, year));
			return BAD_INPUT;
		}
		Evaluation evaluation = EvaluationTemplates.newEvaluation(department.strip(), year, modules);
		long indicators = evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToLong(s -> s.getIndicators().size()).sum();
		String moduleList = modules.stream().map(IndicatorModule::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (out == null) {
			return StoreCommands.withStore(spec, store, opened -> {
				long id = opened.insert(evaluation, store.auditUser());
				err.println(NLS.bind(Messages.NewCommand_stored, new Object[] { id, indicators, moduleList }));
				spec.commandLine().getOut().println(id);
				return 0;
			}).orElse(StoreCommands.FAILED);
		}
		if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
			err.println(NLS.bind(Messages.NewCommand_exists, out));
			return BAD_INPUT;
		}
		try {
			EvaluationResources.save(evaluation, out);
		} catch (EvaluationFileException e) {
			err.println(NLS.bind(Messages.NewCommand_failed, e.getMessage()));
			return e.getCause() instanceof IOException cause && !(cause instanceof FileSystemException) ? StoreCommands.FAILED : BAD_INPUT;
		}
		spec.commandLine().getOut().println(NLS.bind(Messages.NewCommand_created, new Object[] { out, indicators, moduleList }));
		return 0;
	}
}
