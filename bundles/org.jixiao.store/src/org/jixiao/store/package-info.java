/**
 * Evaluations kept in Apache Derby. {@link org.jixiao.store.EvaluationStore} opens an embedded
 * database (by default {@code ~/.jixiao/db}, overridden by the system property {@code jixiao.db}) or
 * a Derby Network Server ({@code jdbc:derby://host:port/name} with a user and password) and saves,
 * loads, lists, copies and deletes evaluations, each save one transaction with its score and its
 * field-level audit trail. The tables mirror the metamodel (schema {@code JIXIAO}, created and
 * upgraded by numbered migrations), so reports can query them with SQL. {@link org.jixiao.store.DerbyServer}
 * runs the network server with Derby's NATIVE authentication.
 */
package org.jixiao.store;
