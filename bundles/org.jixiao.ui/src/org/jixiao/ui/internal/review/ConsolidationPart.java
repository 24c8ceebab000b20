package org.jixiao.ui.internal.review;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.jixiao.core.consolidation.Band;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.HearingFlag;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.report.ConsolidationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportRenderer;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.preferences.JixiaoPreferences;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 财政局汇总: the consolidation of a fiscal year's evaluations that the user may read (every unit for
 * the bureau and in the embedded single-user store): the ranking, sortable by each column; the
 * grade and execution-rate distributions as bars; the evaluations flagged for the budget hearing;
 * export as XLSX and as the PDF summary report. Read in a job, again after each review step.
 */
public final class ConsolidationPart {

	/** The part descriptor's id in {@code Application.e4xmi}. */
	public static final String DESCRIPTOR = "org.jixiao.ui.partdescriptor.consolidation"; //$NON-NLS-1$
	/** The family of the jobs that read the consolidation, for tests to wait on. */
	public static final Object FAMILY = ConsolidationPart.class;

	@Inject
	private UISynchronize sync;
	@Inject
	private Shell shell;
	@Inject
	@Optional
	@Service
	private EvaluationRepository repository;
	@Inject
	@Optional
	@Service
	private ReportRenderer renderer;

	private Spinner year;
	private Label summary;
	private TableViewer ranking;
	private TableViewer distribution;
	private TableViewer flagged;
	private volatile Consolidation shown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(6, false));
		new Label(parent, SWT.NONE).setText(Messages.Consolidation_year);
		year = new Spinner(parent, SWT.BORDER);
		year.setValues(Year.now().getValue() - 1, 2000, 2100, 0, 1, 1);
		year.setData(Fields.FEATURE, "consolidation.year"); //$NON-NLS-1$
		year.addListener(SWT.Selection, e -> refresh());
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText(Messages.Consolidation_refresh);
		refresh.addListener(SWT.Selection, e -> refresh());
		Button xlsx = new Button(parent, SWT.PUSH);
		xlsx.setText(Messages.Consolidation_exportXlsx);
		xlsx.addListener(SWT.Selection, e -> export(ReportFormat.XLSX));
		Button pdf = new Button(parent, SWT.PUSH);
		pdf.setText(Messages.Consolidation_exportPdf);
		pdf.addListener(SWT.Selection, e -> export(ReportFormat.PDF));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setData(Fields.FEATURE, "consolidation.summary"); //$NON-NLS-1$
		ranking = table(parent, "consolidation.ranking", 6, 200); //$NON-NLS-1$
		sortable(Messages.Consolidation_rank, 50, r -> r.rank() == 0 ? "—" : String.valueOf(r.rank()), //$NON-NLS-1$
				Comparator.comparingInt(r -> r.rank() == 0 ? Integer.MAX_VALUE : r.rank()));
		sortable(Messages.Consolidation_department, 160, r -> r.row().department(), Comparator.comparing(r -> r.row().department(),
				java.text.Collator.getInstance(java.util.Locale.CHINA)));
		sortable(Messages.Consolidation_project, 140, r -> text(r.row().project()), Comparator.comparing(r -> text(r.row().project())));
		sortable(Messages.Consolidation_supervisor, 120, r -> text(r.row().supervisor()), Comparator.comparing(r -> text(r.row().supervisor())));
		sortable(Messages.Consolidation_budget, 100, r -> money(r.row().adjustedBudget()), by(r -> r.row().adjustedBudget()));
		sortable(Messages.Consolidation_executed, 100, r -> money(r.row().executed()), by(r -> r.row().executed()));
		sortable(Messages.Consolidation_rate, 70, r -> percent(r.row().executionRate()), by(r -> r.row().executionRate()));
		sortable(Messages.Consolidation_selfScore, 70, r -> number(r.row().selfScore()), by(r -> r.row().selfScore()));
		sortable(Messages.Consolidation_reviewScore, 70, r -> number(r.row().reviewScore()), by(r -> r.row().reviewScore()));
		sortable(Messages.Consolidation_scoreChange, 80, r -> signed(r.row().scoreChange()), by(r -> r.row().scoreChange()));
		sortable(Messages.Consolidation_grade, 50, r -> r.row().grade() == null ? "—" : r.row().grade().getLiteral(), //$NON-NLS-1$
				Comparator.comparing((RankedRow r) -> r.row().grade() == null ? "" : r.row().grade().getLiteral())); //$NON-NLS-1$
		sortable(Messages.Consolidation_deviations, 60, r -> String.valueOf(r.row().deviations()), Comparator.comparingInt(r -> r.row().deviations()));
		sortable(Messages.Consolidation_state, 90, r -> ReviewStates.label(r.row().reviewState()), Comparator.comparing(r -> r.row().reviewState()));
		sortable(Messages.Consolidation_flags, 160, ConsolidationPart::flags, Comparator.comparing(ConsolidationPart::flags));
		Label distributionTitle = new Label(parent, SWT.NONE);
		distributionTitle.setText(Messages.Consolidation_distribution);
		distributionTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
		Label flaggedTitle = new Label(parent, SWT.NONE);
		flaggedTitle.setText(Messages.Consolidation_flagged);
		flaggedTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
		distribution = table(parent, "consolidation.distribution", 3, 120); //$NON-NLS-1$
		column(distribution, Messages.Consolidation_band, 110, o -> ((Band) o).label());
		column(distribution, Messages.Consolidation_count, 60, o -> String.valueOf(((Band) o).count()));
		column(distribution, Messages.Consolidation_share, 220, o -> bar((Band) o));
		flagged = table(parent, "consolidation.flagged", 3, 120); //$NON-NLS-1$
		column(flagged, Messages.Consolidation_department, 160, o -> ((RankedRow) o).row().department());
		column(flagged, Messages.Consolidation_rate, 70, o -> percent(((RankedRow) o).row().executionRate()));
		column(flagged, Messages.Consolidation_grade, 50, o -> ((RankedRow) o).row().grade() == null ? "—" : ((RankedRow) o).row().grade().getLiteral()); //$NON-NLS-1$
		column(flagged, Messages.Consolidation_flags, 180, o -> flags((RankedRow) o));
		refresh();
	}

	private static TableViewer table(Composite parent, String feature, int span, int height) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.heightHint = height;
		viewer.getTable().setLayoutData(data);
		viewer.getTable().setData(Fields.FEATURE, feature);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		return column;
	}

	/** A ranking column that sorts the table by itself when its header is clicked, and back. */
	private void sortable(String title, int width, Function<RankedRow, String> text, Comparator<RankedRow> order) {
		TableViewerColumn column = column(ranking, title, width, o -> text.apply((RankedRow) o));
		column.getColumn().addListener(SWT.Selection, e -> {
			org.eclipse.swt.widgets.Table table = ranking.getTable();
			boolean up = table.getSortColumn() != column.getColumn() || table.getSortDirection() == SWT.DOWN;
			table.setSortColumn(column.getColumn());
			table.setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<RankedRow> directed = up ? order : order.reversed();
			ranking.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return directed.compare((RankedRow) a, (RankedRow) b);
				}
			});
		});
	}

	private static Comparator<RankedRow> by(Function<RankedRow, BigDecimal> value) {
		return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
	}

	/** Reads the consolidation of the chosen year again, in a job. */
	public void refresh() {
		EvaluationRepository source = repository;
		if (summary == null || summary.isDisposed()) {
			return;
		}
		if (source == null || !source.supportsReview()) {
			summary.setText(Messages.Consolidation_unsupported);
			return;
		}
		int fiscalYear = year.getSelection();
		summary.setText(Messages.Consolidation_loading);
		Job job = new Job(NLS.bind(Messages.Consolidation_job, fiscalYear)) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					Consolidation consolidation = source.consolidation(fiscalYear);
					sync.asyncExec(() -> show(consolidation));
					return Status.OK_STATUS;
				} catch (RepositoryException e) {
					sync.asyncExec(() -> {
						if (!summary.isDisposed()) {
							summary.setText(e.getMessage());
						}
					});
					return Status.info(e.getMessage());
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.schedule();
	}

	private void show(Consolidation consolidation) {
		if (summary.isDisposed()) {
			return;
		}
		shown = consolidation;
		long confirmed = consolidation.rows().stream().filter(ConsolidationRow::reviewed).count();
		summary.setText(NLS.bind(Messages.Consolidation_summary, new Object[] { consolidation.fiscalYear(), consolidation.rows().size(), confirmed,
				consolidation.flagged().size(), percent(consolidation.lowExecutionPercent()) }));
		ranking.setInput(consolidation.ranking());
		List<Band> bands = new java.util.ArrayList<>(consolidation.gradeDistribution());
		bands.addAll(consolidation.executionDistribution());
		distribution.setInput(bands);
		flagged.setInput(consolidation.flagged());
		summary.getParent().layout(true, true);
	}

	/** @return the consolidation shown, or {@code null} before the first was read */
	public Consolidation consolidation() {
		return shown;
	}

	/** @param fiscalYear the year to show; reads it again */
	public void showYear(int fiscalYear) {
		year.setSelection(fiscalYear);
		refresh();
	}

	/** Reads again after a review step. */
	@Inject
	@Optional
	void reviewed(@UIEventTopic(EvaluationEditorPart.REVIEWED_TOPIC) String key) {
		if (year != null && !year.isDisposed()) {
			refresh();
		}
	}

	private void export(ReportFormat format) {
		Consolidation consolidation = shown;
		if (consolidation == null) {
			return;
		}
		if (format == ReportFormat.PDF && renderer == null) {
			MessageDialog.openError(shell, Messages.Consolidation_exportTitle, Messages.Consolidation_noRenderer);
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		String extension = format == ReportFormat.XLSX ? "xlsx" : "pdf"; //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.Consolidation_fileName, consolidation.fiscalYear()) + "." + extension); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(consolidation, format, Path.of(chosen));
		}
	}

	/**
	 * Writes the consolidation shown to a file, in a job; a failure is shown in a dialog and leaves
	 * no partial file.
	 *
	 * @param consolidation the consolidation
	 * @param format {@link ReportFormat#XLSX} or {@link ReportFormat#PDF}
	 * @param file the file
	 * @return the job
	 */
	public Job export(Consolidation consolidation, ReportFormat format, Path file) {
		org.jixiao.report.ReportOptions options = JixiaoPreferences.reportOptions(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE));
		Job job = new Job(NLS.bind(Messages.Consolidation_exportJob, file.getFileName())) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				Path partial = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
				try (OutputStream out = Files.newOutputStream(partial)) {
					if (format == ReportFormat.XLSX) {
						ConsolidationReports.writeWorkbook(consolidation, null, out);
					} else {
						new ConsolidationReports(renderer).render(consolidation, null, format, options, out);
					}
				} catch (java.io.IOException | ReportException e) {
					fail(file, e);
					return Status.info(e.getMessage());
				}
				try {
					Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				} catch (java.io.IOException e) {
					fail(file, e);
					return Status.info(e.getMessage());
				}
				return Status.OK_STATUS;
			}

			private void fail(Path target, Exception e) {
				try {
					Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".part")); //$NON-NLS-1$
				} catch (java.io.IOException ignored) {
					// the message below names the failure that matters
				}
				sync.asyncExec(() -> MessageDialog.openError(shell, Messages.Consolidation_exportTitle,
						NLS.bind(Messages.Consolidation_exportFailed, target, e.getMessage())));
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.schedule();
		return job;
	}

	private static String flags(RankedRow row) {
		return row.flags().stream().sorted().map(HearingFlag::label).collect(Collectors.joining("、")); //$NON-NLS-1$
	}

	private static String bar(Band band) {
		int width = band.percent() == null ? 0 : band.percent().intValue() / 10;
		return percent(band.percent()) + " " + "■".repeat(width); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String signed(BigDecimal value) {
		return value == null ? "—" : (value.signum() > 0 ? "+" : "") + Fields.format(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String text(String value) {
		return value == null ? "—" : value; //$NON-NLS-1$
	}

	private static String number(BigDecimal value) {
		return value == null ? "—" : Fields.format(value); //$NON-NLS-1$
	}

	private static String money(BigDecimal value) {
		return value == null ? "—" : new java.text.DecimalFormat("#,##0.00").format(value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String percent(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString() + "%"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Focus
	void focus() {
		ranking.getControl().setFocus();
	}
}
