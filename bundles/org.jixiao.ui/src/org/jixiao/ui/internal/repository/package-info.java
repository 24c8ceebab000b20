/** The built-in {@link org.jixiao.ui.EvaluationRepository}: a folder of XMI files. */
package org.jixiao.ui.internal.repository;
