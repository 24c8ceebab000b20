/**
 * The environment module's page of the evaluation editor, contributed to {@code org.jixiao.ui.modulePages}.
 * Only the workbench loads this package: the bundle needs {@code org.jixiao.ui}, SWT and JFace optionally, so the
 * module's templates, ledgers and feeds work in a product without them.
 */
package org.example.jixiao.module.environment.ui;
