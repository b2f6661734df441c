package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAllResult;

/**
 * What {@code reconcile-all} queued.
 *
 * @param billingAccounts  billing accounts queued
 * @param minervaCustomers Minerva customers queued (billing may have forgotten some)
 * @param queued           keys queued, both together; an account met on both sides is still one entry
 */
record ReconcileAllView(long billingAccounts, long minervaCustomers, long queued) {

    static ReconcileAllView of(ReconcileAllResult result) {
        return new ReconcileAllView(result.billingAccounts(), result.minervaCustomers(), result.queued());
    }

    String sentence() {
        return "queued " + billingAccounts + " billing accounts and " + minervaCustomers
                + " Minerva customers; a running daemon reconciles them";
    }
}
