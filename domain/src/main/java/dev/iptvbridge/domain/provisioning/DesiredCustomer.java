package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Entitlement;
import java.util.Optional;

/** What the IPTV platform should hold for one account, computed from billing and the catalog. */
public sealed interface DesiredCustomer {

    long account();

    /** Why the account may not watch; empty when it is enabled. */
    Optional<Reason> reason();

    /** Calls the visitor's method for this state; a new state fails to compile until every visitor has one. */
    <R> R accept(Visitor<R> visitor);

    /** One method per desired state: the way to dispatch on one without a fallback that would hide a new state. */
    interface Visitor<R> {
        R absent(Absent desired);

        R disabled(Disabled desired);

        R enabled(Enabled desired);
    }

    /** No customer at all: the account is terminated, so an existing one is deleted. */
    record Absent(long account, Reason cause) implements DesiredCustomer {
        public Absent {
            requireNonNull(cause, "cause is null");
        }

        @Override
        public Optional<Reason> reason() {
            return Optional.of(cause);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.absent(this);
        }
    }

    /**
     * Kept but disabled, with its packages untouched. An account that never had IPTV is not
     * created only to be disabled: when the platform holds nothing, nothing is done.
     */
    record Disabled(long account, Profile profile, Reason cause) implements DesiredCustomer {
        public Disabled {
            requireNonNull(profile, "profile is null");
            requireNonNull(cause, "cause is null");
        }

        @Override
        public Optional<Reason> reason() {
            return Optional.of(cause);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.disabled(this);
        }
    }

    /** Enabled, with exactly the packages and switches of its entitlement. */
    record Enabled(long account, Profile profile, Entitlement entitlement) implements DesiredCustomer {
        public Enabled {
            requireNonNull(profile, "profile is null");
            requireNonNull(entitlement, "entitlement is null");
        }

        @Override
        public Optional<Reason> reason() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.enabled(this);
        }

        public IptvCustomer asCustomer() {
            return new IptvCustomer(account, profile.login(), profile.name(), IptvStatus.ENABLED,
                    entitlement.minervaPackages(), entitlement.wholeHomeDvr());
        }
    }
}
