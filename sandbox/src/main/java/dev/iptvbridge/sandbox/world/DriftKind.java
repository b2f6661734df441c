package dev.iptvbridge.sandbox.world;

import java.util.Locale;

/** The kinds of drift a comparison of billing and Minerva reports, by the name it reports them under. */
public enum DriftKind {
    /** An account that should have a Minerva customer has none. */
    MISSING,
    /** Minerva holds it disabled; billing says it may watch. */
    SHOULD_BE_ENABLED,
    /** Minerva holds it enabled; billing says it is blocked (or its customer suspended). */
    SHOULD_BE_DISABLED,
    /** Enabled, with other packages than the catalog gives. */
    WRONG_PACKAGES,
    /** Enabled, with another login, name or whole-home DVR switch. */
    WRONG_PROFILE,
    /** A closed account still in Minerva. */
    SHOULD_BE_DELETED,
    /** A Minerva customer whose numeric externalId billing does not know. */
    ORPHAN,
    /** A Minerva customer whose externalId is not numeric. */
    FOREIGN;

    /** As reported and as written in a scenario: {@code should_be_enabled}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming every kind when {@code key} is none of them */
    public static DriftKind of(String key) {
        for (DriftKind kind : values()) {
            if (kind.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        StringBuilder known = new StringBuilder();
        for (DriftKind kind : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(kind.key());
        }
        throw new IllegalArgumentException("unknown kind of drift '" + key + "': use one of " + known);
    }

    /** Drift of an account billing knows (the others are Minerva customers without one). */
    boolean ofAccount() {
        return this != ORPHAN && this != FOREIGN;
    }

    /** Needs an account that billing lets watch: open, not blocked, of an open customer, with IPTV. */
    boolean needsWatchingAccount() {
        return this == MISSING || this == SHOULD_BE_ENABLED || this == WRONG_PACKAGES || this == WRONG_PROFILE;
    }
}
