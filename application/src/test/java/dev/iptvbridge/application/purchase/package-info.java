/**
 * The contract of {@link dev.iptvbridge.application.port.out.PurchaseLedgerPort}, shipped in the
 * application's test jar so that every implementation (the fake here, H2 and PostgreSQL in
 * adapter-persistence) runs the same cases; and tests of the pure ledger entry.
 */
package dev.iptvbridge.application.purchase;
