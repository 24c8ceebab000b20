/** The parts that follow the active evaluation editor: Problems, Outline and Properties. */
package org.jixiao.ui.internal.views;
