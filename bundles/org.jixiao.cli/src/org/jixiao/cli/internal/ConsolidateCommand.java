package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.HearingFlag;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.core.consolidation.Sample;
import org.jixiao.core.consolidation.SampleEntry;
import org.jixiao.core.consolidation.SampleEntry.Decision;
import org.jixiao.core.consolidation.SampleFile;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.report.ConsolidationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao consolidate --year Y [--out FILE.xlsx|FILE.pdf] [--low-execution 90]
 * [--sample PERCENT [--seed S] [--weighted]] [--sample-file FILE.json] [--include ID]... [--exclude ID]...}:
 * the finance bureau's consolidation of a fiscal year. Prints every evaluation ranked (by 复核得分,
 * then 自评得分) with its execution rate, grade, deviations, state, change since last year and the
 * reasons to put it before the budget hearing, then the 抽评 sample with its seed; progress goes to
 * stderr. {@code --out} writes the workbook or the BIRT summary report. The sample is kept in
 * {@code --sample-file}, where the reviewer's 确认纳入 ({@code --include}) and 取消纳入
 * ({@code --exclude}) are recorded; drawing again with the same year, share, seed and weighting gives
 * the same sample and keeps them. Exit code 0 when done, 1 when the store or the rendering fails, 2 on
 * bad input.
 */
