package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.core.validation.ProjectReconciliation.Finding;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * The project evaluations (项目支出, 结转项目) of a department's evaluation (部门整体) open in an editor:
 * those the repository holds of the same department and year, read in a job, linked to the budget
 * projects by their code (项目编码); their reconciliation with the budget block as it is being edited
 * ({@link ProjectReconciliation}), which a project evaluation's editor checks the other way round
 * against its department's evaluation; and the creation of a budget project's evaluation, from last year's
 * evaluation of the same project where there is one, else from the project's module's templates
 * ({@link ProjectEvaluations}).
 */
public final class EditorProjects {

	/** The source of the Problems view's entries made of the reconciliation's warnings. */
	public static final String SOURCE = "org.jixiao.ui.projects"; //$NON-NLS-1$

	/**
	 * A stored project evaluation of the department and year.
	 *
	 * @param entry its entry in the repository (key, review state)
	 * @param evaluation the evaluation as loaded
	 * @param sheet its scores by its rule set
	 */
	public record Linked(EvaluationEntry entry, Evaluation evaluation, ScoreSheet sheet) {
	}

	/*
	 * The rows of a project's budget block by income nature, as the official table prints them (and
	 * ProjectEvaluations writes them); part of the Chinese document, not of the user interface.
	 */
	private static final String THIS_YEAR = "本年财政拨款"; //$NON-NLS-1$
	private static final String CARRIED_OVER = "上年结转资金"; //$NON-NLS-1$
	private static final List<String> INCOME = List.of(THIS_YEAR, CARRIED_OVER, "其他资金"); //$NON-NLS-1$

	private final EvaluationRepository repository;
	private final EvaluationSession session;
	private final UISynchronize sync;
	private final Shell shell;
	private final Consumer<String> opener;
	private final List<Runnable> listeners = new ArrayList<>();
	private List<Linked> linked = List.of();
	/** The budget projects whose evaluation a job is creating, so that a second click does not create another. */
	private final java.util.Set<BudgetProject> creating = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
	/** For a project evaluation: its department's evaluation as last read, or {@code null} where there is none. */
	private Evaluation department;
	private boolean read;
	private volatile boolean disposed;

	/**
	 * @param repository where the evaluations are kept
	 * @param session the department's evaluation as being edited
	 * @param sync the UI thread
	 * @param shell the shell of messages
	 * @param opener opens the editor of an evaluation by its key
	 */
	EditorProjects(EvaluationRepository repository, EvaluationSession session, UISynchronize sync, Shell shell, Consumer<String> opener) {
		this.repository = repository;
		this.session = session;
		this.sync = sync;
		this.shell = shell;
		this.opener = opener;
	}

	/** @return whether the evaluation is a department's, which has project evaluations */
	boolean applies() {
		return session.evaluation().getKind() == EvaluationKind.DEPARTMENT;
	}

	/** @param listener runs on the UI thread after the project evaluations were read again */
	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @return whether the project evaluations were read at least once */
	public boolean isRead() {
		return read;
	}

	/** @return the stored project evaluations of the department and year, as last read */
	public List<Linked> linked() {
		return linked;
	}

	/**
	 * @param project a budget project
	 * @return its evaluation, matched by code
	 */
	public Optional<Linked> of(BudgetProject project) {
		String code = project.getCode() == null ? "" : project.getCode().strip(); //$NON-NLS-1$
		return code.isEmpty() ? Optional.empty()
				: linked.stream().filter(l -> code.equals(Objects.requireNonNullElse(l.evaluation().getProjectCode(), "").strip())).findFirst(); //$NON-NLS-1$
	}

	/**
	 * @return the reconciliation of the budget block as edited with the project evaluations as last
	 *         read; for a project evaluation, of its budget block as edited with its budget project in
	 *         the department's evaluation as last read (the amounts that differ)
	 */
	public List<Finding> findings() {
		if (!read) {
			return List.of();
		}
		if (applies()) {
			return ProjectReconciliation.check(session.evaluation(), linked.stream().map(Linked::evaluation).toList());
		}
		if (department == null) {
			return List.of();
		}
		String code = Objects.requireNonNullElse(session.evaluation().getProjectCode(), "").strip(); //$NON-NLS-1$
		return ProjectReconciliation.check(department, List.of(session.evaluation())).stream()
				.filter(f -> f.kind() == ProjectReconciliation.Kind.AMOUNT_DIFFERS && code.equals(f.code())).toList();
	}

