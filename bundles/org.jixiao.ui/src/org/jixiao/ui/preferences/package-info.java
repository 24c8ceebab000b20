/**
 * The keys of the workbench's preferences, kept in the instance scope node
 * {@link org.jixiao.ui.preferences.JixiaoPreferences#NODE}, so that the store and the report
 * bundles read the same settings (database, rule set, audit user, report fonts) the officer set.
 */
package org.jixiao.ui.preferences;
