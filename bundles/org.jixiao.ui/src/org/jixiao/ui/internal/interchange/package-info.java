/**
 * Import of official .xlsx/.xls tables and XMI files into the store, with a preview of what comes in
 * and of the problems found, and export of an evaluation as .xlsx or XMI.
 */
package org.jixiao.ui.internal.interchange;
