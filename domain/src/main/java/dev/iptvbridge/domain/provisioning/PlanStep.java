package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One call to the IPTV platform. Each step also says what it does to a customer, so that a
 * plan can be checked without a platform ({@link #applyTo}): the planning laws rest on it.
 */
public sealed interface PlanStep {

    /** The customer after this step, as the platform would hold it. */
    Optional<IptvCustomer> applyTo(Optional<IptvCustomer> customer);

    /** Creates the customer whole: profile, status, packages and switches in one call. */
    record Create(IptvCustomer customer) implements PlanStep {
        public Create {
            requireNonNull(customer, "customer is null");
        }

        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return Optional.of(customer);
        }
    }

    /** Lets the customer watch again. */
    record Enable() implements PlanStep {
        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return current.map(customer -> customer.withStatus(IptvStatus.ENABLED));
        }
    }

    /** Stops the customer from watching, keeping packages and devices. */
    record Disable(Reason reason) implements PlanStep {
        public Disable {
            requireNonNull(reason, "reason is null");
        }

        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return current.map(customer -> customer.withStatus(IptvStatus.DISABLED));
        }
    }

    /** Replaces the whole set of packages. */
    record SetPackages(SortedSet<String> packages) implements PlanStep {
        public SetPackages {
            packages = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(packages, "packages is null")));
        }

        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return current.map(customer -> customer.withPackages(packages));
        }
    }

    /** Changes only the given profile fields; an empty field keeps its value. */
    record ChangeProfile(Optional<String> login, Optional<String> name, Optional<Boolean> wholeHomeDvr)
            implements PlanStep {
        public ChangeProfile {
            requireNonNull(login, "login is null");
            requireNonNull(name, "name is null");
            requireNonNull(wholeHomeDvr, "wholeHomeDvr is null");
        }

        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return current.map(customer -> customer.withProfile(login.orElse(customer.login()),
                    name.orElse(customer.name()), wholeHomeDvr.orElse(customer.wholeHomeDvr())));
        }
    }

    /** Removes the customer. */
    record Delete() implements PlanStep {
        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return Optional.empty();
        }
    }
}
