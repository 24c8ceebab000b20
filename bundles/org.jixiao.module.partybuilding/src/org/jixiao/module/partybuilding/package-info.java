/**
 * The Party Building module (党建) beyond its generated ledger package
 * ({@link org.jixiao.module.partybuilding.ledger}): what its ledgers say at a glance
 * ({@link org.jixiao.module.partybuilding.PartyBuildingSummary}), headless so that the module's page
 * only shows it.
 */
package org.jixiao.module.partybuilding;
