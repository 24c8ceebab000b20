/**
 * The example environment (生态环保) module's own validation constraint. The module itself is declared in
 * {@code plugin.xml}, its indicators and feeds in {@code templates/environment.json}, its ledgers in
 * {@code model/environment.ecore} (generated into {@code ...environment.ledger}) and its page in
 * {@code ...environment.ui}.
 */
package org.example.jixiao.module.environment;
