package org.jixiao.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The server's TLS context as Derby's network server gets it ({@code SSLServerSocketFactory.getDefault()}
 * while {@link ServerProcess} starts it): the same keys and trust, but every connection the server
 * accepts sends each write at once (TCP_NODELAY), which Derby does not set on the server's side.
 * <p>
 * Why: over TLS a reply of Derby's (a query block of up to 32 KiB) leaves as several TLS records,
 * one write each. With Nagle's algorithm the second write waits until the client acknowledges the
 * first, and the client, waiting for the rest of the block, delays its acknowledgement (40 ms on
 * Linux): one stall per block. The bureau's list of 2,000 evaluations (eight blocks) took at least
 * 288 ms so, 48 ms without; every reply of more than one record (an evaluation's 60 indicator rows)
 * stalled likewise. Without TLS a reply is one write and never waited.
 */
final class NoDelaySslContext extends SSLContext {

	/** @param context the server's context, initialized */
	NoDelaySslContext(SSLContext context) {
		super(new Spi(context), context.getProvider(), context.getProtocol());
	}

	private static final class Spi extends SSLContextSpi {
		private final SSLContext context;

		Spi(SSLContext context) {
			this.context = context;
		}

		@Override
		protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
			throw new UnsupportedOperationException("initialized already"); //$NON-NLS-1$
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			return context.getSocketFactory();
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			return new Factory(context);
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			return context.createSSLEngine();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			return context.createSSLEngine(host, port);
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			return context.getServerSessionContext();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			return context.getClientSessionContext();
		}
	}

	private static final class Factory extends SSLServerSocketFactory {
		private final SSLContext context;

		Factory(SSLContext context) {
			this.context = context;
		}

		@Override
		public String[] getDefaultCipherSuites() {
			return context.getDefaultSSLParameters().getCipherSuites();
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return context.getSupportedSSLParameters().getCipherSuites();
		}

		@Override
		public ServerSocket createServerSocket() throws IOException {
			return new Listener(context);
		}

		@Override
		public ServerSocket createServerSocket(int port) throws IOException {
			return createServerSocket(port, 50, null);
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog) throws IOException {
			return createServerSocket(port, backlog, null);
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
			Listener listener = new Listener(context);
			listener.bind(new InetSocketAddress(address, port), backlog);
			return listener;
		}
	}

	/**
	 * A TCP server socket that makes each connection it accepts a server-side TLS socket over it,
	 * with TCP_NODELAY, and with the TLS parameters set on this server socket.
	 */
	private static final class Listener extends SSLServerSocket {
		private final SSLContext context;
		private SSLParameters parameters;
		private boolean sessionCreation = true;

		Listener(SSLContext context) throws IOException {
			super();
			this.context = context;
			this.parameters = context.getDefaultSSLParameters();
		}

		@Override
		public Socket accept() throws IOException {
			Socket plain = new Socket();
			implAccept(plain);
			try {
				plain.setTcpNoDelay(true);
				SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
				socket.setUseClientMode(false);
				synchronized (this) {
					socket.setSSLParameters(parameters);
					socket.setEnableSessionCreation(sessionCreation);
				}
				return socket;
			} catch (IOException | RuntimeException e) {
				plain.close();
				throw e;
			}
		}

		@Override
		public synchronized String[] getEnabledCipherSuites() {
			return parameters.getCipherSuites();
		}

		@Override
		public synchronized void setEnabledCipherSuites(String[] suites) {
			parameters.setCipherSuites(suites);
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return context.getSupportedSSLParameters().getCipherSuites();
		}

		@Override
		public String[] getSupportedProtocols() {
			return context.getSupportedSSLParameters().getProtocols();
		}

		@Override
		public synchronized String[] getEnabledProtocols() {
			return parameters.getProtocols();
		}

		@Override
		public synchronized void setEnabledProtocols(String[] protocols) {
			parameters.setProtocols(protocols);
		}

		@Override
		public synchronized void setNeedClientAuth(boolean need) {
			parameters.setNeedClientAuth(need);
		}

		@Override
		public synchronized boolean getNeedClientAuth() {
			return parameters.getNeedClientAuth();
		}

		@Override
		public synchronized void setWantClientAuth(boolean want) {
			parameters.setWantClientAuth(want);
		}

		@Override
		public synchronized boolean getWantClientAuth() {
			return parameters.getWantClientAuth();
		}

		@Override
		public void setUseClientMode(boolean mode) {
			if (mode) {
				throw new IllegalArgumentException("a server socket's connections are servers"); //$NON-NLS-1$
			}
		}

		@Override
		public boolean getUseClientMode() {
			return false;
		}

		@Override
		public synchronized void setEnableSessionCreation(boolean flag) {
			sessionCreation = flag;
		}

		@Override
		public synchronized boolean getEnableSessionCreation() {
			return sessionCreation;
		}

		@Override
		public synchronized SSLParameters getSSLParameters() {
			return copy(parameters);
		}

		@Override
		public synchronized void setSSLParameters(SSLParameters given) {
			parameters = copy(given);
		}

		private static SSLParameters copy(SSLParameters from) {
			SSLParameters to = new SSLParameters(from.getCipherSuites(), from.getProtocols());
			to.setNeedClientAuth(from.getNeedClientAuth());
			if (!from.getNeedClientAuth()) {
				to.setWantClientAuth(from.getWantClientAuth());
			}
			to.setAlgorithmConstraints(from.getAlgorithmConstraints());
			to.setEndpointIdentificationAlgorithm(from.getEndpointIdentificationAlgorithm());
			to.setServerNames(from.getServerNames());
			to.setSNIMatchers(from.getSNIMatchers());
			to.setUseCipherSuitesOrder(from.getUseCipherSuitesOrder());
			to.setApplicationProtocols(from.getApplicationProtocols());
			return to;
		}
	}
}
