/**
 * The contract of {@link dev.iptvbridge.application.port.out.WorkQueuePort}, shipped in the
 * application's test jar so that every implementation (the fake here, H2 and PostgreSQL in
 * adapter-persistence) runs the same cases; and tests of the pure queue entry.
 */
package dev.iptvbridge.application.queue;
