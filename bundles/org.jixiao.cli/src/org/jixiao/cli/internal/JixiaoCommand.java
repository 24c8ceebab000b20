package org.jixiao.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code jixiao} command and its subcommands ({@link #SUBCOMMANDS}, added by {@link #commandLine()}
 * rather than named in the annotation, so that a command line can build only the subcommand it runs).
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = JixiaoCommand.Version.class)
public final class JixiaoCommand implements Runnable {

	private static final String MESSAGES = "org.jixiao.cli.internal.messages"; //$NON-NLS-1$

	/** The subcommands, in the order of the usage help. */
	private static final List<Class<?>> SUBCOMMANDS = List.of(
			CheckCommand.class, ScoreCommand.class, InterchangeCommands.ImportCommand.class,
			InterchangeCommands.ExportCommand.class, StoreCommands.ListCommand.class, ConsolidateCommand.class,
			NewCommand.class, ProjectsCommand.class, StoreCommands.CopyCommand.class,
			StoreCommands.DeleteCommand.class, StoreCommands.AuditCommand.class, ModulesCommand.class,
			ReportCommand.class, DemoCommand.class, StoreCommands.BackupCommand.class,
			StoreCommands.RestoreCommand.class, ServerCommand.class, UsersCommand.class, RulesCommand.class,
			FormatsCommand.class, BatchCommand.class, PackageCommand.class, VerifyCommand.class, LedgerCommand.class,
			EvidenceCommand.class, ReviewCommands.SubmitCommand.class, ReviewCommands.WithdrawCommand.class,
			ReviewCommands.AcceptCommand.class, ReviewCommands.ForwardCommand.class,
			ReviewCommands.ReturnCommand.class, ReviewCommands.ConfirmCommand.class,
			ReviewCommands.VersionsCommand.class, ReviewCommands.RectifyCommand.class, CompareCommand.class);

	/** The options of {@code jixiao} itself that need no subcommand built: those that print the version. */
	private static final Set<String> VERSION_OPTIONS = Set.of("--version", "-V"); //$NON-NLS-1$ //$NON-NLS-2$

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/** Hidden, on every command: the command fails with an {@link Error} (see {@link CommandFailures}). */
	@Option(names = CommandFailures.INJECT_ERROR, hidden = true, scope = ScopeType.INHERIT)
	private boolean injectError;

	/**
	 * @return a command line for {@code jixiao}, with the help texts of the default locale, on which a
	 *         command that fails with any {@link Throwable} prints one line and exits 1 or 2
	 *         ({@link CommandFailures})
	 */
	public static CommandLine commandLine() {
		return commandLine(SUBCOMMANDS);
	}

	/**
	 * A command line for running {@code args} once, as {@link #commandLine()} but with only the
	 * subcommand {@code args} names: picocli builds the model of each subcommand it is given, with
	 * reflection over its options and the classes of their fields, and that of all 35 took about a
	 * fifth of a second of each run. When the first argument that is no option names no subcommand
	 * (help, no arguments, a mistyped name), or an option other than the version's comes before it,
	 * every subcommand is built, so that the usage help and picocli's suggestions stay the same.
	 *
	 * @param args the command line to be run
	 * @return a command line that runs {@code args} as {@link #commandLine()} would
	 */
	public static CommandLine commandLine(String... args) {
		return commandLine(subcommandsFor(args));
	}

	private static List<Class<?>> subcommandsFor(String... args) {
		for (String arg : args) {
			if (VERSION_OPTIONS.contains(arg)) {
				continue;
			}
			if (arg.startsWith("-")) { //$NON-NLS-1$
				return SUBCOMMANDS;
			}
			for (Class<?> subcommand : SUBCOMMANDS) {
				Command command = subcommand.getAnnotation(Command.class);
				if (command.name().equals(arg) || Arrays.asList(command.aliases()).contains(arg)) {
					return List.of(subcommand);
				}
			}
			return SUBCOMMANDS;
		}
		return args.length == 0 ? SUBCOMMANDS : List.of();
	}

	private static CommandLine commandLine(List<Class<?>> subcommands) {
		CommandLine commandLine = new CommandLine(new JixiaoCommand());
		for (Class<?> subcommand : subcommands) {
			commandLine.addSubcommand(subcommand);
		}
		commandLine.setResourceBundle(
				ResourceBundle.getBundle(MESSAGES, Locale.getDefault(), JixiaoCommand.class.getClassLoader()));
		CommandFailures.install(commandLine);
		return commandLine;
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Prints the product name and the version of the installed bundle. */
	public static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = FrameworkUtil.getBundle(JixiaoCommand.class).getVersion().toString();
			return new String[] { "绩效自评工作台 Jixiao Workbench " + version, //$NON-NLS-1$
					"Java " + Runtime.version() + ", " + System.getProperty("os.name") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ System.getProperty("os.arch") }; //$NON-NLS-1$
		}
	}
}
