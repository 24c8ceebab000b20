package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.jixiao.cli.internal.JixiaoCommand;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The command line built for one run ({@link JixiaoCommand#commandLine(String...)}, only the subcommand
 * it names) answers as the one with every subcommand: usage help, version, errors and suggestions.
 */
class CommandLineSubsetTest {

	@Test
	void theSubsetAnswersAsTheWholeCommandLine() {
		for (List<String> args : List.<List<String>> of(List.of(), List.of("--version"), List.of("-V"), List.of("--help"),
				List.of("-h"), List.of("score"), List.of("score", "--help"), List.of("score", "--no-such-option"),
				List.of("scor"), List.of("report"), List.of("users", "--help"), List.of("server", "--help"),
				List.of("--version", "score"), List.of("score", "--inject-error"), List.of("--no-such-option"),
				List.of("formats"), List.of("rules"))) {
			String[] array = args.toArray(String[]::new);
			assertEquals(run(JixiaoCommand.commandLine(), array), run(JixiaoCommand.commandLine(array), array),
					String.join(" ", args));
		}
	}

	private static String run(CommandLine commandLine, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
	}
}