@Command(name = "consolidate")
final class ConsolidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private StoreOptions store;

	@Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "consolidate.year")
	private int year;

	@Option(names = "--out", paramLabel = "FILE", descriptionKey = "consolidate.out")
	private Path out;

	@Option(names = "--low-execution", paramLabel = "PERCENT", defaultValue = "90", descriptionKey = "consolidate.lowExecution")
	private BigDecimal lowExecution;

	@Option(names = "--sample", paramLabel = "PERCENT", descriptionKey = "consolidate.sample")
	private BigDecimal samplePercent;

	@Option(names = "--seed", paramLabel = "SEED", descriptionKey = "consolidate.seed")
	private Long seed;

	@Option(names = "--weighted", descriptionKey = "consolidate.weighted")
	private boolean weighted;

	@Option(names = "--sample-file", paramLabel = "FILE", descriptionKey = "consolidate.sampleFile")
	private Path sampleFile;

	@Option(names = "--include", paramLabel = "ID", split = ",", descriptionKey = "consolidate.include")
	private List<Long> include = new ArrayList<>();

	@Option(names = "--exclude", paramLabel = "ID", split = ",", descriptionKey = "consolidate.exclude")
	private List<Long> exclude = new ArrayList<>();

	/** The output's kind, from its extension. */
	private enum Output {
		XLSX, PDF
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter stdout = spec.commandLine().getOut();
		if (lowExecution.signum() < 0 || lowExecution.compareTo(BigDecimal.valueOf(100)) > 0) {
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_badLowExecution, lowExecution.toPlainString()));
			return StoreCommands.BAD_INPUT;
		}
		if (samplePercent != null && (samplePercent.signum() <= 0 || samplePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_badSample, samplePercent.toPlainString()));
			return StoreCommands.BAD_INPUT;
		}
		if (samplePercent == null && (seed != null || weighted)) {
			err.println(ConsolidateMessages.ConsolidateCommand_seedWithoutSample);
			return StoreCommands.BAD_INPUT;
		}
		Output output = null;
		if (out != null) {
			output = output(out);
			if (output == null) {
				err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_badOut, out));
				return StoreCommands.BAD_INPUT;
			}
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_unwritable, out, ConsolidateMessages.ConsolidateCommand_noFolder));
				return StoreCommands.BAD_INPUT;
			}
		}
		err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_reading, year, store.location()));
		long[] millis = new long[1];
		Optional<Consolidation> read = StoreCommands.withStore(spec, store, opened -> {
			long start = System.nanoTime();
			Consolidation consolidated = opened.consolidation(year, lowExecution);
			millis[0] = (System.nanoTime() - start) / 1_000_000;
			return consolidated;
		});
		if (read.isEmpty()) {
			return StoreCommands.FAILED;
		}
		Consolidation consolidation = read.get();
		err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_read, consolidation.ranking().size(), millis[0]));

		Sample sample;
		try {
			sample = sample(consolidation, err);
		} catch (EvaluationFileException | IllegalArgumentException e) {
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_failed, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		}
		if (sample == null && (!include.isEmpty() || !exclude.isEmpty())) {
			err.println(ConsolidateMessages.ConsolidateCommand_decisionWithoutSample);
			return StoreCommands.BAD_INPUT;
		}
		if (sample != null) {
			Optional<Sample> decided = decide(consolidation, sample, err);
			if (decided.isEmpty()) {
				return StoreCommands.BAD_INPUT;
			}
			sample = decided.get();
			if (sampleFile != null) {
				try {
					SampleFile.write(sample, sampleFile);
				} catch (IOException e) {
					return writeFailed(err, sampleFile, e);
				}
				err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleWritten, sampleFile));
			}
		}

		print(stdout, consolidation, sample);
		if (output != null) {
			return write(consolidation, sample, output, err);
		}
		return 0;
	}

	private static Output output(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (name.endsWith(".xlsx")) { //$NON-NLS-1$
			return Output.XLSX;
		}
		return name.endsWith(".pdf") ? Output.PDF : null; //$NON-NLS-1$
	}

	/**
	 * @return the sample: drawn with {@code --sample}, or read from {@code --sample-file}, the file's
	 *         decisions kept when it holds the same draw; {@code null} without either
	 */
	private Sample sample(Consolidation consolidation, PrintWriter err) throws EvaluationFileException {
		Sample kept = sampleFile != null && Files.exists(sampleFile) ? SampleFile.read(sampleFile) : null;
		if (kept != null && kept.fiscalYear() != year) {
			throw new IllegalArgumentException(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleOtherYear, new Object[] { sampleFile, kept.fiscalYear(), year }));
		}
		if (samplePercent == null) {
			if (kept != null) {
				err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleRead, sampleFile, kept.seed()));
			}
			return kept;
		}
		long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
		if (kept != null) {
			if (!kept.drawnWith(year, samplePercent, chosenSeed, weighted)) {
				throw new IllegalArgumentException(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleDiffers, sampleFile));
			}
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleRead, sampleFile, kept.seed()));
			return kept;
		}
		Sample drawn = Sample.draw(year, consolidation.rows(), samplePercent, chosenSeed, weighted);
		err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleDrawn,
				new Object[] { drawn.entries().size(), samplePercent.toPlainString(), chosenSeed, weighted ? ConsolidateMessages.ConsolidateCommand_weighted : "" })); //$NON-NLS-1$
		return drawn;
	}

	private Optional<Sample> decide(Consolidation consolidation, Sample sample, PrintWriter err) {
		Sample decided = sample;
		Instant now = Instant.now();
		for (boolean including : new boolean[] { true, false }) {
			for (long id : including ? include : exclude) {
				Optional<RankedRow> row = consolidation.row(id);
				if (row.isEmpty()) {
					err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_notInYear, id, year));
					return Optional.empty();
				}
				decided = decided.decide(row.get().row(), including ? Decision.INCLUDED : Decision.EXCLUDED, store.auditUser(), now);
			}
		}
		return Optional.of(decided);
	}

	private int write(Consolidation consolidation, Sample sample, Output output, PrintWriter err) {
		err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_writing, out));
		try {
			if (output == Output.XLSX) {
				SafeFiles.write(out, stream -> ConsolidationReports.writeWorkbook(consolidation, sample, stream));
			} else {
				ConsolidationReports reports = new ConsolidationReports(ReportCommand.renderer());
				SafeFiles.write(out, stream -> {
					try {
						reports.render(consolidation, sample, ReportFormat.PDF, ReportOptions.defaults(), stream);
					} catch (ReportException e) {
						throw new ReportFailure(e);
					}
				});
			}
		} catch (ReportFailure e) {
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_failed, e.failure.getMessage()));
			return StoreCommands.FAILED;
		} catch (ReportException e) {
			err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_failed, e.getMessage()));
			return StoreCommands.FAILED;
		} catch (IOException e) {
			return writeFailed(err, out, e);
		}
		spec.commandLine().getOut().println(out.toAbsolutePath());
		return 0;
	}

	private static int writeFailed(PrintWriter err, Path file, IOException e) {
		String reason = e instanceof AccessDeniedException ? ConsolidateMessages.ConsolidateCommand_accessDenied
				: e instanceof FileSystemException failure && failure.getReason() != null ? failure.getReason() : e.toString();
		err.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_unwritable, file, reason));
		return e instanceof SafeFiles.NotARegularFileException || e instanceof AccessDeniedException ? StoreCommands.BAD_INPUT
				: StoreCommands.FAILED;
	}

	/** Prints the ranking, like {@code list}, then the sample. */
	private static void print(PrintWriter stdout, Consolidation consolidation, Sample sample) {
		String format = "%4s  %6s  %-20s  %8s  %8s  %8s  %-2s  %4s  %-8s  %8s  %s"; //$NON-NLS-1$
		stdout.println(String.format(format, ConsolidateMessages.ConsolidateCommand_rank, ConsolidateMessages.ConsolidateCommand_id,
				ConsolidateMessages.ConsolidateCommand_department, ConsolidateMessages.ConsolidateCommand_rate, ConsolidateMessages.ConsolidateCommand_self,
				ConsolidateMessages.ConsolidateCommand_review, ConsolidateMessages.ConsolidateCommand_grade, ConsolidateMessages.ConsolidateCommand_deviations,
				ConsolidateMessages.ConsolidateCommand_state, ConsolidateMessages.ConsolidateCommand_change, ConsolidateMessages.ConsolidateCommand_hearing));
		for (RankedRow ranked : consolidation.ranking()) {
			ConsolidationRow row = ranked.row();
			stdout.println(String.format(format, ranked.rank() == 0 ? "-" : ranked.rank(), row.evaluationId(), row.name(), //$NON-NLS-1$
					row.executionRate() == null ? "-" : row.executionRate().toPlainString() + "%", plain(row.selfScore()), //$NON-NLS-1$ //$NON-NLS-2$
					plain(row.reviewScore()), row.grade() == null ? "-" : row.grade().getLiteral(), row.deviations(), //$NON-NLS-1$
					ReviewStates.label(row.reviewState()), signed(row.scoreChange()),
					String.join("、", ranked.flags().stream().sorted().map(HearingFlag::label).toList()))); //$NON-NLS-1$
		}
		if (sample != null) {
			stdout.println();
			stdout.println(NLS.bind(ConsolidateMessages.ConsolidateCommand_sampleHeading, new Object[] { sample.fiscalYear(),
					sample.percent().toPlainString(), sample.seed(), sample.weighted() ? ConsolidateMessages.ConsolidateCommand_weighted : "" })); //$NON-NLS-1$
			for (SampleEntry entry : sample.entries()) {
				stdout.println(String.format("%6d  %-20s  %16s  %s", entry.evaluationId(), entry.department(), //$NON-NLS-1$
						entry.budget() == null ? "-" : entry.budget().toPlainString(), entry.decision().label())); //$NON-NLS-1$
			}
		}
	}

	private static String plain(BigDecimal score) {
		return score == null ? "-" : score.toPlainString(); //$NON-NLS-1$
	}

	private static String signed(BigDecimal change) {
		return change == null ? "-" : (change.signum() > 0 ? "+" : "") + change.toPlainString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Carries a rendering failure out of {@link SafeFiles#write}, which then removes its temporary file. */
	private static final class ReportFailure extends IOException {

		private static final long serialVersionUID = 1L;

		final transient ReportException failure;

		ReportFailure(ReportException failure) {
			super(failure);
			this.failure = failure;
		}
	}
}
