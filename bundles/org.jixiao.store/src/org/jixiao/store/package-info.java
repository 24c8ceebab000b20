/**
 * Evaluations kept in Apache Derby. {@link org.jixiao.store.EvaluationStore} opens an embedded
 * database (by default {@code ~/.jixiao/db}, overridden by the system property {@code jixiao.db})
 * or a Derby Network Server ({@code jdbc:derby://host:port/name} with a user and password) and saves,
 * loads, lists, copies and deletes evaluations, each save one transaction with its score and its
 * field-level audit trail. The tables mirror the metamodel (schema {@code JIXIAO}, created and
 * upgraded by numbered migrations), so reports can query them with SQL. The embedded single-user
 * store has no accounts and needs none. {@link org.jixiao.store.EvidenceStore} keeps the evidence
 * files (佐证材料) of indicator rows and ledger entries as BLOBs beside their evaluation, each added or
 * removed in a transaction of its own and audited. {@link org.jixiao.store.EvaluationStore#consolidation(int)}
 * reads the finance bureau's consolidation of a year in two queries (the evaluations of the year and
 * the year before, and the deviations counted by the database), through the views of a restricted
 * session like every read.
 * <p>
 * {@link org.jixiao.store.ReviewWorkflow} carries an evaluation along the review chain
 * 单位填报 → 主管部门审核 → 财政审核 ({@link org.jixiao.store.ReviewState}): a submission freezes the
 * unit's copy and keeps it as XMI with its SHA-256 (every submission is kept), a reviewer returns it
 * with comments on its rows or the bureau confirms it with score adjustments within the rule set's
 * bands (复核得分 beside 自评得分), and a confirmed evaluation may get a rectification notice (整改).
 * Each step is one compare-and-set on the state, with its event and audit row, in one transaction.
 * {@link org.jixiao.store.EvaluationStore#announce} tells an editor who else has its evaluation open.
 *
 * <h2>The network server and its accounts</h2>
 * {@link org.jixiao.store.DerbyServer} serves one store to {@link org.jixiao.store.Accounts accounts}
 * of that store, each with one {@link org.jixiao.store.Role}. What Derby 10.17 decides, read in its
 * source, and what follows from it:
 * <ul>
 * <li><b>Which properties apply.</b> A system property of the JVM beats a database property, which
 * beats {@code derby.properties}; but a database with {@code derby.database.propertiesOnly=true}
 * reads its own properties only, and a database whose own {@code derby.authentication.provider} is
 * NATIVE keeps it whatever the system says. So system-wide authentication cannot govern a database
 * that brings its own: any Derby store on the machine with its own owner and password would let that
 * owner in through the server, and the owner of a database may declare Java routines, which run any
 * static method of the server's process (there is no Java security manager on Java 25, so Derby's
 * policy-file protections do not apply).</li>
 * <li><b>When authentication runs.</b> A connection to an existing database first boots it (lock
 * file, recovery, and any {@code restoreFrom} or {@code createFrom} attribute), then authenticates
 * with the database's own provider. Only a new database ({@code create=true}) is checked first, by
 * the system-wide provider. A system-wide provider, a NATIVE credentials database
 * ({@code NATIVE:db}, {@code NATIVE:db:LOCAL}) or a class implementing Derby's
 * {@code UserAuthenticator}, is asked with a {@code null} database name for what belongs to no
 * database: stopping the engine, the network server's {@code shutdown} command, and creating a
 * database (the connection attributes, {@code create=true} among them, come with it). With NATIVE,
 * any valid user passes, so any account could stop the server.</li>
 * <li><b>Which commands are guarded.</b> Of the network server's commands only {@code shutdown}
 * authenticates (with the system-wide provider). {@code runtimeinfo}, {@code sysinfo},
 * {@code properties}, {@code trace}, {@code tracedirectory}, {@code logconnections},
 * {@code maxthreads} and {@code timeslice} answer anyone connecting from an address of the server's
 * machine (the bound address, {@code localhost}, the host's own name); no property changes that.</li>
 * </ul>
 * Hence the design, each part the simplest Derby offers for its job:
 * <ol>
 * <li><b>Only the served directory can be opened.</b> While it serves, the process names its own
 * storage for Derby's directory databases ({@code derby.subSubProtocol.directory}, Derby's
 * documented pluggable storage): it is Derby's directory storage for the served directory and refuses
 * every other before Derby has read, booted, locked or created anything there; in-memory, jar,
 * class-path and URL databases are refused outright. No other store, new store or in-memory store is
 * reachable, whatever credentials a client gives.</li>
 * <li><b>Authentication for the whole server.</b> {@code derby.connection.requireAuthentication}
 * and a system-wide {@code UserAuthenticator} of this bundle, set as system properties: it admits to
 * stop the server or the engine only a user whom the served database authenticates and who holds
 * its {@code ADMIN} role (or owns it), and admits nobody to create a database.</li>
 * <li><b>The served database enforces the roles.</b> It keeps Derby's NATIVE authentication local to
 * it, which turns SQL authorization on. Its owner (the user who first started the server on it)
 * creates the roles {@code FILLER}, {@code SUPERVISOR}, {@code BUREAU} and {@code ADMIN} (Derby SQL
 * roles), grants them the table privileges (the audit trail only read and appended, the accounts
 * only read by {@code ADMIN}), grants {@code ADMIN} Derby's backup procedure and the account
 * procedures, which run with the owner's rights (creating users and schemas and granting roles are
 * the owner's alone in Derby); and gives every other user a schema of its name that the owner owns,
 * so that no account can create a procedure, function, type or table anywhere: in Derby only a
 * schema's owner creates objects in it. A session gets its role's privileges once it sets the role;
 * the store sets it on every connection.</li>
 * <li><b>Each account's rows only.</b> Derby has SQL authorization but no row-level security; the
 * served database builds it from views, triggers and grants
 * ({@link org.jixiao.store.internal.RowAccess}, which says why not a schema per unit or routines):
 * a 填报 account reads through views (schema {@code VISIBLE}) that show only its unit's
 * evaluations ({@code EVALUATION.UNIT}, the department's name as saved, against the account's unit),
 * a 主管部门审核 account those of its 主管部门 ({@code EVALUATION.SUPERVISOR}), the bureau and the
 * administrators all; triggers on every table of an evaluation refuse any statement that writes a
 * row its account may not (another unit's, a submitted one's content, a review step of another
 * role, a step signed in another account's name); and each role holds only the privileges its part
 * needs. Plain JDBC and {@code ij} meet the same rules as the product.</li>
 * <li><b>The files are the server's.</b> Its database directory is made accessible to the server's
 * account only, and every file Derby creates while serving is readable by that account only
 * ({@code derby.storage.useDefaultFilePermissions=false}): Derby does not encrypt the data.</li>
 * <li><b>The database is booted before the server listens</b>, and stays booted: a booted database
 * ignores the {@code restoreFrom} and {@code createFrom} attributes a client could send. Only its
 * owner may shut it down (or Derby, after a severe error); then the storage refuses to boot it again
 * and the server stops, rather than let the next client's {@code restoreFrom} replace it with a
 * backup of its choosing before anyone is authenticated. The process stops its own server and engine
 * with a random secret made at the start, known to its memory only.</li>
 * <li><b>TLS</b> in Derby's own modes ({@code derby.drda.sslMode}): {@code basic} encrypts,
 * {@code peerAuthentication} also demands a client certificate that the server trusts, before any
 * byte of a connection or command is read. Clients check the server's certificate with Derby's
 * {@code ;ssl=peerAuthentication} and a trust store ({@code ;ssl=basic} encrypts but trusts any
 * certificate). Derby 10.17's {@code NetworkServerControl} cannot send commands over TLS (its socket
 * set-up falls through from the SSL cases to a plain socket), so the product sends its two commands,
 * ping and an administrator's shutdown, itself.</li>
 * </ol>
 * The residual risk, from the unguarded commands, with plain TCP or {@code basic} TLS: any local
 * user can read {@code runtimeinfo} (sessions, user names, the SQL of prepared statements, not their
 * values) and {@code sysinfo} (Java and Derby versions, paths), change {@code maxthreads} and
 * {@code timeslice} (slowing the server), and turn on connection logging and tracing into a
 * directory of its choice that the server's account can write. A trace holds the sessions' bytes,
 * passwords included; Derby makes it, like every file it creates here, readable by the server's
 * account only ({@code derby.storage.useDefaultFilePermissions=false}), but it may fill a disk, and
 * a trace file name that already is a symbolic link is followed. {@code peerAuthentication} closes
 * all of it (no certificate, no command); so does a server account that can write nothing but its
 * database (the systemd unit of {@code docs/server.md}). The owner of the database is trusted with
 * everything Derby lets an owner do; an {@code ADMIN} who is not the owner cannot change the owner's
 * password.
 */
package org.jixiao.store;
