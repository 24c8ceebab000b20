/**
 * The Derby implementation of the store: the migrations ({@code sql/V<n>__<name>.sql}), one JDBC batch
 * per table per save, the audit diff and the holder file that names the process holding an embedded
 * database. The network server's parts: {@link org.jixiao.store.internal.ServerProcess}
 * starts and stops it, {@link org.jixiao.store.internal.ServerGuard} sets the process's Derby settings
 * while it serves ({@link org.jixiao.store.internal.ServedStorage},
 * {@link org.jixiao.store.internal.ServerAuthenticator}), {@link org.jixiao.store.internal.ServerDatabases}
 * locks the served database down, {@link org.jixiao.store.internal.AccountProcedures} are its account
 * procedures and {@link org.jixiao.store.internal.DerbyAccounts} their client.
 */
package org.jixiao.store.internal;
