/**
 * The example environment (生态环保) module's own validation constraint; the module itself is declared in
 * {@code plugin.xml} and its indicators in {@code templates/environment.json}.
 */
package org.example.jixiao.module.environment;
