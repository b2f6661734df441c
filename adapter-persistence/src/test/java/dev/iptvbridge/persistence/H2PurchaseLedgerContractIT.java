package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.PurchaseLedgerContract;

/** The purchase ledger's contract on an H2 file database. */
class H2PurchaseLedgerContractIT extends PurchaseLedgerContract {

    private Fixture db;

    @Override
    protected PurchaseLedgerPort open() {
        db = Fixture.open(Engine.H2);
        return new PurchaseLedgerAdapter(db.database);
    }

    @Override
    protected void close() {
        db.close();
    }
}
