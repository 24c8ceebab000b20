/**
 * The Derby implementation of the store: the migrations ({@code sql/V<n>__<name>.sql}), one JDBC batch
 * per table per save, the audit diff, the holder file that names the process holding an embedded
 * database, and {@link org.jixiao.store.internal.StoreChild}, the plain-Java second process of the
 * locking and crash tests.
 */
package org.jixiao.store.internal;
