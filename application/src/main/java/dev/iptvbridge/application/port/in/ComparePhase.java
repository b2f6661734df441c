package dev.iptvbridge.application.port.in;

/** The phases a comparison reports progress in, as the {@code what} of {@link ProgressListener}. */
public final class ComparePhase {

    public static final String BILLING_ACCOUNTS = "reading billing accounts";
    public static final String BILLING_CUSTOMERS = "reading billing customers";
    public static final String MINERVA = "reading Minerva customers";
    public static final String INDEXING = "indexing the snapshot";
    public static final String COMPARING = "comparing";
    public static final String RECONCILING = "reconciling queued accounts";

    private ComparePhase() {
    }
}
