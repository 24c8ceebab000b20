/** The parts of the Jixiao workbench window; contributed through {@code Application.e4xmi}. */
package org.jixiao.ui.internal;
