/**
 * The HR and Talent module (人事人才) beyond its generated ledger package
 * ({@link org.jixiao.module.hr.ledger}): what its ledgers say at a glance
 * ({@link org.jixiao.module.hr.HrSummary}), headless so that the module's page only shows it.
 */
package org.jixiao.module.hr;
