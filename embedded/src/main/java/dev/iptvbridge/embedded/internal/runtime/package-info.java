/** Internal: the running parts of an embedded bridge (migrate, workers, housekeeping), driven by the public face. */
package dev.iptvbridge.embedded.internal.runtime;
