package org.jixiao.store.tests;

import java.security.MessageDigest;
import java.util.HexFormat;

/** The SHA-256 of bytes, worked out apart from the store, for comparing. */
final class Digests {

	private Digests() {
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
