package dev.iptvbridge.application.port.in;

/**
 * What a comparison of billing and the IPTV platform is asked to do.
 *
 * @param dryRun        report only: queue nothing
 * @param deleteOrphans also queue orphans, whose reconcile deletes them (never foreign customers)
 */
public record CompareCommand(boolean dryRun, boolean deleteOrphans) {
}
