/**
 * The headless {@code jixiao} application: picocli commands run inside the OSGi runtime of the
 * product, with progress and errors on stderr and results on stdout.
 */
package org.jixiao.cli.internal;
