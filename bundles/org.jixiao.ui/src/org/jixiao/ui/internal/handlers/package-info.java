/** The handlers of the commands in {@code Application.e4xmi}; the editor ones act on the active evaluation editor. */
package org.jixiao.ui.internal.handlers;
