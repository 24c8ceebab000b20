package org.jixiao.core.consolidation;

import org.jixiao.core.MessageBundleCheck;
import org.junit.jupiter.api.Test;

/** The consolidation package's message bundles follow the Eclipse NLS conventions. */
class MessagesTest {

	@Test
	void bundlesAreCompleteAndConsistent() throws Exception {
		MessageBundleCheck.check(Messages.class);
	}
}
