package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jixiao.cli.internal.JixiaoCommand;

import picocli.CommandLine;

/** Runs {@code jixiao ARGS} in the test's runtime and captures what it prints. */
final class Cli {

	private Cli() {
	}

	/**
	 * @param args the command line, e.g. {@code "score", "file.xmi"}
	 * @return the exit code and what was printed on stdout and stderr
	 */
	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	/**
	 * One run of the command line.
	 *
	 * @param exitCode the exit code
	 * @param out what was printed on stdout
	 * @param err what was printed on stderr
	 */
	record Result(int exitCode, String out, String err) {

		/**
		 * Asserts the exit code, showing stderr when it differs.
		 *
		 * @return this result
		 */
		Result expect(int expected) {
			assertEquals(expected, exitCode, () -> "exit code; stderr: " + err);
			return this;
		}
	}
}
