package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.time.Instant;
import java.util.Optional;

/** What the bridge last left in the IPTV platform for an account; empty customer when it deleted it. */
public record AppliedState(long accountId, Optional<IptvCustomer> customer, Instant appliedAt) {

    public AppliedState {
        requireNonNull(customer, "customer is null");
        requireNonNull(appliedAt, "appliedAt is null");
    }
}
