/**
 * The ledgers (台账) of business modules: the module data an evaluation holds
 * ({@link org.jixiao.model.evaluation.ModuleData}, subclassed in each module's own EPackage), and the
 * feeds that compute indicators' actual values from them ({@link org.jixiao.core.ledger.LedgerFeeds}).
 */
package org.jixiao.core.ledger;
