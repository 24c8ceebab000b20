package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.scoring.GradeBand;
import org.jixiao.core.scoring.QualitativeBand;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.scoring.WeightTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao rules [list|show ID|export ID FILE|import FILE|remove ID]}: the scoring rule sets and
 * the department's own versions of them in {@link RuleSetService#directory()}, which every scoring
 * part of the product prefers to the built-in sets. Exit code 0 when done, 1 when a department file
 * cannot be used or the department folder cannot be written, 2 for an unknown id or a file that
 * cannot be read or written.
 */
@Command(name = "rules", subcommands = { RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.Export.class,
		RulesCommand.Import.class, RulesCommand.Remove.class })
final class RulesCommand implements Callable<Integer> {

	private static final RuleSetService RULE_SETS = RuleSetService.getDefault();

	/** Exit code of a rule set that is in the folder but cannot be used, or a folder that cannot be written. */
	static final int FAILED = 1;
	/** Exit code of an unknown id or a file that cannot be read or written. */
	static final int BAD_INPUT = 2;

	private static final String SUFFIX = ".json"; //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	/** Without a subcommand: {@code list}. */
	@Override
	public Integer call() {
		return list(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	/**
	 * Prints every available rule set id with its name and whether the department has its own version,
	 * then the department's folder.
	 *
	 * @return 0, or {@link #FAILED} when a department file cannot be used (reported on stderr)
	 */
	static int list(PrintWriter out, PrintWriter err) {
		int exit = 0;
		for (String id : RULE_SETS.availableIds()) {
			String origin = RULE_SETS.isCustomized(id) ? Messages.RulesCommand_customized : Messages.RulesCommand_builtIn;
			String name;
			try {
				name = RULE_SETS.rulesForId(id).name();
			} catch (RuleSetException e) {
				err.println(NLS.bind(Messages.RulesCommand_failed, "list", e.getMessage())); //$NON-NLS-1$
				name = Messages.RulesCommand_unusable;
				exit = FAILED;
			}
			out.println(NLS.bind(Messages.RulesCommand_row, new Object[] { id, origin, name }));
		}
		out.println(NLS.bind(Messages.RulesCommand_folder, RULE_SETS.directory()));
		return exit;
	}

	/** Reports a rule set failure as {@code jixiao rules NAME: cause} and returns the exit code. */
	private static int failed(CommandSpec spec, RuleSetException e, int exit) {
		spec.commandLine().getErr().println(NLS.bind(Messages.RulesCommand_failed, spec.name(), e.getMessage()));
		return exit;
	}

	/** {@code jixiao rules list}: the available rule sets and the department's folder. */
	@Command(name = "list")
	static final class ListRules implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			return list(spec.commandLine().getOut(), spec.commandLine().getErr());
		}
	}

