package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

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
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		return commandLine.execute(args);
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt.
	}
}
