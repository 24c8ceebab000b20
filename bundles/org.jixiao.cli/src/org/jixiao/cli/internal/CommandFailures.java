package org.jixiao.cli.internal;

import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.interchange.ImportException;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * What a command that fails with a {@link Throwable} it did not handle itself leaves behind: one line on
 * stderr naming the command, its file or id and the cause, the stack trace in the product's log, and exit
 * code {@value #BAD_INPUT} when the cause is input that cannot be read, else {@value #BUG}. Never 0.
 * <p>
 * picocli hands a command's {@link Exception} to the {@link IExecutionExceptionHandler} but lets an
 * {@link Error} (a {@link NoClassDefFoundError} of a bundle that cannot see a package, say) escape
 * {@link CommandLine#execute}; the {@link #strategy() strategy} turns an {@code Error} into an
 * {@link ExecutionException} so that both take the same way.
 */
final class CommandFailures implements IExecutionExceptionHandler {

	/** Exit code of a bug, or of a store or report that failed. */
	static final int BUG = 1;

	/** Exit code of input that cannot be read. */
	static final int BAD_INPUT = 2;

	/** The hidden option that makes a command fail with an {@link Error}, for the tests of this class. */
	static final String INJECT_ERROR = "--inject-error"; //$NON-NLS-1$

	private CommandFailures() {
	}

	/** Installs the failure handling on a command line. */
	static void install(CommandLine commandLine) {
		commandLine.setExecutionExceptionHandler(new CommandFailures());
		commandLine.setExecutionStrategy(strategy());
	}

	/**
	 * @return picocli's {@link CommandLine.RunLast} that also hands an {@link Error} to the exception
	 *         handler, and throws one itself where {@value #INJECT_ERROR} was given
	 */
	private static IExecutionStrategy strategy() {
		return parseResult -> {
			ParseResult last = last(parseResult);
			try {
				if (injected(parseResult)) {
					throw new NoClassDefFoundError("org/jixiao/cli/InjectedByTheTests (" + INJECT_ERROR + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return new CommandLine.RunLast().execute(parseResult);
			} catch (Error e) {
				throw new ExecutionException(last.commandSpec().commandLine(), String.valueOf(e), e);
			}
		};
	}

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		Throwable cause = exception instanceof ExecutionException && exception.getCause() != null ? exception.getCause()
				: exception;
		String command = commandLine.getCommandSpec().qualifiedName(" "); //$NON-NLS-1$
		String subject = subject(parseResult);
		String line = oneLine(cause);
		boolean badInput = badInput(cause);
		String message = badInput ? NLS.bind(Messages.CommandFailures_badInput, new Object[] { command, subject, line })
				: NLS.bind(Messages.CommandFailures_bug, new Object[] { command, subject, line, logFile() });
		ILog.of(CommandFailures.class).error(message, cause);
		commandLine.getErr().println(message);
		commandLine.getErr().flush();
		return badInput ? BAD_INPUT : BUG;
	}

	/** Whether the cause is input that cannot be read rather than a bug. */
	private static boolean badInput(Throwable cause) {
		return cause instanceof ImportException || cause instanceof EvaluationFileException
				|| cause instanceof RuleSetException || cause instanceof NoSuchFileException;
	}

	/** @return the file(s) or id(s) the command was given, or "-" */
	private static String subject(ParseResult parseResult) {
		List<String> values = new ArrayList<>();
		if (parseResult != null) {
			for (ArgSpec positional : last(parseResult).matchedPositionals()) {
				values.addAll(positional.stringValues());
			}
		}
		return values.isEmpty() ? "-" : String.join(" ", values); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the cause's type and message on one line, with the first cause of a wrapper */
	static String oneLine(Throwable cause) {
		Throwable shown = cause;
		while (shown.getCause() != null && shown.getCause() != shown
				&& (shown.getMessage() == null || shown instanceof ExecutionException)) {
			shown = shown.getCause();
		}
		String text = shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		return text.replaceAll("\\s*[\\r\\n]+\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the product's log file, or a placeholder when the platform has none */
	private static String logFile() {
		IPath log = Platform.getLogFileLocation();
		return log == null ? "?" : log.toOSString(); //$NON-NLS-1$
	}

	private static ParseResult last(ParseResult parseResult) {
		ParseResult last = parseResult;
		while (last.subcommand() != null) {
			last = last.subcommand();
		}
		return last;
	}

	private static boolean injected(ParseResult parseResult) {
		for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
			if (level.hasMatchedOption(INJECT_ERROR)) {
				return true;
			}
		}
		return false;
	}
}
