/** Internal: the worker scheduler (the workers that drain the queue, and the housekeeping beside them). */
package dev.iptvbridge.embedded.internal.worker;
