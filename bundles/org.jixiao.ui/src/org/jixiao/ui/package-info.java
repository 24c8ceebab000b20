/**
 * The workbench's view of where evaluations live. {@link org.jixiao.ui.EvaluationRepository} is the
 * one service the navigator and the editor use to list, load and save evaluations; this bundle
 * brings an implementation over a folder of XMI files, and a store bundle may register one of
 * higher service ranking (a Derby database) that the workbench then uses instead.
 */
package org.jixiao.ui;
