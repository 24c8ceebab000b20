package org.jixiao.store.internal;

import java.sql.Driver;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Derby JDBC drivers, as instances: inside OSGi, {@code DriverManager} does not see drivers of
 * other bundles. The client driver's package is not exported by the {@code derbyclient} bundle, so
 * it is loaded through that bundle; outside OSGi, from the class path.
 */
final class Drivers {

	private static final String CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver"; //$NON-NLS-1$
	private static final String CLIENT_BUNDLE = "derbyclient"; //$NON-NLS-1$

	private static volatile Driver client;

	private Drivers() {
	}

	/** @return a new embedded driver */
	static Driver embedded() {
		return new EmbeddedDriver();
	}

	/** @return the network client driver */
	static Driver client() throws SQLException {
		Driver driver = client;
		if (driver == null) {
			try {
				driver = (Driver) clientClass().getConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new SQLException("the Derby network client (" + CLIENT_DRIVER + ") is not available: " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			client = driver;
		}
		return driver;
	}

	private static Class<?> clientClass() throws ClassNotFoundException {
		Bundle self = FrameworkUtil.getBundle(Drivers.class);
		if (self != null && self.getBundleContext() != null) {
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (CLIENT_BUNDLE.equals(bundle.getSymbolicName())) {
					return bundle.loadClass(CLIENT_DRIVER);
				}
			}
		}
		return Class.forName(CLIENT_DRIVER);
	}
}
