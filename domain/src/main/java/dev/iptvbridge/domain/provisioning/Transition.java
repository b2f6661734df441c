package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The lifecycle transition that a plan amounts to, with the billing reason when there is one. */
public record Transition(TransitionKind kind, Optional<Reason> reason) {

    public static final Transition NONE = new Transition(TransitionKind.NONE, Optional.empty());

    public Transition {
        requireNonNull(kind, "kind is null");
        requireNonNull(reason, "reason is null");
    }

    /** The transition from {@code before} to {@code after}, for an account whose desired state is {@code desired}. */
    public static Transition between(Optional<IptvCustomer> before, Optional<IptvCustomer> after, DesiredCustomer desired) {
        Optional<Reason> reason = desired.reason();
        if (before.isEmpty()) {
            return after.filter(IptvCustomer::isEnabled).map(c -> of(TransitionKind.ACTIVATED, reason)).orElse(NONE);
        }
        if (after.isEmpty()) {
            return of(TransitionKind.TERMINATED, reason);
        }
        IptvCustomer from = before.get();
        IptvCustomer to = after.get();
        if (from.isEnabled() && !to.isEnabled()) {
            return of(TransitionKind.SUSPENDED, reason);
        }
        if (!from.isEnabled() && to.isEnabled()) {
            return of(TransitionKind.RESUMED, reason);
        }
        if (to.isEnabled() && (!from.packages().equals(to.packages()) || from.wholeHomeDvr() != to.wholeHomeDvr())) {
            return of(TransitionKind.PACKAGES_CHANGED, reason);
        }
        return NONE;
    }

    private static Transition of(TransitionKind kind, Optional<Reason> reason) {
        return new Transition(kind, reason);
    }
}
