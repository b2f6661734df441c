package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Entitlement;
import java.util.Optional;

/** What the IPTV platform should hold for one account, computed from billing and the catalog. */
public sealed interface DesiredCustomer {

    long account();

    /** Why the account may not watch; empty when it is enabled. */
    Optional<Reason> reason();

    /** No customer at all: the account is terminated, so an existing one is deleted. */
    record Absent(long account, Reason cause) implements DesiredCustomer {
        public Absent {
            requireNonNull(cause, "cause is null");
        }

        @Override
        public Optional<Reason> reason() {
            return Optional.of(cause);
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

        public IptvCustomer asCustomer() {
            return new IptvCustomer(account, profile.login(), profile.name(), IptvStatus.ENABLED,
                    entitlement.minervaPackages(), entitlement.wholeHomeDvr());
        }
    }
}
