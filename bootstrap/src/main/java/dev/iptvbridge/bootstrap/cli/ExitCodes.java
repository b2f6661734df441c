package dev.iptvbridge.bootstrap.cli;

/** Exit codes scripts can rely on (documented in docs/operations.md). */
public final class ExitCodes {

    /** Done as asked. */
    public static final int OK = 0;
    /** The operation ran and failed: Minerva or PortaBilling refused or could not be reached. */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's own code). */
    public static final int USAGE = 2;
    /** The configuration or catalog is not usable; the message names the key and the fix. */
    public static final int CONFIG = 3;
    /**
     * The database cannot be reached or migrated, or its schema does not fit: missing or older for a
     * command that only reads (run {@code migrate}), newer than this release (never taken down).
     */
    public static final int DATABASE = 4;
    /** Busy: another owner holds what the command needs (an account's lease); try again later. */
    public static final int TRY_AGAIN = 5;

    private ExitCodes() {
    }
}
