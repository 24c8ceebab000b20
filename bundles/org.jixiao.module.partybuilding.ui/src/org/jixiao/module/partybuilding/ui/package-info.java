/**
 * The Party Building module's page of the evaluation editor
 * ({@link org.jixiao.module.partybuilding.ui.PartyBuildingPage}), contributed to
 * {@code org.jixiao.ui.modulePages}.
 */
package org.jixiao.module.partybuilding.ui;
