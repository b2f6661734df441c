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

    /** Calls the visitor's method for this kind of step; a new kind of step fails to compile until every visitor has one. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of step: the way to dispatch on a step without a fallback that would hide a new kind. */
    interface Visitor<R> {
        R create(Create step);

        R enable(Enable step);

        R disable(Disable step);

        R setPackages(SetPackages step);

        R changeProfile(ChangeProfile step);

        R delete(Delete step);
    }

    /** Creates the customer whole: profile, status, packages and switches in one call. */
    record Create(IptvCustomer customer) implements PlanStep {
        public Create {
            requireNonNull(customer, "customer is null");
        }

        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return Optional.of(customer);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.create(this);
        }
    }

    /** Lets the customer watch again. */
    record Enable() implements PlanStep {
        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return current.map(customer -> customer.withStatus(IptvStatus.ENABLED));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.enable(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.disable(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setPackages(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeProfile(this);
        }
    }

    /** Removes the customer. */
    record Delete() implements PlanStep {
        @Override
        public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> current) {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.delete(this);
        }
    }
}
