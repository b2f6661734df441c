package dev.iptvbridge.domain.provisioning;

import static dev.iptvbridge.domain.provisioning.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Entitlement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of account blocked × customer standing × IPTV main product × account state ×
 * what Minerva holds. The expectations come from the lifecycle table read as a precedence:
 * terminated, then not yet active, then blocked, then customer suspended, then no IPTV.
 */
class LifecycleCombinationsTest {

    enum Standing { OPEN, SUSPENDED, BLOCKED }

    enum AccountState { OPEN, INACTIVE, CLOSED, VANISHED, CUSTOMER_CLOSED, CUSTOMER_VANISHED }

    enum Observed { ABSENT, ENABLED, DISABLED }

    record Case(boolean blocked, Standing standing, boolean iptv, AccountState state, Observed observed) {
        @Override
        public String toString() {
            return (blocked ? "blocked" : "unblocked") + " account, customer " + standing + ", "
                    + (iptv ? "IPTV" : "non-IPTV") + " product, account " + state + ", Minerva " + observed;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (boolean blocked : new boolean[] {false, true}) {
            for (Standing standing : Standing.values()) {
                for (boolean iptv : new boolean[] {true, false}) {
                    for (AccountState state : AccountState.values()) {
                        for (Observed observed : Observed.values()) {
                            cases.add(new Case(blocked, standing, iptv, state, observed));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followsTheLifecycleTable(Case c) {
        // The account always has a sports add-on: it counts on top of an IPTV product only.
        Optional<Account> account = c.state() == AccountState.VANISHED ? Optional.empty()
                : Optional.of(World.account(c.iptv() ? TV_BASIC : INTERNET_ONLY, List.of(sportsSince(Duration.ofDays(1))),
                        c.blocked(), billStatus(c.state())));
        Optional<Customer> customer = c.state() == AccountState.CUSTOMER_VANISHED ? Optional.empty()
                : Optional.of(World.customer(c.state() == AccountState.CUSTOMER_CLOSED ? CustomerStatus.CLOSED
                        : c.standing() == Standing.SUSPENDED ? CustomerStatus.SUSPENDED : CustomerStatus.OPEN,
                        c.standing() == Standing.BLOCKED));
        Optional<IptvCustomer> observed = observed(c.observed());

        DesiredCustomer desired = POLICY.desired(ACCOUNT, account, customer, NOW);
        Reconciliation reconciliation = Reconciliation.of(desired, observed);

        Optional<Reason> reason = expectedReason(c);
        assertThat(desired.account()).isEqualTo(ACCOUNT);
        assertThat(desired.reason()).isEqualTo(reason);
        if (reason.isEmpty()) {
            assertThat(desired).isEqualTo(new DesiredCustomer.Enabled(ACCOUNT, profile(), new Entitlement(BASIC_SPORTS, false)));
        } else if (reason.get() == Reason.TERMINATED) {
            assertThat(desired).isInstanceOf(DesiredCustomer.Absent.class);
        } else {
            assertThat(desired).isEqualTo(new DesiredCustomer.Disabled(ACCOUNT, profile(), reason.get()));
        }
        assertThat(reconciliation.plan().steps()).containsExactlyElementsOf(expectedSteps(reason, c.observed()));
        assertThat(reconciliation.transition()).isEqualTo(expectedTransition(reason, c.observed()));
    }

    private static Optional<Reason> expectedReason(Case c) {
        if (c.state() == AccountState.CLOSED || c.state() == AccountState.VANISHED
                || c.state() == AccountState.CUSTOMER_CLOSED || c.state() == AccountState.CUSTOMER_VANISHED) {
            return Optional.of(Reason.TERMINATED);
        }
        if (c.state() == AccountState.INACTIVE) {
            return Optional.of(Reason.NOT_YET_ACTIVE);
        }
        if (c.blocked()) {
            return Optional.of(Reason.BLOCKED);
        }
        if (c.standing() != Standing.OPEN) {
            return Optional.of(Reason.CUSTOMER_SUSPENDED);
        }
        return c.iptv() ? Optional.empty() : Optional.of(Reason.PRODUCT_WITHOUT_IPTV);
    }

    private static List<PlanStep> expectedSteps(Optional<Reason> reason, Observed observed) {
        if (reason.isEmpty()) {
            switch (observed) {
                case ABSENT: return List.of(new PlanStep.Create(minerva(IptvStatus.ENABLED, BASIC_SPORTS, false)));
                case DISABLED: return List.of(new PlanStep.Enable());
                default: return List.of();
            }
        }
        if (reason.get() == Reason.TERMINATED) {
            return observed == Observed.ABSENT ? List.of() : List.of(new PlanStep.Delete());
        }
        return observed == Observed.ENABLED ? List.of(new PlanStep.Disable(reason.get())) : List.of();
    }

    private static Transition expectedTransition(Optional<Reason> reason, Observed observed) {
        if (reason.isEmpty()) {
            switch (observed) {
                case ABSENT: return new Transition(TransitionKind.ACTIVATED, Optional.empty());
                case DISABLED: return new Transition(TransitionKind.RESUMED, Optional.empty());
                default: return Transition.NONE;
            }
        }
        if (reason.get() == Reason.TERMINATED) {
            return observed == Observed.ABSENT ? Transition.NONE : new Transition(TransitionKind.TERMINATED, reason);
        }
        return observed == Observed.ENABLED ? new Transition(TransitionKind.SUSPENDED, reason) : Transition.NONE;
    }

    private static Optional<IptvCustomer> observed(Observed observed) {
        switch (observed) {
            case ENABLED: return Optional.of(minerva(IptvStatus.ENABLED, BASIC_SPORTS, false));
            case DISABLED: return Optional.of(minerva(IptvStatus.DISABLED, BASIC_SPORTS, false));
            default: return Optional.empty();
        }
    }

    private static BillStatus billStatus(AccountState state) {
        switch (state) {
            case INACTIVE: return BillStatus.INACTIVE;
            case CLOSED: return BillStatus.CLOSED;
            default: return BillStatus.OPEN;
        }
    }
}
