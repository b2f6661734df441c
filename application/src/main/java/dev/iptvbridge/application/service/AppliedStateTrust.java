package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.DriftedAccountsPort;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.Planner;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * When a reconcile may plan against what the bridge itself last applied instead of reading Minerva
 * first (docs/adr/0018-trust-what-the-bridge-applied.md): the state it wrote less than {@code window}
 * ago, or, for an account it never wrote, "absent" when the desired customer is to be created (a create
 * of a customer that is there answers so, and the reconcile reads and plans again). Otherwise, and
 * always with a zero window, the reconcile reads; so does an account the last comparison found to
 * differ, whose event may have joined the comparison's entry: Minerva was seen to hold something
 * else than the bridge applied.
 */
public final class AppliedStateTrust {

    /** Never trusted: every reconcile reads Minerva first. */
    public static final AppliedStateTrust NEVER = new AppliedStateTrust(null, Clock.systemUTC(), Duration.ZERO);

    private final AppliedStatePort applied;
    private final Clock clock;
    private final Duration window;
    private final DriftedAccountsPort drifted;

    public AppliedStateTrust(AppliedStatePort applied, Clock clock, Duration window) {
        this(applied, clock, window, DriftedAccountsPort.NONE);
    }

    public AppliedStateTrust(AppliedStatePort applied, Clock clock, Duration window, DriftedAccountsPort drifted) {
        this.drifted = requireNonNull(drifted, "drifted is null");
        this.window = requireNonNull(window, "window is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (!window.isZero()) {
            requireNonNull(applied, "applied is null");
        }
        this.applied = applied;
    }

    /** @return the customer to plan against when it may be assumed; empty when Minerva must be read */
    Optional<Optional<IptvCustomer>> assumed(long accountId, DesiredCustomer desired) {
        if (window.isZero() || window.isNegative() || drifted.foundDrifted(accountId)) {
            return Optional.empty();
        }
        Optional<AppliedState> last = applied.find(accountId);
        if (last.isPresent()) {
            boolean fresh = last.get().appliedAt().plus(window).isAfter(clock.instant());
            return fresh ? Optional.of(last.get().customer()) : Optional.empty();
        }
        // Never written by the bridge: only a create is planned blind, since its answer tells whether it was there.
        // Anything else (a customer that must not be there, or kept disabled if present) needs the read.
        return Planner.plan(desired, Optional.empty()).isEmpty() ? Optional.empty() : Optional.of(Optional.empty());
    }
}
