/** The workers that drain the queue, and the housekeeping that runs beside them. */
package dev.iptvbridge.embedded.internal.worker;
