package org.jixiao.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * TLS of the network server, in Derby's own modes ({@code derby.drda.sslMode}), or of a client of
 * it. For the server, the key store holds its private key and certificate, and in
 * {@link Mode#PEER_AUTHENTICATION} the trust store holds the certificates of the clients it accepts.
 * For a client, the trust store holds the server's certificate (the client refuses any other
 * server), and the key store the client's own key when the server asks for one.
 *
 * @param mode the mode
 * @param keyStore a PKCS#12 key store, or {@code null}
 * @param keyStorePassword its password, or {@code null}
 * @param trustStore a PKCS#12 trust store, or {@code null}
 * @param trustStorePassword its password, or {@code null} for a trust store without one
 */
public record ServerTls(Mode mode, Path keyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword) {

	/** Derby's SSL modes. */
	public enum Mode {
		/** Plain TCP. */
		OFF("off"), //$NON-NLS-1$
		/** Encrypted; the server shows its certificate and asks for none. */
		BASIC("basic"), //$NON-NLS-1$
		/** Encrypted; the server also requires a client certificate that its trust store holds. */
		PEER_AUTHENTICATION("peerAuthentication"); //$NON-NLS-1$

		private final String derbyName;

		Mode(String derbyName) {
			this.derbyName = derbyName;
		}

		/** @return the value of {@code derby.drda.sslMode} and of the client's {@code ssl} attribute */
		public String derbyName() {
			return derbyName;
		}

		/**
		 * @param text {@code off}, {@code basic} or {@code peerAuthentication}, in any case
		 * @return the mode, or {@code null} for any other text
		 */
		public static Mode parse(String text) {
			for (Mode mode : values()) {
				if (mode.derbyName.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
					return mode;
				}
			}
			return null;
		}
	}

	/** @return plain TCP */
	public static ServerTls off() {
		return new ServerTls(Mode.OFF, null, null, null, null);
	}

	/** @return whether the connections are encrypted */
	public boolean enabled() {
		return mode != Mode.OFF;
	}
}
