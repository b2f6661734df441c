/**
 * The soak and chaos run: an hour (by default) of account changes in the PortaBilling simulator
 * delivered to two daemons on one PostgreSQL, with Minerva faults, a Minerva outage, a PostgreSQL
 * restart and a daemon killed with {@code kill -9}. Not a test: {@code bench/soak} runs {@link
 * dev.iptvbridge.bootstrap.soak.Soak}; docs/reliability.md says what it checks.
 */
package dev.iptvbridge.bootstrap.soak;
