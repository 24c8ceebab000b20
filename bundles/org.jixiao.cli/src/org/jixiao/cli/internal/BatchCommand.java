package org.jixiao.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao batch} (hidden): runs many command lines in one process, for the product-level tests that
 * would spend a JVM start on each. Reads one command line per line of stdin, a JSON array of strings
 * ({@code ["score", "table.xlsx"]}), runs it through a fresh {@link JixiaoCommand#commandLine()} (the same
 * parsing, commands and failure handling as {@code jixiao ARGS}) and prints one JSON object per line:
 * {@code {"line": 1, "exit": 0, "out": "...", "err": "..."}} with what the command printed on stdout and
 * stderr. A line that is no such array gives exit code 2. The batch itself exits 0 once stdin ends.
 */
@Command(name = "batch", hidden = true)
final class BatchCommand implements Callable<Integer> {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter results = spec.commandLine().getOut();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		int number = 0;
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			number++;
			if (!line.isBlank()) {
				results.println(GSON.toJson(run(number, line)));
				results.flush();
			}
		}
		return 0;
	}

	/** Runs one line's command line and returns its result. */
	private JsonObject run(int number, String line) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode;
		String[] args = arguments(line);
		if (args == null) {
			err.write(NLS.bind(Messages.BatchCommand_badLine, number) + System.lineSeparator());
			exitCode = CommandFailures.BAD_INPUT;
		} else {
			CommandLine commandLine = JixiaoCommand.commandLine(args);
			commandLine.setOut(new PrintWriter(out, true));
			commandLine.setErr(new PrintWriter(err, true));
			try {
				exitCode = commandLine.execute(args);
			} catch (Throwable e) { // the command line itself failed, as in JixiaoApplication
				ILog.of(BatchCommand.class).error(line, e);
				err.write(NLS.bind(Messages.BatchCommand_failed, number, CommandFailures.oneLine(e)) + System.lineSeparator());
				exitCode = CommandFailures.BUG;
			}
		}
		JsonObject result = new JsonObject();
		result.addProperty("line", number); //$NON-NLS-1$
		result.addProperty("exit", exitCode); //$NON-NLS-1$
		result.addProperty("out", out.toString()); //$NON-NLS-1$
		result.addProperty("err", err.toString()); //$NON-NLS-1$
		return result;
	}

	/** @return the line's arguments, or {@code null} when it is no JSON array of strings or names batch */
	private String[] arguments(String line) {
		try {
			String[] args = GSON.fromJson(line, String[].class);
			if (args == null || args.length > 0 && spec.name().equals(args[0])) {
				return null;
			}
			for (String arg : args) {
				if (arg == null) {
					return null;
				}
			}
			return args;
		} catch (JsonParseException e) {
			return null;
		}
	}
}
