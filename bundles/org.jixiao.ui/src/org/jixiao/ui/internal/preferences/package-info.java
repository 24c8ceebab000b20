/** The preferences dialog over the instance-scope node of {@link org.jixiao.ui.preferences.JixiaoPreferences}. */
package org.jixiao.ui.internal.preferences;
