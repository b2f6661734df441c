package dev.iptvbridge.application.port.in;

import dev.iptvbridge.application.port.out.ComparisonRecord;
import java.util.Optional;

/**
 * Compares every account of the served environment with every customer of the IPTV platform from
 * the two systems' lists alone (no call per account), records the differences and, unless it is a
 * dry run, queues each differing account for a reconcile. Progress phases are named by
 * {@link ComparePhase}.
 */
public interface CompareSystemsUseCase {

    /**
     * @return the run, or empty when another comparison holds the lease (in this or another bridge)
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the run could not finish
     */
    Optional<ComparisonRecord> compare(CompareCommand command, ProgressListener progress);
}
