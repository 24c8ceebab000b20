package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao check}: proves the product's stack end to end inside OSGi. It opens an embedded
 * Derby database, builds an EMF object, and renders a BIRT design with Chinese text to PDF. With
 * {@code --deep} it first checks the wiring of every installed bundle ({@link WiringCheck}) and exits 1,
 * naming what is missing by bundle, when a package or class that a bundle reaches does not resolve.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

	/** The Chinese text every check PDF carries, so that a test can look for it. */
	static final String TEST_TEXT = "部门整体支出绩效自评表"; //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	@Option(names = "--db", paramLabel = "DIR", descriptionKey = "check.db")
	private Path database;

	@Option(names = "--out", paramLabel = "FILE", defaultValue = "out/stack-check.pdf", descriptionKey = "check.out")
	private Path output;

	@Option(names = "--deep", descriptionKey = "check.deep")
	private boolean deep;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (deep && !checkWiring(err)) {
			return 1;
		}
		Path scratch = null;
		try {
			if (database == null) {
				scratch = Files.createTempDirectory("jixiao-check"); //$NON-NLS-1$
				database = scratch.resolve("db"); //$NON-NLS-1$
			}
			err.println(NLS.bind(Messages.CheckCommand_derby, database));
			long rows = checkDerby(database.toAbsolutePath());
			err.println(Messages.CheckCommand_emf);
			String department = checkEmf();
			err.println(Messages.CheckCommand_birt);
			String message = NLS.bind(Messages.CheckCommand_pdfText, new Object[] { TEST_TEXT, rows, department });
			Path pdf = render(message);
			spec.commandLine().getOut().println(pdf);
			return 0;
		} catch (SQLException | DatabaseDirectoryException e) {
			err.println(NLS.bind(Messages.CheckCommand_derbyFailed, database, e.getMessage()));
		} catch (ReportException e) {
			err.println(NLS.bind(Messages.CheckCommand_birtFailed, output, e.getMessage()));
		} catch (IOException e) {
			err.println(NLS.bind(Messages.CheckCommand_ioFailed, output, e.getMessage()));
		} finally {
			if (scratch != null) {
				deleteTree(scratch);
			}
		}
		return 1;
	}

	/** @return whether every bundle's imports are wired and a class of every exported package loads */
	private static boolean checkWiring(PrintWriter err) throws IOException {
		BundleContext context = FrameworkUtil.getBundle(CheckCommand.class).getBundleContext();
		err.println(NLS.bind(Messages.CheckCommand_deep, context.getBundles().length - 1));
		WiringCheck.Result result = new WiringCheck().run(context);
		result.missing().forEach((bundle, missing) -> missing
				.forEach(what -> err.println(NLS.bind(Messages.CheckCommand_deepMissing, bundle, what))));
		if (result.missingCount() > 0) {
			err.println(NLS.bind(Messages.CheckCommand_deepFailed, result.missingCount()));
			return false;
		}
		err.println(NLS.bind(Messages.CheckCommand_deepDone, new Object[] { result.bundles(), result.packagesLoaded(),
				result.importsWired(), result.notShipped() }));
		return true;
	}

	private static long checkDerby(Path directory) throws SQLException, DatabaseDirectoryException {
		try {
			// Derby reports a parent that is not a directory obscurely and leaves files behind: check first.
			Files.createDirectories(directory.getParent());
		} catch (IOException e) {
			throw new DatabaseDirectoryException(e);
		}
		System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		EmbeddedDriver driver = new EmbeddedDriver();
		String url = "jdbc:derby:" + directory; //$NON-NLS-1$
		try (Connection connection = driver.connect(url + ";create=true", new Properties())) { //$NON-NLS-1$
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE STACK_CHECK (ID INT GENERATED ALWAYS AS IDENTITY, NOTE VARCHAR(200))"); //$NON-NLS-1$
			} catch (SQLException e) {
				if (!"X0Y32".equals(e.getSQLState())) { // table exists: a database checked before //$NON-NLS-1$
					throw e;
				}
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO STACK_CHECK (NOTE) VALUES (?)")) { //$NON-NLS-1$
				insert.setString(1, TEST_TEXT);
				insert.executeUpdate();
			}
			try (Statement statement = connection.createStatement();
					ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM STACK_CHECK")) { //$NON-NLS-1$
				count.next();
				return count.getLong(1);
			}
		} finally {
			shutdown(driver, url);
		}
	}

	private static void shutdown(EmbeddedDriver driver, String url) throws SQLException {
		try {
			driver.connect(url + ";shutdown=true", new Properties()); //$NON-NLS-1$
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { // 08006 is Derby's normal answer to a shutdown //$NON-NLS-1$
				throw e;
			}
		}
	}

	private static String checkEmf() {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage pkg = ecore.createEPackage();
		pkg.setName("check"); //$NON-NLS-1$
		pkg.setNsURI("urn:jixiao:check"); //$NON-NLS-1$
		EClass evaluation = ecore.createEClass();
		evaluation.setName("Evaluation"); //$NON-NLS-1$
		EAttribute department = ecore.createEAttribute();
		department.setName("department"); //$NON-NLS-1$
		department.setEType(EcorePackage.Literals.ESTRING);
		evaluation.getEStructuralFeatures().add(department);
		pkg.getEClassifiers().add(evaluation);
		EObject object = EcoreUtil.create(evaluation);
		object.eSet(department, "党政办公室"); //$NON-NLS-1$
		return (String) EcoreUtil.copy(object).eGet(department);
	}

	private Path render(String message) throws IOException, ReportException {
		BundleContext context = FrameworkUtil.getBundle(CheckCommand.class).getBundleContext();
		ServiceTracker<ReportRenderer, ReportRenderer> tracker = new ServiceTracker<>(context, ReportRenderer.class, null);
		tracker.open();
		try {
			ReportRenderer renderer = tracker.waitForService(30_000);
			if (renderer == null) {
				throw new ReportException(Messages.CheckCommand_noRenderer, null);
			}
			Path pdf = output.toAbsolutePath();
			Files.createDirectories(pdf.getParent());
			try (OutputStream out = Files.newOutputStream(pdf)) {
				renderer.render("stack-check.rptdesign", Map.of("message", message), ReportFormat.PDF, out); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return pdf;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ReportException(Messages.CheckCommand_noRenderer, e);
		} finally {
			tracker.close();
		}
	}

	/** The database's parent directory cannot be created. */
	private static final class DatabaseDirectoryException extends Exception {
		private static final long serialVersionUID = 1L;

		DatabaseDirectoryException(IOException cause) {
			super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause); //$NON-NLS-1$
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
