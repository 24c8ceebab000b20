package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.jixiao.cli.internal.JixiaoCommand;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;

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
		CommandLine commandLine = JixiaoCommand.commandLine(args);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	/**
	 * @param dir a folder
	 * @return the 2023 党政办公室 reference sample, written there as {@code 2023-dangzhengban.xmi}
	 */
	static Path referenceSample(Path dir) throws EvaluationFileException {
		Path sample = dir.resolve("2023-dangzhengban.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
		return sample;
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
