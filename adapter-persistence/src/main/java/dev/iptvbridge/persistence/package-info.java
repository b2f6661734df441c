/**
 * The persistence adapter: the durable inbox, the account work queue, the audit log and the
 * applied state on H2 or PostgreSQL, through Jdbi, Flyway and HikariCP. {@link
 * dev.iptvbridge.persistence.Database} owns the pool and the migrations; {@link
 * dev.iptvbridge.persistence.PersistenceAdapter} implements the ports. Everything else, the
 * schema included, is private to this package: one DAO per table, with its SQL beside it.
 */
package dev.iptvbridge.persistence;
