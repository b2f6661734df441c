package dev.iptvbridge.application.port.in;

/** How many keys a sweep queued: billing accounts, and Minerva customers billing may have forgotten. */
public record ReconcileAllResult(long billingAccounts, long minervaCustomers, long queued) {
}
