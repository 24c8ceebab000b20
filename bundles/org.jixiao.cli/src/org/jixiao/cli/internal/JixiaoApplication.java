package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine;

/** The {@code org.jixiao.cli.app} application: hands the command line to {@link JixiaoCommand}. */
public final class JixiaoApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return Integer.valueOf(run(args == null ? new String[0] : args));
	}

	/**
	 * Runs one command line to its end.
	 *
	 * @param args the arguments after the application's own options
	 * @return the process exit code
	 */
	public static int run(String... args) {
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		try {
			CommandLine commandLine = JixiaoCommand.commandLine(args);
			commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
			commandLine.setErr(err);
			return commandLine.execute(args);
		} catch (Throwable e) { // the command line itself failed: still one line and never exit code 0
			ILog.of(JixiaoApplication.class).error(e.toString(), e);
			err.println(NLS.bind(Messages.CommandFailures_bug, new Object[] { "jixiao", String.join(" ", args), //$NON-NLS-1$ //$NON-NLS-2$
					CommandFailures.oneLine(e), Platform.getLogFileLocation() }));
			return CommandFailures.BUG;
		}
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt.
	}
}
