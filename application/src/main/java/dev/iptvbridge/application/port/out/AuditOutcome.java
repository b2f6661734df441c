package dev.iptvbridge.application.port.out;

/** How the recorded action ended. */
public enum AuditOutcome { OK, FAILED, SKIPPED }
