package dev.iptvbridge.sandbox.portabilling;

import java.util.List;

/** An account: {@code billStatus} O open, I inactive, C closed. */
record AccountRecord(
        long iAccount, String id, long iCustomer, int iEnv, long iProduct, boolean blocked, String billStatus,
        List<AddonRecord> addons, String activationDate) {

    AccountRecord {
        addons = List.copyOf(addons);
    }

    boolean closed() {
        return "C".equals(billStatus);
    }

    AccountRecord withBillStatus(String status) {
        return new AccountRecord(iAccount, id, iCustomer, iEnv, iProduct, blocked, status, addons, activationDate);
    }
}
