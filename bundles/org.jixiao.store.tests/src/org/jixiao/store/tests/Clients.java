package org.jixiao.store.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.derby.drda.NetworkServerControl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What a client of the network server has without the product: Derby's JDBC network client, its
 * {@code ij} tool in a process of its own, and its {@code NetworkServerControl} commands.
 */
final class Clients {

	private Clients() {
	}

	/** @return a free TCP port of localhost */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** @return Derby's network client driver, from its bundle (or the class path outside OSGi) */
	static Driver client() throws ReflectiveOperationException {
		String name = "org.apache.derby.client.ClientAutoloadedDriver";
		Bundle self = FrameworkUtil.getBundle(Clients.class);
		if (self != null && self.getBundleContext() != null) {
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if ("derbyclient".equals(bundle.getSymbolicName())) {
					return (Driver) bundle.loadClass(name).getConstructor().newInstance();
				}
			}
		}
		return (Driver) Class.forName(name).getConstructor().newInstance();
	}

	/**
	 * @param url a {@code jdbc:derby://} URL
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}
	 * @return a connection by plain JDBC
	 */
	static Connection connect(String url, String user, String password) throws SQLException, ReflectiveOperationException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		return client().connect(url, properties);
	}

	/** @return the SQL state of the failure to connect, or {@code null} when the connection was made */
	static String refusal(String url, String user, String password) throws ReflectiveOperationException {
		try (Connection connection = connect(url, user, password)) {
			return null;
		} catch (SQLException e) {
			return e.getSQLState() == null ? "?" : e.getSQLState();
		}
	}

	/** @return Derby's control of a server, without credentials */
	static NetworkServerControl control(int port) throws Exception {
		return new NetworkServerControl(InetAddress.getByName("localhost"), port);
	}

	/** @return Derby's control of a server, with credentials */
	static NetworkServerControl control(int port, String user, String password) throws Exception {
		return new NetworkServerControl(InetAddress.getByName("localhost"), port, user, password);
	}

	/**
	 * Runs Derby's {@code ij} in a process of its own on a script.
	 *
	 * @param dir where to write the script
	 * @param options JVM options
	 * @param statements the script's statements, each ending with a semicolon
	 * @return what ij printed
	 */
	static String ij(Path dir, List<String> options, String... statements) throws Exception {
		Path script = Files.createTempFile(dir, "ij", ".sql");
		Files.writeString(script, String.join("\n", statements) + "\nexit;\n", StandardCharsets.UTF_8);
		List<String> jvm = new ArrayList<>(options);
		jvm.add("-Dij.outfile=" + dir.resolve(script.getFileName() + ".out"));
		Process process = ChildProcesses.java(jvm, "org.apache.derby.tools.ij", script.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("ij did not end");
		}
		return Files.readString(dir.resolve(script.getFileName() + ".out"), StandardCharsets.UTF_8);
	}
}
