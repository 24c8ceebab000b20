/**
 * How a business module contributes its own page to the evaluation editor. The editor shows one
 * page per module whose id occurs in the evaluation's indicators; it asks the
 * {@link org.jixiao.ui.editor.ModuleEditorPageProvider} service (which the module registry
 * registers) for the page's title and for a {@link org.jixiao.ui.editor.ModuleEditorPage}, and
 * falls back to a generic table of the module's indicators.
 */
package org.jixiao.ui.editor;
