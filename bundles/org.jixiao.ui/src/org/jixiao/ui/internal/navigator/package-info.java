/** The evaluations navigator and the opening of evaluations in editors. */
package org.jixiao.ui.internal.navigator;
