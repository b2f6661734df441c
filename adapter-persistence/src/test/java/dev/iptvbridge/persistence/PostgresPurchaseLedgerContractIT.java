package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.PurchaseLedgerContract;

/** The purchase ledger's contract on PostgreSQL, in a fresh schema. */
class PostgresPurchaseLedgerContractIT extends PurchaseLedgerContract {

    private Fixture db;

    @Override
    protected PurchaseLedgerPort open() {
        db = Fixture.open(Engine.POSTGRES);
        return new PurchaseLedgerAdapter(db.database);
    }

    @Override
    protected void close() {
        db.close();
    }
}
