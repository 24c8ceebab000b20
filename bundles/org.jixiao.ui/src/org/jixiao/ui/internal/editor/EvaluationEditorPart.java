package org.jixiao.ui.internal.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.Uids;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.ReviewComment;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.SaveConflictException;
import org.jixiao.ui.editor.LedgerModulePage;
import org.jixiao.ui.editor.ModuleEditorPage;
import org.jixiao.ui.editor.ModuleEditorPageProvider;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.preferences.JixiaoPreferences;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one evaluation: a part whose persisted state names the evaluation's key in the
 * {@link EvaluationRepository} ({@link #EVALUATION_KEY}), or whose transient data holds a new
 * evaluation ({@link #NEW_EVALUATION}). Its pages edit the model through one editing domain and
 * create their controls when first shown, so that opening an evaluation builds one page; while
 * it is active the window's context holds it, for the handlers and the Problems, Outline and
 * Properties parts.
 */
public final class EvaluationEditorPart {

	/** The persisted-state key of the evaluation's repository key. */
	public static final String EVALUATION_KEY = "org.jixiao.ui.evaluation"; //$NON-NLS-1$
	/** The family of the jobs that save evaluations. */
	public static final Object SAVE_FAMILY = EvaluationEditorPart.class;
	/** The event topic posted with the key after an evaluation was saved. */
	public static final String SAVED_TOPIC = "org/jixiao/ui/evaluation/saved"; //$NON-NLS-1$
	/** The event topic posted with an evaluation's key after a step of its review chain. */
	public static final String REVIEWED_TOPIC = "org/jixiao/ui/evaluation/reviewed"; //$NON-NLS-1$
	/** The id of the context menu of the editor's tab row (the review steps) in {@code Application.e4xmi}. */
	public static final String POPUP = "org.jixiao.ui.popupmenu.editor"; //$NON-NLS-1$
	/** The source of the Problems view's entries made of a reviewer's comments. */
	public static final String REVIEW_SOURCE = "org.jixiao.ui.review"; //$NON-NLS-1$
	/** The transient-data key of a new, unsaved evaluation. */
	public static final String NEW_EVALUATION = "org.jixiao.ui.newEvaluation"; //$NON-NLS-1$

	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	@Inject
	private MPart part;
	@Inject
	private MWindow window;
	@Inject
	private Shell shell;
	@Inject
	private UISynchronize sync;
	@Inject
	private ESelectionService selection;
	@Inject
	private IEventBroker events;
	@Inject
	private EMenuService menus;
	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;
	@Inject
	@Service
	private EvaluationRepository repository;
	@Inject
	@Optional
	@Service
	private ModuleEditorPageProvider modulePages;

	private final List<Runnable> listeners = new ArrayList<>();
	private Composite root;
	private CTabFolder folder;
	private final List<EditorPage> pages = new ArrayList<>();
	/** The pages whose controls were created, to be disposed; the folder may be gone by then. */
	private final List<EditorPage> createdPages = new ArrayList<>();
	private EvaluationSession session;
	private EditorEvidence evidence;
	private EditorProjects projects;
	private String key;
	/**
	 * The stored version the editor's changes are based on: a save is refused when someone saved a
	 * newer one. Unknown for changes restored from a recovery file, whose first save is not checked.
	 */
	private long version = EvaluationRepository.UNVERSIONED;
	private Recovery recovery;
	private boolean recovered;
	private volatile boolean disposed;
	private Job autosave;
	private EditorPresence presence;
	/** What the review chain holds of the evaluation, or {@code null} where there is none. */
	private ReviewRecord review;

	@PostConstruct
	void create(Composite parent) {
		root = parent;
		parent.setLayout(new FillLayout());
		key = part.getPersistedState().get(EVALUATION_KEY);
		recovery = new Recovery(key != null ? key : "new-" + UUID.randomUUID()); //$NON-NLS-1$
		open();
		scheduleAutosave();
	}

	@Inject
	@Optional
	void rulesChanged(@Preference(nodePath = JixiaoPreferences.NODE, value = JixiaoPreferences.RULES_REVISION) String revision) {
		if (session != null && revision != null) {
			session.rulesChanged();
		}
	}

	private void open() {
		Evaluation evaluation;
		try {
			evaluation = load();
		} catch (RepositoryException | EvaluationFileException e) {
			Label error = new Label(root, SWT.WRAP);
			error.setText(NLS.bind(Messages.Editor_cannotOpen, key, e.getMessage()));
			root.layout();
			return;
		}
		try {
			review = ReviewRecord.read(repository, key);
		} catch (RepositoryException e) {
			ILog.of(EvaluationEditorPart.class).warn(e.getMessage(), e);
			review = null;
		}
		session = new EvaluationSession(evaluation);
		session.addListener(this::changed);
		part.setLabel(title(evaluation));
		part.setTooltip(part.getLabel());
		if (review != null && !review.status().state().editable()) {
			// frozen: the store refuses saves until the evaluation is withdrawn or returned
			part.setLabel(NLS.bind(Messages.Editor_frozenTitle, part.getLabel(), review.status().state().displayName()));
			part.setTooltip(NLS.bind(Messages.Editor_frozenTip, review.status().state().displayName()));
		}
		folder = new CTabFolder(root, SWT.BOTTOM | SWT.FLAT);
		LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), folder);
		evidence = new EditorEvidence(repository, () -> key, session.domain(), shell);
		projects = new EditorProjects(repository, session, sync, shell,
				opened -> EvaluationEditors.open(opened, partService, modelService, application));
		projects.addListener(this::changed);
		projects.refresh();
		PageContext context = new PageContext(session, selection::setSelection, evidence, projects);
		for (EditorPage page : pages(context, evaluation)) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(page.title());
			page.icon().ifPresent(url -> item.setImage(images.create(ImageDescriptor.createFromURL(url))));
			pages.add(page);
		}
		if (key != null) {
			if (presence == null) {
				presence = new EditorPresence(repository, key, sync);
			}
			presence.show(folder);
		}
		folder.addListener(SWT.Selection, event -> createPage(folder.indexOf((CTabItem) event.item)));
		menus.registerContextMenu(folder, POPUP);
		select(0);
		root.layout(true, true);
		changed();
	}

	/** Shows a page, creating its controls when it is first shown. */
	private void select(int index) {
		folder.setSelection(index);
		createPage(index);
	}

	private void createPage(int index) {
		CTabItem item = folder.getItem(index);
		if (item.getControl() == null) {
			EditorPage page = pages.get(index);
			item.setControl(page.createControl(folder));
			createdPages.add(page);
			page.scored(session.sheet());
			folder.layout(true, true);
		}
	}

	private Evaluation load() throws RepositoryException, EvaluationFileException {
		java.util.Optional<Instant> recoverable = recovery.available();
		if (recoverable.isPresent() && MessageDialog.openQuestion(shell, Messages.Editor_recoveryTitle,
				NLS.bind(Messages.Editor_recoveryQuestion, WRITTEN.format(recoverable.get())))) {
			recovered = true;
			version = EvaluationRepository.UNVERSIONED;
			return recovery.load();
		}
		recovery.delete();
		if (key != null) {
			EvaluationRepository.Versioned loaded = repository.loadVersioned(key);
			version = loaded.version();
			return loaded.evaluation();
		}
		return (Evaluation) part.getTransientData().get(NEW_EVALUATION);
	}

	private List<EditorPage> pages(PageContext context, Evaluation evaluation) {
		List<EditorPage> list = new ArrayList<>();
		list.add(new OverviewPage(context));
		if (projects.applies()) {
			list.add(new ProjectsPage(context));
		}
		list.add(new BudgetPage(context));
		list.add(new GoalsPage(context));
		for (String id : modules(evaluation)) {
			java.util.Optional<IndicatorModule> module = java.util.Optional.ofNullable(modulePages).flatMap(p -> p.module(id));
			String title = module.map(IndicatorModule::name).orElse(id.isEmpty() ? Messages.Editor_otherIndicators : id);
			ModuleEditorPage page = java.util.Optional.ofNullable(modulePages).flatMap(p -> p.createPage(id))
					.orElseGet(() -> module.flatMap(IndicatorModule::dataClass).isPresent() ? new LedgerModulePage() : new GenericModulePage(module));
			list.add(new ModulePageAdapter(title, module.flatMap(IndicatorModule::icon), id, context, page));
		}
		list.add(new NarrativePage(context));
		list.add(new DeviationPage(context));
		ScorePage score = new ScorePage();
		list.add(score);
		PriorYearSheet.schedule(repository, key, sync, score::prior);
		if (review != null) {
			list.add(new ReviewPage(review));
		}
		return list;
	}

	/** @return the module ids of the evaluation's indicators, in table order; "" for indicators without one */
	static Set<String> modules(Evaluation evaluation) {
		Set<String> modules = new LinkedHashSet<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					modules.add(indicator.getModuleId() == null ? "" : indicator.getModuleId()); //$NON-NLS-1$
				}
			}
		}
		evaluation.getModuleData().forEach(data -> modules.add(data.getModuleId()));
		return modules;
	}

	private static String title(Evaluation evaluation) {
		String department = evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName(); //$NON-NLS-1$
		if (evaluation.getKind() != EvaluationKind.DEPARTMENT) {
			return NLS.bind(Messages.Editor_projectTitle, new Object[] { evaluation.getProjectName(), department, evaluation.getFiscalYear() });
		}
		return NLS.bind(Messages.Editor_title, department, evaluation.getFiscalYear());
	}

	private void changed() {
		if (session == null) {
			return;
		}
		part.setDirty(recovered || session.isSaveNeeded());
		for (int i = 0; i < pages.size(); i++) {
			if (folder.getItem(i).getControl() != null) {
				pages.get(i).scored(session.sheet());
			}
		}
		listeners.forEach(Runnable::run);
	}

	@Focus
	void focus() {
		window.getContext().set(EvaluationEditorPart.class, this);
		if (folder != null) {
			folder.setFocus();
		}
	}

	/** @return the open evaluation, or {@code null} when it could not be opened */
	public EvaluationSession session() {
		return session;
	}

	/** @return the evaluation's evidence files, or {@code null} when it could not be opened */
	public org.jixiao.ui.editor.EvidenceFiles evidence() {
		return evidence;
	}

	/** @return the evaluation's key in the repository, or {@code null} before its first save */
	public String key() {
		return key;
	}

	/** @return the part */
	public MPart part() {
		return part;
	}

	/** @return the recovery file's path */
	public java.nio.file.Path recoveryFile() {
		return recovery.file();
	}

	/** @param listener runs after every change and after a save or revert */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Shows the page of an object and focuses the field of a feature.
	 *
	 * @param object an object of the evaluation
	 * @param feature the feature, or {@code null}
	 */
	public void reveal(EObject object, EStructuralFeature feature) {
		if (folder == null) {
			return;
		}
		for (int i = 0; i < pages.size(); i++) {
			select(i);
			if (pages.get(i).reveal(object, feature)) {
				return;
			}
		}
		select(0);
	}

	/** @param title the title of the page to show */
	public void showPage(String title) {
		if (folder == null) {
			return;
		}
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).title().equals(title)) {
				select(i);
			}
		}
	}

	/**
	 * @param moduleId a module's id
	 * @return the page of the module, once its tab was shown ({@link #showPage}), else empty
	 */
	public java.util.Optional<ModuleEditorPage> modulePage(String moduleId) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i) instanceof ModulePageAdapter adapter && adapter.moduleId().equals(moduleId) && folder.getItem(i).getControl() != null) {
				return java.util.Optional.of(adapter.page());
			}
		}
		return java.util.Optional.empty();
	}

	/** Saves to the repository in a job; the editor stays dirty if the evaluation changed meanwhile. */
	@Persist
	public void save() {
		if (session == null) {
			return;
		}
		commitFieldInEdit();
		// the rows keep the uids the store records and evidence files are attached by; assigned to
		// the copy alone, a new row would get another uid with every save
		Uids.assign(session.evaluation());
		Evaluation copy = EcoreUtil.copy(session.evaluation());
		Command savePoint = session.savePoint();
		String savedKey = key;
		long basedOn = version;
		Job job = new Job(NLS.bind(Messages.Editor_saving, part.getLabel())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					EvaluationRepository.Saved saved = repository.save(savedKey, copy, basedOn);
					sync.asyncExec(() -> saved(saved, savePoint));
					return Status.OK_STATUS;
				} catch (SaveConflictException e) {
					sync.asyncExec(() -> conflict(e, copy, savePoint));
					return Status.info(e.getMessage());
				} catch (RepositoryException e) {
					sync.asyncExec(() -> MessageDialog.openError(shell, Messages.Editor_saveFailedTitle, e.getMessage()));
					return Status.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SAVE_FAMILY;
			}
		};
		job.schedule();
	}

	/**
	 * Sends the text that is being typed to the model now rather than after the typing pause: fields
	 * commit when they lose focus, so the focused control is told it does.
	 */
	public void commitFieldInEdit() {
		Control focus = root.getDisplay().getFocusControl();
		if (focus != null && !focus.isDisposed() && isDescendant(focus)) {
			focus.notifyListeners(SWT.FocusOut, new Event());
		}
	}

	private boolean isDescendant(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == root) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Asks what to do with changes whose save was refused because someone saved a newer version:
	 * reload the stored version, store these changes as a new evaluation, or keep them unsaved.
	 */
	private void conflict(SaveConflictException refused, Evaluation copy, Command savePoint) {
		if (disposed) {
			return;
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.Editor_conflictTitle, null,
				NLS.bind(Messages.Editor_conflictMessage, refused.savedBy(), WRITTEN.format(refused.savedAt())), MessageDialog.WARNING, 2,
				Messages.Editor_conflictReload, Messages.Editor_conflictCopy, Messages.Editor_conflictCancel);
		switch (dialog.open()) {
		case 0 -> revert();
		case 1 -> saveAsCopy(copy, savePoint);
		default -> {
			// the changes stay in the editor, unsaved
		}
		}
	}

	/**
	 * Stores the refused changes as a new evaluation, which the editor shows from then on, with the
	 * evidence files of the evaluation they were made on.
	 */
	private void saveAsCopy(Evaluation copy, Command savePoint) {
		String original = key;
		Job job = new Job(NLS.bind(Messages.Editor_saving, part.getLabel())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					EvaluationRepository.Saved saved = repository.save(null, copy, EvaluationRepository.UNVERSIONED);
					if (original != null) {
						try {
							repository.copyEvidence(original, saved.key());
						} catch (RepositoryException e) {
							sync.asyncExec(() -> MessageDialog.openWarning(shell, Messages.Editor_saveFailedTitle,
									NLS.bind(Messages.Editor_copyEvidenceFailed, saved.key(), e.getMessage())));
						}
					}
					sync.asyncExec(() -> {
						if (!disposed) {
							// saved() then takes the new key and drops the old key's recovery file
							key = null;
							saved(saved, savePoint);
						}
					});
					return Status.OK_STATUS;
				} catch (RepositoryException e) {
					sync.asyncExec(() -> MessageDialog.openError(shell, Messages.Editor_saveFailedTitle, e.getMessage()));
					return Status.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SAVE_FAMILY;
			}
		};
		job.schedule();
	}

	private void saved(EvaluationRepository.Saved saved, Command savePoint) {
		if (disposed) {
			return;
		}
		String newKey = saved.key();
		version = saved.version();
		if (key == null) {
			recovery.delete();
			key = newKey;
			part.getPersistedState().put(EVALUATION_KEY, newKey);
			recovery = new Recovery(newKey);
			evidence.changed();
			if (presence != null) {
				presence.dispose();
			}
			presence = new EditorPresence(repository, newKey, sync);
			presence.show(folder);
		}
		recovered = false;
		session.saved(savePoint);
		events.post(SAVED_TOPIC, newKey);
		if (!session.isSaveNeeded()) {
			recovery.delete();
		}
		changed();
	}

	/**
	 * @return the reviewer's comments of the evaluation's latest return as problems (warnings) on
	 *         their rows, with the reviewer's name; the comment on the whole evaluation first
	 */
	public List<Diagnostic> reviewProblems() {
		if (review == null || session == null || !review.status().state().editable()) {
			return List.of();
		}
		List<Diagnostic> problems = new ArrayList<>();
		for (ReviewComment comment : review.comments()) {
			Indicator row = comment.rowUid() == null ? null : indicator(comment.rowUid());
			String text = NLS.bind(Messages.Editor_reviewComment, comment.text(), comment.user());
			String message = row != null ? comment.rowPath() + ": " + text //$NON-NLS-1$
					: comment.rowPath() != null ? NLS.bind(Messages.Editor_reviewCommentRowGone, comment.rowPath(), text) : text;
			problems.add(new BasicDiagnostic(Diagnostic.WARNING, REVIEW_SOURCE, 0, message, row == null ? new Object[0] : new Object[] { row }));
		}
		return problems;
	}

	/**
	 * @return the reconciliation of a department's budget projects with their project evaluations: a
	 *         warning on its budget project for each project whose amounts differ (or that cannot be
	 *         matched); none for a project evaluation
	 */
	public List<Diagnostic> reconciliationProblems() {
		return projects == null || session == null ? List.of() : projects.problems();
	}

	/** @return the project evaluations of a department's evaluation, or {@code null} when it could not be opened */
	public EditorProjects projects() {
		return projects;
	}

	/** Reads the project evaluations again when one of them (or another evaluation) was saved. */
	@Inject
	@Optional
	void otherSaved(@UIEventTopic(SAVED_TOPIC) String savedKey) {
		if (projects != null && savedKey != null && !savedKey.equals(key)) {
			projects.refresh();
		}
	}

	/** @return what the review chain holds of the evaluation as the editor read it, or {@code null} */
	public org.jixiao.store.ReviewStatus reviewStatus() {
		return review == null ? null : review.status();
	}

	private Indicator indicator(String uid) {
		for (IndicatorCategory category : session.evaluation().getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					if (uid.equals(indicator.getUid())) {
						return indicator;
					}
				}
			}
		}
		return null;
	}

	/** Shows the evaluation as stored after a step of its review chain, unless it has unsaved changes. */
	@Inject
	@Optional
	void reviewed(@UIEventTopic(REVIEWED_TOPIC) String reviewedKey) {
		if (reviewedKey != null && reviewedKey.equals(key) && session != null && !part.isDirty()) {
			revert();
		}
	}

	/** @return who else had the evaluation open when the editor last announced itself */
	public List<OpenEditor> openElsewhere() {
		return presence == null ? List.of() : presence.others();
	}

	/** Drops the changes and shows the evaluation as last saved. */
	public void revert() {
		if (key == null || session == null) {
			return;
		}
		recovery.delete();
		recovered = false;
		disposePages();
		open();
	}

	private void scheduleAutosave() {
		autosave = Job.create(Messages.Editor_autosaving, monitor -> {
			sync.syncExec(this::autosave);
			if (!disposed) {
				autosave.schedule(Recovery.intervalMillis());
			}
		});
		autosave.setSystem(true);
		autosave.schedule(Recovery.intervalMillis());
	}

	/** On the UI thread: writes a copy of the dirty evaluation to the recovery file. */
	private void autosave() {
		if (disposed || session == null || !session.isSaveNeeded() && !recovered) {
			return;
		}
		Evaluation copy = EcoreUtil.copy(session.evaluation());
		Recovery target = recovery;
		long generation = target.generation();
		Job.create(Messages.Editor_autosaving, monitor -> {
			try {
				target.write(copy, generation);
			} catch (EvaluationFileException e) {
				ILog.of(EvaluationEditorPart.class).error(e.getMessage(), e);
			}
		}).schedule();
	}

	private void disposePages() {
		createdPages.forEach(EditorPage::dispose);
		createdPages.clear();
		pages.clear();
		if (folder != null) {
			if (!folder.isDisposed()) {
				folder.dispose();
			}
			folder = null;
		}
		if (projects != null) {
			projects.dispose();
			projects = null;
		}
		if (session != null) {
			session.dispose();
			session = null;
		}
	}

	@PreDestroy
	void dispose() {
		disposed = true;
		autosave.cancel();
		if (presence != null) {
			presence.dispose();
		}
		if (window.getContext().getLocal(EvaluationEditorPart.class) == this) {
			window.getContext().remove(EvaluationEditorPart.class);
		}
		recovery.delete();
		disposePages();
		listeners.clear();
	}
}
