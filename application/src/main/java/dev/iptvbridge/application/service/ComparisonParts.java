package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.CustomerListPort;
import dev.iptvbridge.application.port.out.PlatformListingPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import jakarta.inject.Inject;

/** What a comparison run is made of: the reading of the two systems and the walk over what they listed. */
public final class ComparisonParts {

    private final SnapshotLoader loader;
    private final DriftWalk walk;
    private final ComparisonSnapshotPort snapshot;
    private final ServedEnvironment served;

    @Inject
    public ComparisonParts(BillingPort billing, CustomerListPort customers, PlatformListingPort platform,
                           ComparisonSnapshotPort snapshot, WorkQueuePort queue, ProvisioningPolicy policy,
                           ServedEnvironment served, ComparisonSettings settings) {
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.served = requireNonNull(served, "served is null");
        this.loader = new SnapshotLoader(billing, customers, platform, snapshot, served, settings);
        this.walk = new DriftWalk(snapshot, queue, new DriftClassifier(policy));
    }

    SnapshotLoader loader() {
        return loader;
    }

    DriftWalk walk() {
        return walk;
    }

    ComparisonSnapshotPort snapshot() {
        return snapshot;
    }

    ServedEnvironment served() {
        return served;
    }
}
