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
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoredEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao new --department D --year Y --modules a,b [--out FILE.xmi]}: creates a draft evaluation
 * from the standard templates of the chosen modules and stores it, or writes it as XMI.
 * {@code jixiao new --kind project|carriedOver --from ID --project NAME [--modules a,b] [--out FILE.xmi]}
 * creates the project evaluation (项目支出绩效自评) of one budget project of the stored department
 * evaluation ID: header and amounts from it, indicators from the project's module's templates (or the
 * modules named), weighted by the rule set's project weights ({@link ProjectEvaluations}). Exit code 0
 * when written, 1 when the store fails, 2 for an unknown module or project, a project that has its
 * evaluation already, an existing file (unless {@code --force}) or a file that cannot be written.
 */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {

	/** Exit code for input the command cannot use. */
	static final int BAD_INPUT = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = "--kind", paramLabel = "KIND", defaultValue = "department", descriptionKey = "new.kind")
	private String kind;

	@Option(names = "--department", paramLabel = "NAME", descriptionKey = "new.department")
	private String department;

	@Option(names = "--year", paramLabel = "YEAR", descriptionKey = "new.year")
	private Integer year;

	@Option(names = "--modules", split = ",", paramLabel = "ID", descriptionKey = "new.modules")
	private List<String> moduleIds;

	@Option(names = "--from", paramLabel = "ID", descriptionKey = "new.from")
	private Long from;

	@Option(names = "--project", paramLabel = "NAME", descriptionKey = "new.project")
	private String project;

	@Mixin
	private StoreOptions store;

	@Option(names = "--out", paramLabel = "FILE", descriptionKey = "new.out")
	private Path out;

	@Option(names = "--format-id", paramLabel = "ID", descriptionKey = "new.formatId")
	String formatId;

	@Option(names = "--force", descriptionKey = "new.force")
	private boolean force;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		EvaluationKind chosen = EvaluationKind.get(kind.strip());
		if (chosen == null) {
			err.println(NLS.bind(Messages.NewCommand_badKind, kind));
			return BAD_INPUT;
		}
		if (formatId != null && InterchangeCommands.format(formatId, chosen, err) == null) {
			return BAD_INPUT;
		}
		if (chosen != EvaluationKind.DEPARTMENT) {
			return newProject(chosen, err);
		}
		if (department == null || year == null || moduleIds == null) {
			err.println(Messages.NewCommand_departmentOptions);
			return BAD_INPUT;
		}
		List<IndicatorModule> modules = modules(moduleIds, err);
		if (modules == null) {
			return BAD_INPUT;
		}
		if (department.isBlank() || year < 1900 || year > 9999) {
			err.println(NLS.bind(Messages.NewCommand_badHeader, department, year));
			return BAD_INPUT;
		}
		Evaluation evaluation = EvaluationTemplates.newEvaluation(department.strip(), year, modules);
		evaluation.setFormatId(formatId);
		if (out == null) {
			return StoreCommands.withStore(spec, store, opened -> stored(opened, evaluation, modules, err)).orElse(StoreCommands.FAILED);
		}
		return toFile(evaluation, modules, err);
	}

	/** The project evaluation of one budget project of a stored department evaluation. */
	private int newProject(EvaluationKind chosen, PrintWriter err) {
		if (from == null || project == null || department != null || year != null) {
			err.println(Messages.NewCommand_projectOptions);
			return BAD_INPUT;
		}
		List<IndicatorModule> named = moduleIds == null ? null : modules(moduleIds, err);
		if (moduleIds != null && named == null) {
			return BAD_INPUT;
		}
		return StoreCommands.withStore(spec, store, opened -> {
			StoredEvaluation stored = opened.loadStored(from);
			Evaluation owner = stored.evaluation();
			if (owner.getKind() != EvaluationKind.DEPARTMENT) {
				err.println(NLS.bind(Messages.NewCommand_notDepartment, from, owner.getProjectName()));
				return BAD_INPUT;
			}
			Optional<BudgetProject> budgetProject = ProjectEvaluations.project(owner, project);
			if (budgetProject.isEmpty()) {
				err.println(NLS.bind(Messages.NewCommand_unknownProject, new Object[] { project, from, owner.getBudget() == null ? "" //$NON-NLS-1$
						: owner.getBudget().getProjects().stream().map(BudgetProject::getName).collect(Collectors.joining("、")) })); //$NON-NLS-1$
				return BAD_INPUT;
			}
			BudgetProject chosenProject = budgetProject.get();
			List<IndicatorModule> modules = named;
			if (modules == null) {
				Optional<IndicatorModule> module = chosenProject.getModuleId() == null ? Optional.empty()
						: ModuleRegistry.getDefault().module(chosenProject.getModuleId());
				if (module.isEmpty()) {
					err.println(NLS.bind(Messages.NewCommand_projectModule, chosenProject.getName(), chosenProject.getModuleId()));
					return BAD_INPUT;
				}
				modules = List.of(module.get());
			}
			Optional<StoredProjects.Entry> existing = StoredProjects.of(opened, owner).stream()
					.filter(e -> chosenProject.getCode() != null && chosenProject.getCode().equals(e.evaluation().getProjectCode())).findFirst();
			if (existing.isPresent()) {
				err.println(NLS.bind(Messages.NewCommand_projectExists, chosenProject.getName(), existing.get().id()));
				return BAD_INPUT;
			}
			RuleSet rules = RuleSetService.getDefault().rulesOrDefault(owner);
			if (ProjectEvaluations.ensureCode(owner, chosenProject)) {
				opened.update(from, owner, store.auditUser(), stored.version());
				err.println(NLS.bind(Messages.NewCommand_codeGiven, new Object[] { chosenProject.getName(), chosenProject.getCode(), from }));
			}
			Evaluation evaluation;
			try {
				evaluation = ProjectEvaluations.newProjectEvaluation(owner, chosenProject, chosen, modules, rules);
				evaluation.setFormatId(formatId);
			} catch (IllegalArgumentException e) {
				err.println(NLS.bind(Messages.NewCommand_failed, e.getMessage()));
				return BAD_INPUT;
			}
			return out == null ? stored(opened, evaluation, modules, err) : toFile(evaluation, modules, err);
		}).orElse(StoreCommands.FAILED);
	}

	/** @return the modules of these ids, or {@code null} when one is not installed (reported) */
	private static List<IndicatorModule> modules(List<String> ids, PrintWriter err) {
		ModuleRegistry registry = ModuleRegistry.getDefault();
		List<IndicatorModule> modules = new ArrayList<>();
		for (String id : ids) {
			Optional<IndicatorModule> module = registry.module(id.strip());
			if (module.isEmpty()) {
				err.println(NLS.bind(Messages.NewCommand_unknownModule, id.strip(),
						registry.modules().stream().map(IndicatorModule::id).collect(Collectors.joining(", ")))); //$NON-NLS-1$
				return null;
			}
			if (!modules.contains(module.get())) {
				modules.add(module.get());
			}
		}
		return modules;
	}

	/** Stores the new evaluation in the open store and prints its id. */
	private int stored(EvaluationStore opened, Evaluation evaluation, List<IndicatorModule> modules, PrintWriter err) throws StoreException {
		long id = opened.insert(evaluation, store.auditUser());
		err.println(NLS.bind(Messages.NewCommand_stored, new Object[] { id, indicators(evaluation), moduleList(modules) }));
		spec.commandLine().getOut().println(id);
		return 0;
	}

	/** Writes the new evaluation to {@code --out}. */
	private int toFile(Evaluation evaluation, List<IndicatorModule> modules, PrintWriter err) {
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
		spec.commandLine().getOut().println(NLS.bind(Messages.NewCommand_created, new Object[] { out, indicators(evaluation), moduleList(modules) }));
		return 0;
	}

	private static long indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).mapToLong(s -> s.getIndicators().size()).sum();
	}

	private static String moduleList(List<IndicatorModule> modules) {
		return modules.stream().map(IndicatorModule::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
