/**
 * The purchase ledger's entry as a pure value: its states (seen, charging, charged, crediting,
 * refunded, parked) and every transition between them. The persistence adapter stores it as a row
 * and the in-memory fake keeps it in a map, so both follow one set of rules; the contract suite of
 * {@link dev.iptvbridge.application.port.out.PurchaseLedgerPort} checks that they do.
 */
package dev.iptvbridge.application.purchase;
