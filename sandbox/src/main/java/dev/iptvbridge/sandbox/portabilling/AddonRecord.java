package dev.iptvbridge.sandbox.portabilling;

/**
 * An add-on assigned to an account.
 *
 * @param effectiveFrom ISO local date-time, e.g. {@code 2026-11-01T00:00:00}
 * @param effectiveTo   ISO local date-time, or {@code null} for "no end"
 */
record AddonRecord(long iProduct, String effectiveFrom, String effectiveTo) {
}
