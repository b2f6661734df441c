package dev.iptvbridge.application.port.out;

import java.util.Locale;

/** How an account differs between billing and the IPTV platform, as a comparison finds it. */
public enum DriftKind {
    /** Should exist in the platform and does not. */
    MISSING,
    /** Held disabled, should be enabled. */
    SHOULD_BE_ENABLED,
    /** Held enabled, should be disabled. */
    SHOULD_BE_DISABLED,
    /** Held with other packages than its entitlement. */
    WRONG_PACKAGES,
    /** Held with another login, name or whole-home DVR switch. */
    WRONG_PROFILE,
    /** A closed account, or one billing purged after the bridge provisioned it, still held. */
    SHOULD_BE_DELETED,
    /** Held with a numeric {@code externalId} billing does not know, and the bridge never provisioned. */
    ORPHAN,
    /** Held with an {@code externalId} that is not an account id: counted, never touched. */
    FOREIGN;

    /** The name in reports and metrics: {@code wrong_packages}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
