package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.PurchaseLedgerContract;

/** The fake keeps the ledger's contract, as the database adapter does. */
class InMemoryPurchaseLedgerContractTest extends PurchaseLedgerContract {

    @Override
    protected PurchaseLedgerPort open() {
        return new InMemoryPurchaseLedger();
    }
}
