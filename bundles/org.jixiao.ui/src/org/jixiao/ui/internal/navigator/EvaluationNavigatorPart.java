package org.jixiao.ui.internal.navigator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.store.ReviewState;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The evaluations of the repository as department → year → the department's evaluation (部门整体) and,
 * below it, the year's project evaluations (项目支出, 结转项目), each with status, score and grade; a
 * double-click opens one; the selected evaluation is the part's selection, for the handlers of the
 * context menu (new, copy to a new year, delete, refresh, the steps of the review chain). Each
 * evaluation shows its review state (草稿, 已提交, 主管部门审核, 财政审核, 已确认, 退回) with its 自评得分
 * and 复核得分 where set. The list is read in a job, again after every save and review step, and by a
 * job that polls the repository every {@value #POLL_SECONDS} seconds (system property
 * {@value #POLL_PROPERTY}) so that a step taken on the server by someone else shows.
 */
public final class EvaluationNavigatorPart {

	/**
	 * A node of the tree: a department, a year of it, or an evaluation.
	 *
	 * @param label the text shown
	 * @param entry the evaluation, for a leaf
	 * @param children the children, for a department or year
	 */
	record Node(String label, EvaluationEntry entry, List<Node> children) {
	}

	@Inject
	private UISynchronize sync;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private ESelectionService selection;

	private EvaluationRepository repository;
	private TreeViewer viewer;
	private Label status;

	/** How often the list is read again, in seconds, unless {@value #POLL_PROPERTY} says otherwise. */
	static final int POLL_SECONDS = 30;
	/** The system property with the polling interval in seconds. */
	static final String POLL_PROPERTY = "jixiao.navigator.pollSeconds"; //$NON-NLS-1$
	/**
	 * The family of the polling job: {@code Job.getJobManager().wakeUp(POLL_FAMILY)} polls at once,
	 * instead of at the end of an interval that began before {@value #POLL_PROPERTY} was changed.
	 */
	public static final String POLL_FAMILY = "org.jixiao.ui.navigator.poll"; //$NON-NLS-1$

	private List<EvaluationEntry> shown = List.of();
	private Job poll;

	/** The id of the navigator's context menu in {@code Application.e4xmi}. */
	public static final String POPUP = "org.jixiao.ui.popupmenu.navigator"; //$NON-NLS-1$

	@PostConstruct
	void create(Composite parent, EMenuService menus) {
		parent.setLayout(new GridLayout());
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getControl().setData(Fields.FEATURE, "navigator"); //$NON-NLS-1$
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Node) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Node) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new StateLabels());
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Node node && node.entry() != null) {
				EvaluationEditors.open(node.entry().id(), parts, models, application);
			}
		});
		viewer.addSelectionChangedListener(event -> selection.setSelection(
				event.getStructuredSelection().getFirstElement() instanceof Node node ? node.entry() : null));
		menus.registerContextMenu(viewer.getControl(), POPUP);
		refresh();
		poll = new Job(Messages.Navigator_polling) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				EvaluationRepository source = repository;
				if (source != null && !viewer.getControl().isDisposed()) {
					try {
						List<EvaluationEntry> entries = sorted(source.list());
						sync.asyncExec(() -> {
							if (!entries.equals(shown)) {
								show(entries);
							}
						});
					} catch (RepositoryException e) {
						// the next refresh or poll shows the failure; a poll must not bother anyone
					}
				}
				if (!viewer.getControl().isDisposed()) {
					schedule(Integer.getInteger(POLL_PROPERTY, POLL_SECONDS) * 1000L);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return POLL_FAMILY.equals(family);
			}
		};
		poll.setSystem(true);
		poll.schedule(Integer.getInteger(POLL_PROPERTY, POLL_SECONDS) * 1000L);
	}

	/** Red for 退回, grey for a frozen evaluation, blue once confirmed. */
	private final class StateLabels extends LabelProvider implements IColorProvider {
		@Override
		public String getText(Object element) {
			return ((Node) element).label();
		}

		@Override
		public Color getForeground(Object element) {
			EvaluationEntry entry = ((Node) element).entry();
			if (entry == null || entry.reviewState() == ReviewState.DRAFT) {
				return null;
			}
			return viewer.getControl().getDisplay().getSystemColor(switch (entry.reviewState()) {
			case RETURNED -> SWT.COLOR_DARK_RED;
			case CONFIRMED -> SWT.COLOR_DARK_BLUE;
			default -> SWT.COLOR_DARK_GRAY;
			});
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}

	/** Uses the repository of the highest ranking, and lists again when it changes. */
	@Inject
	void setRepository(@Optional @Service EvaluationRepository repository) {
		this.repository = repository;
		if (viewer != null) {
			refresh();
		}
	}

	/** Reads the list again, in a job. */
	public void refresh() {
		if (status.isDisposed()) {
			return;
		}
		EvaluationRepository source = repository;
		if (source == null) {
			show(List.of(), Messages.Navigator_noRepository);
			return;
		}
		status.setText(Messages.Navigator_loading);
		Job.create(Messages.Navigator_loading, monitor -> {
			try {
				List<EvaluationEntry> entries = sorted(source.list());
				String where = NLS.bind(Messages.Navigator_store, source.describe());
				sync.asyncExec(() -> {
					show(entries);
					if (!viewer.getControl().isDisposed()) {
						viewer.getControl().setToolTipText(where);
					}
				});
			} catch (RepositoryException e) {
				sync.asyncExec(() -> show(List.of(), e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(List<EvaluationEntry> entries) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String selected = selection.getSelection() instanceof EvaluationEntry entry ? entry.id() : null;
		show(tree(entries), ""); //$NON-NLS-1$
		shown = entries;
		if (selected != null) {
			leaves((List<?>) viewer.getInput()).filter(node -> node.entry().id().equals(selected)).findFirst()
					.ifPresent(node -> viewer.setSelection(new StructuredSelection(node), true));
		}
	}

	/**
	 * Selects an evaluation, as a click on it would.
	 *
	 * @param key the evaluation's key
	 * @return whether the list shows it
	 */
	public boolean select(String key) {
		java.util.Optional<Node> node = leaves((List<?>) viewer.getInput()).filter(n -> n.entry().id().equals(key)).findFirst();
		node.ifPresent(n -> viewer.setSelection(new StructuredSelection(n), true));
		return node.isPresent();
	}

	/** @return the labels of the evaluations listed, as shown */
	public List<String> labels() {
		return viewer.getInput() == null ? List.of() : leaves((List<?>) viewer.getInput()).map(Node::label).toList();
	}

	private static java.util.stream.Stream<Node> leaves(List<?> nodes) {
		return nodes.stream().map(Node.class::cast).flatMap(node -> node.entry() != null
				? java.util.stream.Stream.concat(java.util.stream.Stream.of(node), leaves(node.children())) : leaves(node.children()));
	}

	private static List<EvaluationEntry> sorted(List<EvaluationEntry> entries) {
		return entries.stream().sorted(Comparator.comparing(EvaluationEntry::id)).toList();
	}

	private void show(List<Node> tree, String message) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		status.setText(message.isEmpty() && tree.isEmpty() ? Messages.Navigator_empty : message);
		viewer.setInput(tree);
		viewer.expandAll();
		status.getParent().layout();
	}

	/**
	 * @return department → year → each 部门整体 evaluation with the year's project evaluations (项目支出,
	 *         结转项目) below the first of them, by project code; project evaluations of a year without a
	 *         department evaluation stand directly under the year
	 */
	private static List<Node> tree(List<EvaluationEntry> entries) {
		Map<String, Map<Integer, List<EvaluationEntry>>> grouped = new TreeMap<>();
		for (EvaluationEntry entry : entries) {
			grouped.computeIfAbsent(entry.department(), d -> new TreeMap<>(Comparator.reverseOrder()))
					.computeIfAbsent(entry.fiscalYear(), y -> new java.util.ArrayList<>()).add(entry);
		}
		return grouped.entrySet().stream().map(department -> new Node(department.getKey(), null,
				department.getValue().entrySet().stream().map(year -> new Node(String.valueOf(year.getKey()), null, year(year.getValue()))).toList()))
				.toList();
	}

	private static List<Node> year(List<EvaluationEntry> entries) {
		List<Node> projects = entries.stream().filter(EvaluationEntry::isProject)
				.sorted(Comparator.comparing((EvaluationEntry e) -> e.projectCode() == null ? "" : e.projectCode()) //$NON-NLS-1$
						.thenComparing(e -> e.projectName() == null ? "" : e.projectName())) //$NON-NLS-1$
				.map(e -> new Node(label(e), e, List.of())).toList();
		List<EvaluationEntry> departments = entries.stream().filter(e -> !e.isProject()).toList();
		if (departments.isEmpty()) {
			return projects;
		}
		List<Node> nodes = new java.util.ArrayList<>();
		for (int i = 0; i < departments.size(); i++) {
			nodes.add(new Node(label(departments.get(i)), departments.get(i), i == 0 ? projects : List.of()));
		}
		return nodes;
	}

	/** @return e.g. 第 12 号 · 项目支出：党建专项资金 · 草稿 · 96.50 分 · 优 ·【草稿】 */
	static String label(EvaluationEntry entry) {
		String status = entry.status() == EvaluationStatus.FINAL ? Messages.Status_final : Messages.Status_draft;
		String score = entry.total() == null ? "—" : Fields.format(entry.total()); //$NON-NLS-1$
		String grade = entry.grade() == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.Navigator_grade, org.jixiao.core.scoring.Grade.valueOf(entry.grade().getName()).label());
		StringBuilder label = new StringBuilder(NLS.bind(Messages.Navigator_entry, new Object[] { entry.id(), kind(entry), status, score, grade }));
		label.append(NLS.bind(Messages.Navigator_reviewState, entry.reviewState().displayName()));
		if (entry.selfScore() != null) {
			label.append(NLS.bind(Messages.Navigator_selfScore, Fields.format(entry.selfScore())));
		}
		if (entry.reviewScore() != null) {
			label.append(NLS.bind(Messages.Navigator_reviewScore, Fields.format(entry.reviewScore())));
		}
		return label.toString();
	}

	/** @return 部门整体, 项目支出：NAME or 结转项目：NAME */
	static String kind(EvaluationEntry entry) {
		String name = entry.projectName() == null ? "" : entry.projectName(); //$NON-NLS-1$
		return switch (entry.kind() == null ? EvaluationKind.DEPARTMENT : entry.kind()) {
			case PROJECT -> NLS.bind(Messages.Navigator_project, name);
			case CARRIED_OVER -> NLS.bind(Messages.Navigator_carriedOver, name);
			default -> Messages.Navigator_department;
		};
	}

	/** Lists again when a step of the review chain was taken. */
	@Inject
	@Optional
	void reviewed(@UIEventTopic(EvaluationEditorPart.REVIEWED_TOPIC) String key) {
		refresh();
	}

	@PreDestroy
	void dispose() {
		if (poll != null) {
			poll.cancel();
		}
	}

	/** Lists again when an evaluation was saved. */
	@Inject
	@Optional
	void saved(@UIEventTopic(EvaluationEditorPart.SAVED_TOPIC) String key) {
		refresh();
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}
}
