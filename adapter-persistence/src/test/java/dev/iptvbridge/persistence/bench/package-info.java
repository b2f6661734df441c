/** A throughput benchmark of the persistence adapter against plain JDBC, run by hand (see docs/performance.md). */
package dev.iptvbridge.persistence.bench;