	/** {@code jixiao rules show ID}: the numbers of the rule set as scoring uses them. */
	@Command(name = "show")
	static final class Show implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "rules.id")
		String id;

		@Override
		public Integer call() {
			RuleSet rules;
			try {
				rules = RULE_SETS.rulesForId(id);
			} catch (RuleSetException e) {
				return failed(spec, e, BAD_INPUT);
			}
			print(rules, spec.commandLine().getOut());
			return 0;
		}

		private static void print(RuleSet rules, PrintWriter out) {
			out.println(NLS.bind(Messages.RulesCommand_title, rules.id(), rules.name()));
			out.println(RULE_SETS.isCustomized(rules.id())
					? NLS.bind(Messages.RulesCommand_sourceCustomized, RULE_SETS.fileOf(rules.id()))
					: Messages.RulesCommand_sourceBuiltIn);
			WeightTemplate weights = rules.weights();
			out.println(NLS.bind(Messages.RulesCommand_weights, new Object[] { text(weights.budgetExecution()),
					text(weights.output()), text(weights.benefit()), text(weights.satisfaction()) }));
			out.println(NLS.bind(Messages.RulesCommand_execution, text(rules.executionCapPercent()),
					text(rules.executionExplanationPercent())));
			out.println(NLS.bind(Messages.RulesCommand_overAchievement, text(rules.overAchievementPercent())));
			out.println(NLS.bind(Messages.RulesCommand_reverse, rules.reverseFormula().id(),
					switch (rules.reverseFormula()) {
						case LINEAR -> Messages.RulesCommand_reverseLinear;
						case RATIO -> Messages.RulesCommand_reverseRatio;
					}));
			out.println(Messages.RulesCommand_bands);
			for (QualitativeBand band : rules.qualitativeBands().reversed()) {
				out.println(NLS.bind(Messages.RulesCommand_band, new Object[] { band.grade().label(), text(band.fromPercent()),
						text(band.toPercent()), band.includesUpperBound() ? "]" : ")" })); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println(NLS.bind(Messages.RulesCommand_late, text(rules.lateScoreCapPercent())));
			out.println(Messages.RulesCommand_grades);
			for (GradeBand band : rules.gradeBands()) {
				out.println(NLS.bind(Messages.RulesCommand_grade, new Object[] { band.grade().officialTerm(), band.grade().label(),
						text(band.minScore()) }));
			}
			out.println(NLS.bind(Messages.RulesCommand_rounding, rules.scale(), rules.roundingMode().name()));
		}

		private static String text(BigDecimal value) {
			return value.stripTrailingZeros().toPlainString();
		}
	}

	/** {@code jixiao rules export ID FILE}: the rule set as JSON, to edit and import as the department's own. */
	@Command(name = "export")
	static final class Export implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "rules.id")
		String id;

		@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "rules.exportFile")
		Path file;

		@Option(names = "--force", descriptionKey = "rules.force")
		boolean force;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			RuleSet rules;
			try {
				rules = RULE_SETS.rulesForId(id);
			} catch (RuleSetException e) {
				return failed(spec, e, BAD_INPUT);
			}
			Path target = Files.isDirectory(file) ? file.resolve(rules.id() + SUFFIX) : file;
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
				err.println(NLS.bind(Messages.RulesCommand_exists, target));
				return BAD_INPUT;
			}
			try {
				SafeFiles.write(target, out -> {
					Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					RuleSets.write(rules, writer);
					writer.flush();
				});
			} catch (IOException e) {
				return InterchangeCommands.writeFailed(err, target, e);
			}
			spec.commandLine().getOut().println(target.toAbsolutePath());
			return 0;
		}
	}

	/** {@code jixiao rules import FILE}: checks a rule set file and saves it as the department's own. */
	@Command(name = "import")
	static final class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "rules.importFile")
		Path file;

		@Override
		public Integer call() {
			RuleSet rules;
			try {
				rules = RuleSets.read(file);
			} catch (RuleSetException e) {
				return failed(spec, e, BAD_INPUT);
			}
			Path saved;
			try {
				saved = RULE_SETS.save(rules);
			} catch (RuleSetException e) {
				return failed(spec, e, FAILED);
			}
			spec.commandLine().getErr().println(NLS.bind(Messages.RulesCommand_imported, rules.id(), rules.name()));
			spec.commandLine().getOut().println(saved);
			return 0;
		}
	}

	/** {@code jixiao rules remove ID}: removes the department's own version, so the built-in set applies again. */
	@Command(name = "remove")
	static final class Remove implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "rules.id")
		String id;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			// only an id the folder lists, so that no file outside the folder is named
			if (!RULE_SETS.availableIds().contains(id) || !RULE_SETS.isCustomized(id)) {
				err.println(NLS.bind(Messages.RulesCommand_notCustomized, id, RULE_SETS.directory()));
				return BAD_INPUT;
			}
			Path file = RULE_SETS.fileOf(id);
			try {
				RULE_SETS.remove(id);
			} catch (RuleSetException e) {
				return failed(spec, e, FAILED);
			}
			err.println(NLS.bind(Messages.RulesCommand_removed, file));
			return 0;
		}
	}
}
