package dev.iptvbridge.sandbox.portabilling;

/** A customer: {@code billStatus} O open, S suspended, C closed. */
record CustomerRecord(long iCustomer, String name, int iEnv, String billStatus, boolean blocked) {

    boolean closed() {
        return "C".equals(billStatus);
    }
}
