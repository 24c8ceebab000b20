/**
 * How a business module contributes its own page to the evaluation editor. The editor shows one
 * page per module whose id occurs in the evaluation's indicators; it asks the
 * {@link org.jixiao.ui.editor.ModuleEditorPageProvider} service (which this bundle
 * registers over the module registry) for the module (title, icon, templates) and for a
 * {@link org.jixiao.ui.editor.ModuleEditorPage}, and falls back to a generic table of the module's
 * indicators with "add from the template library".
 */
package org.jixiao.ui.editor;
