/**
 * What the tests share and the product does not ship (this bundle is in no feature):
 * {@link org.jixiao.testing.TableContent}, what of an evaluation the official table holds, the contract
 * of the .xlsx round trip; {@link org.jixiao.testing.SyntheticEvaluations}, reproducible evaluations of
 * any size for the store's tests and the benchmarks; {@link org.jixiao.testing.StoreChild}, the
 * plain-Java second process of the store's locking and crash tests.
 */
package org.jixiao.testing;
