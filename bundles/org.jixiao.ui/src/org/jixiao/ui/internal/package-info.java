/** The Jixiao workbench window's welcome part and its translated text; contributed through {@code Application.e4xmi}. */
package org.jixiao.ui.internal;
