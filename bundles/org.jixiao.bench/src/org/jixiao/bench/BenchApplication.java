package org.jixiao.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code org.jixiao.bench.app} application: the benchmarks of the scoring engine, the store, the
 * report rendering, the network server (scale, concurrent load, crashes) and the import of a folder of tables, run in the product's runtime but shipped apart from it
 * ({@code releng/scripts/bench.sh} installs this bundle into a copy of the product and runs it).
 */
public final class BenchApplication implements IApplication {

	/** {@code jixiao-bench}: names the benchmarks when none is given. */
	@Command(name = "jixiao-bench", mixinStandardHelpOptions = true, subcommands = { ScoringBench.class, StoreBench.class,
			ReportBench.class, ServerScaleBench.class, ServerLoadBench.class, ServerCrashBench.class, ServerCrashBench.Child.class, ImportDirBench.class }, description = "Benchmarks of Jixiao Workbench; figures vary with the machine.")
	static final class Benchmarks implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Override
		public Integer call() {
			spec.commandLine().usage(spec.commandLine().getErr());
			return 2;
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		CommandLine commandLine = new CommandLine(new Benchmarks());
		commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		return Integer.valueOf(commandLine.execute(args == null ? new String[0] : args));
	}

	@Override
	public void stop() {
		// A benchmark runs to its end; there is nothing to interrupt.
	}
}
