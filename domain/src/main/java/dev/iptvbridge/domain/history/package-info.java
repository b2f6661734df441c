/**
 * Service history: per account and service package, the periods during which it was enabled,
 * disabled (with the billing reason) or absent in Minerva, derived from what the bridge applied.
 * Stored as change points ({@link dev.iptvbridge.domain.history.ServiceChange}); periods are cut
 * from them for any window ({@link dev.iptvbridge.domain.history.ServiceHistory}).
 */
package dev.iptvbridge.domain.history;