	/** @return the reconciliation's warnings as problems on their budget projects, for the Problems view */
	List<Diagnostic> problems() {
		List<Diagnostic> problems = new ArrayList<>();
		for (Finding finding : findings()) {
			if (finding.isWarning()) {
				Optional<Object> on = !applies() ? Optional.ofNullable(session.evaluation().getBudget())
						: finding.project() == null ? Optional.empty() : ProjectEvaluations.project(session.evaluation(), finding.project()).map(Object.class::cast);
				problems.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, finding.kind().ordinal(), finding.message(),
						on.map(o -> new Object[] { o }).orElse(new Object[0])));
			}
		}
		return problems;
	}

	/**
	 * Reads the project evaluations of the department and year again, in a job; for a project
	 * evaluation, its department's evaluation (部门整体) of the year.
	 */
	public void refresh() {
		Evaluation evaluation = session.evaluation();
		String name = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName();
		int year = evaluation.getFiscalYear();
		boolean projects = applies();
		Job job = Job.create(Messages.Projects_reading, monitor -> {
			try {
				List<Linked> found = projects ? read(name, year, monitor) : List.of();
				Evaluation owner = projects ? null : department(name, year);
				sync.asyncExec(() -> {
					if (!disposed) {
						linked = found;
						department = owner;
						read = true;
						listeners.forEach(Runnable::run);
					}
				});
				return Status.OK_STATUS;
			} catch (RepositoryException e) {
				return Status.warning(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** In a job: the first stored evaluation of the department as a whole of that name and year, or {@code null}. */
	private Evaluation department(String name, int year) throws RepositoryException {
		Optional<EvaluationEntry> entry = repository.list().stream().filter(e -> !e.isProject() && e.fiscalYear() == year
				&& Objects.equals(e.department(), name)).findFirst();
		return entry.isEmpty() ? null : repository.load(entry.get().id());
	}

	private List<Linked> read(String department, int year, IProgressMonitor monitor) throws RepositoryException {
		List<EvaluationEntry> entries = repository.list().stream().filter(e -> e.isProject() && e.fiscalYear() == year
				&& Objects.equals(e.department(), department)).toList();
		SubMonitor progress = SubMonitor.convert(monitor, entries.size());
		List<Linked> found = new ArrayList<>();
		for (EvaluationEntry entry : entries) {
			Evaluation evaluation = repository.load(entry.id());
			found.add(new Linked(entry, evaluation, new EvaluationScorer(RuleSetService.getDefault().rulesOrDefault(evaluation)).score(evaluation)));
			progress.worked(1);
		}
		return List.copyOf(found);
	}

	/** @param project a stored project evaluation, whose editor to open */
	public void open(Linked project) {
		opener.accept(project.entry().id());
	}

	/**
	 * Opens the evaluation of a budget project, creating it first when there is none: a project
	 * without a code gets one in the department's evaluation (an undoable command; the department's
	 * evaluation must then be saved for the link to hold); the new evaluation is copied from last
	 * year's evaluation of the same project (by code) with this year's amounts, else made from the
	 * project's module's templates, stored, and opened. A project whose evaluation someone stored
	 * meanwhile has that one opened; a second request while the first is under way is ignored.
	 *
	 * @param project a budget project of the department's evaluation
	 * @param kind {@link EvaluationKind#PROJECT} or {@link EvaluationKind#CARRIED_OVER}, for a new one
	 */
	public void openOrCreate(BudgetProject project, EvaluationKind kind) {
		Optional<Linked> existing = of(project);
		if (existing.isPresent()) {
			opener.accept(existing.get().entry().id());
			return;
		}
		if (!creating.add(project)) {
			return; // its evaluation is being created
		}
		Optional<IndicatorModule> module = project.getModuleId() == null ? Optional.empty()
				: ModuleRegistry.getDefault().module(project.getModuleId());
		if (project.getCode() == null || project.getCode().isBlank()) {
			Evaluation department = session.evaluation();
			try {
				// tried on a copy first: the command stack would log the failure rather than report it
				Evaluation trial = EcoreUtil.copy(department);
				ProjectEvaluations.ensureCode(trial, trial.getBudget().getProjects().get(department.getBudget().getProjects().indexOf(project)));
			} catch (IllegalStateException e) {
				creating.remove(project);
				MessageDialog.openError(shell, Messages.Projects_createFailed, e.getMessage());
				return;
			}
			session.domain().getCommandStack().execute(new ChangeCommand(department) {
				@Override
				protected void doExecute() {
					ProjectEvaluations.ensureCode(department, project);
				}
			});
		}
		Evaluation department = EcoreUtil.copy(session.evaluation());
		BudgetProject copied = department.getBudget().getProjects().get(session.evaluation().getBudget().getProjects().indexOf(project));
		String departmentName = department.getDepartment() == null ? null : department.getDepartment().getName();
		Job job = new Job(NLS.bind(Messages.Projects_creating, project.getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, 3);
				try {
					String created = EditorProjects.this.create(department, departmentName, copied, kind, module, progress);
					List<Linked> found = read(departmentName, department.getFiscalYear(), progress.split(1));
					sync.asyncExec(() -> {
						creating.remove(project);
						if (!disposed) {
							linked = found;
							read = true;
							listeners.forEach(Runnable::run);
						}
						opener.accept(created);
					});
					return Status.OK_STATUS;
				} catch (RepositoryException | IllegalArgumentException e) {
					sync.asyncExec(() -> {
						creating.remove(project);
						MessageDialog.openError(shell, Messages.Projects_createFailed,
								NLS.bind(Messages.Projects_createFailedMessage, project.getName(), e.getMessage()));
					});
					return Status.info(e.getMessage());
				}
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/**
	 * In the job: stores the new project evaluation, from last year's or from the templates, and gives
	 * its key; the key of the project's evaluation when someone stored one meanwhile.
	 */
	private String create(Evaluation department, String departmentName, BudgetProject project, EvaluationKind kind,
			Optional<IndicatorModule> module, SubMonitor progress) throws RepositoryException {
		String code = project.getCode().strip();
		List<EvaluationEntry> entries = repository.list();
		Optional<EvaluationEntry> stored = entries.stream().filter(e -> isOf(e, departmentName, department.getFiscalYear(), code)).findFirst();
		if (stored.isPresent()) {
			return stored.get().id();
		}
		Optional<EvaluationEntry> lastYear = entries.stream().filter(e -> isOf(e, departmentName, department.getFiscalYear() - 1, code)).findFirst();
		progress.worked(1);
		if (lastYear.isPresent()) {
			String copy = repository.copyToNewYear(lastYear.get().id(), department.getFiscalYear());
			Evaluation evaluation = repository.load(copy);
			evaluation.setKind(kind);
			evaluation.setProjectName(project.getName());
			amounts(evaluation, project, kind);
			repository.save(copy, evaluation);
			progress.worked(1);
			return copy;
		}
		if (module.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Projects_noModule, project.getName(),
					Objects.requireNonNullElse(project.getModuleId(), "—"))); //$NON-NLS-1$
		}
		Evaluation evaluation = ProjectEvaluations.newProjectEvaluation(department, project, kind, List.of(module.get()),
				RuleSetService.getDefault().rulesOrDefault(department));
		evaluation.setFormatId(JixiaoPreferences.newEvaluationFormatId(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE), kind));
		String created = repository.save(null, evaluation);
		progress.worked(1);
		return created;
	}

	private static boolean isOf(EvaluationEntry entry, String department, int year, String code) {
		return entry.isProject() && entry.fiscalYear() == year && Objects.equals(entry.department(), department)
				&& code.equals(Objects.requireNonNullElse(entry.projectCode(), "").strip()); //$NON-NLS-1$
	}

	/** This year's amounts of the project in the budget block of last year's copy, as a new evaluation has them. */
	private static void amounts(Evaluation evaluation, BudgetProject project, EvaluationKind kind) {
		Budget budget = evaluation.getBudget();
		if (budget == null) {
			return;
		}
		budget.setInitialBudget(project.getInitialBudget());
		budget.setAdjustedBudget(project.getAdjustedBudget());
		budget.setExecuted(project.getExecuted());
		String carries = kind == EvaluationKind.CARRIED_OVER ? CARRIED_OVER : THIS_YEAR;
		for (BudgetLine line : budget.getBreakdowns()) {
			boolean own = carries.equals(line.getLabel());
			if (INCOME.contains(line.getLabel())) {
				line.setInitialBudget(own ? project.getInitialBudget() : BigDecimal.ZERO);
				line.setAdjustedBudget(own ? project.getAdjustedBudget() : BigDecimal.ZERO);
				line.setExecuted(own ? project.getExecuted() : BigDecimal.ZERO);
			}
		}
	}

	/** Stops delivering what a job reads. */
	void dispose() {
		disposed = true;
		listeners.clear();
	}
}
