package org.jixiao.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code jixiao} command and its subcommands. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = JixiaoCommand.Version.class,
		subcommands = { CheckCommand.class, ScoreCommand.class, InterchangeCommands.ImportCommand.class,
				InterchangeCommands.ExportCommand.class, StoreCommands.ListCommand.class, ConsolidateCommand.class, NewCommand.class,
				ProjectsCommand.class,
				StoreCommands.CopyCommand.class, StoreCommands.DeleteCommand.class, StoreCommands.AuditCommand.class,
				ModulesCommand.class, ReportCommand.class, DemoCommand.class, StoreCommands.BackupCommand.class,
				StoreCommands.RestoreCommand.class, ServerCommand.class, UsersCommand.class, RulesCommand.class, FormatsCommand.class, BatchCommand.class, PackageCommand.class, VerifyCommand.class,
				LedgerCommand.class, EvidenceCommand.class, ReviewCommands.SubmitCommand.class, ReviewCommands.WithdrawCommand.class,
				ReviewCommands.AcceptCommand.class, ReviewCommands.ForwardCommand.class, ReviewCommands.ReturnCommand.class,
				ReviewCommands.ConfirmCommand.class, ReviewCommands.VersionsCommand.class, ReviewCommands.RectifyCommand.class, CompareCommand.class })
public final class JixiaoCommand implements Runnable {

	private static final String MESSAGES = "org.jixiao.cli.internal.messages"; //$NON-NLS-1$

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
		CommandLine commandLine = new CommandLine(new JixiaoCommand());
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
