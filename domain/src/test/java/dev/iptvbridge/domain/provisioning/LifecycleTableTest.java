package dev.iptvbridge.domain.provisioning;

import static dev.iptvbridge.domain.provisioning.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Entitlement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the lifecycle table (reference §3), and the rules around it, written out by hand:
 * billing now, Minerva now, and the desired state, exact plan, transition and end state they call for.
 */
class LifecycleTableTest {

    record Row(String name, Optional<Account> account, Optional<Customer> customer, Optional<IptvCustomer> observed,
               DesiredCustomer desired, List<PlanStep> steps, Transition transition, Optional<IptvCustomer> after) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final AddOn SPORTS = sportsSince(Duration.ofDays(3));
    private static final Entitlement BASIC_ENT = new Entitlement(BASIC, false);
    private static final Entitlement BASIC_SPORTS_ENT = new Entitlement(BASIC_SPORTS, false);
    private static final Entitlement PREMIUM_ENT = new Entitlement(PREMIUM, true);

    static Stream<Row> rows() {
        IptvCustomer enabledBasic = minerva(IptvStatus.ENABLED, BASIC, false);
        IptvCustomer disabledBasic = minerva(IptvStatus.DISABLED, BASIC, false);
        IptvCustomer enabledSports = minerva(IptvStatus.ENABLED, BASIC_SPORTS, false);
        IptvCustomer enabledPremium = minerva(IptvStatus.ENABLED, PREMIUM, true);
        return Stream.of(
                row("account created with an IPTV product: created enabled with the packages of its product and add-ons",
                        openAccount(TV_BASIC, SPORTS), goodCustomer(), null,
                        enabled(BASIC_SPORTS_ENT), List.of(new PlanStep.Create(enabledSports)),
                        transition(TransitionKind.ACTIVATED, null), enabledSports),
                row("account created with an IPTV product that carries whole-home DVR: created with the switch on",
                        openAccount(TV_PREMIUM), goodCustomer(), null,
                        enabled(PREMIUM_ENT), List.of(new PlanStep.Create(enabledPremium)),
                        transition(TransitionKind.ACTIVATED, null), enabledPremium),
                row("account with an IPTV product unblocked: enabled again",
                        openAccount(TV_BASIC), goodCustomer(), disabledBasic,
                        enabled(BASIC_ENT), List.of(new PlanStep.Enable()),
                        transition(TransitionKind.RESUMED, null), enabledBasic),
                row("account unblocked after an add-on came while blocked: packages brought up to date before enabling",
                        openAccount(TV_BASIC, SPORTS), goodCustomer(), disabledBasic,
                        enabled(BASIC_SPORTS_ENT), List.of(new PlanStep.SetPackages(BASIC_SPORTS), new PlanStep.Enable()),
                        transition(TransitionKind.RESUMED, null), enabledSports),
                row("product changed to one with IPTV, never in Minerva: created, enabled, packages set",
                        openAccount(TV_PREMIUM), goodCustomer(), null,
                        enabled(PREMIUM_ENT), List.of(new PlanStep.Create(enabledPremium)),
                        transition(TransitionKind.ACTIVATED, null), enabledPremium),
                row("product changed to one with IPTV, kept disabled since it lost IPTV: DVR, packages, then enable",
                        openAccount(TV_PREMIUM), goodCustomer(), disabledBasic,
                        enabled(PREMIUM_ENT), List.of(dvr(true), new PlanStep.SetPackages(PREMIUM), new PlanStep.Enable()),
                        transition(TransitionKind.RESUMED, null), enabledPremium),
                row("product changed between IPTV offers: packages replaced by the new set",
                        openAccount(TV_PREMIUM), goodCustomer(), enabledBasic,
                        enabled(PREMIUM_ENT), List.of(dvr(true), new PlanStep.SetPackages(PREMIUM)),
                        transition(TransitionKind.PACKAGES_CHANGED, null), enabledPremium),
                row("add-on added: packages replaced by the new set",
                        openAccount(TV_BASIC, SPORTS), goodCustomer(), enabledBasic,
                        enabled(BASIC_SPORTS_ENT), List.of(new PlanStep.SetPackages(BASIC_SPORTS)),
                        transition(TransitionKind.PACKAGES_CHANGED, null), enabledSports),
                row("add-on ended: its packages removed",
                        openAccount(TV_BASIC, new AddOn(SPORTS_ADDON, NOW.minus(Duration.ofDays(30)),
                                Optional.of(NOW.minus(Duration.ofDays(1))))), goodCustomer(), enabledSports,
                        enabled(BASIC_ENT), List.of(new PlanStep.SetPackages(BASIC)),
                        transition(TransitionKind.PACKAGES_CHANGED, null), enabledBasic),
                row("whole-home DVR add-on added: only the switch changes",
                        openAccount(TV_BASIC, AddOn.from(DVR_ADDON, NOW)), goodCustomer(), enabledBasic,
                        enabled(new Entitlement(BASIC, true)), List.of(dvr(true)),
                        transition(TransitionKind.PACKAGES_CHANGED, null), minerva(IptvStatus.ENABLED, BASIC, true)),
                row("account blocked: kept but disabled, packages kept",
                        account(TV_BASIC, List.of(SPORTS), true, BillStatus.OPEN), goodCustomer(), enabledSports,
                        disabled(Reason.BLOCKED), List.of(new PlanStep.Disable(Reason.BLOCKED)),
                        transition(TransitionKind.SUSPENDED, Reason.BLOCKED), minerva(IptvStatus.DISABLED, BASIC_SPORTS, false)),
                row("customer suspended: kept but disabled, packages kept",
                        openAccount(TV_BASIC, SPORTS), customer(CustomerStatus.SUSPENDED, false), enabledSports,
                        disabled(Reason.CUSTOMER_SUSPENDED), List.of(new PlanStep.Disable(Reason.CUSTOMER_SUSPENDED)),
                        transition(TransitionKind.SUSPENDED, Reason.CUSTOMER_SUSPENDED),
                        minerva(IptvStatus.DISABLED, BASIC_SPORTS, false)),
                row("customer blocked: disabled like a suspended one",
                        openAccount(TV_BASIC), customer(CustomerStatus.OPEN, true), enabledBasic,
                        disabled(Reason.CUSTOMER_SUSPENDED), List.of(new PlanStep.Disable(Reason.CUSTOMER_SUSPENDED)),
                        transition(TransitionKind.SUSPENDED, Reason.CUSTOMER_SUSPENDED), disabledBasic),
                row("product changed to one without IPTV: kept but disabled, packages and DVR kept",
                        openAccount(INTERNET_ONLY, SPORTS), goodCustomer(), enabledPremium,
                        disabled(Reason.PRODUCT_WITHOUT_IPTV), List.of(new PlanStep.Disable(Reason.PRODUCT_WITHOUT_IPTV)),
                        transition(TransitionKind.SUSPENDED, Reason.PRODUCT_WITHOUT_IPTV),
                        minerva(IptvStatus.DISABLED, PREMIUM, true)),
                row("account terminated: customer deleted",
                        account(TV_BASIC, List.of(), false, BillStatus.CLOSED), goodCustomer(), enabledBasic,
                        absent(), List.of(new PlanStep.Delete()),
                        transition(TransitionKind.TERMINATED, Reason.TERMINATED), null),
                row("terminated account of a disabled customer: deleted too",
                        account(TV_BASIC, List.of(), true, BillStatus.CLOSED), goodCustomer(), disabledBasic,
                        absent(), List.of(new PlanStep.Delete()),
                        transition(TransitionKind.TERMINATED, Reason.TERMINATED), null),
                row("account vanished from billing: customer deleted",
                        null, null, enabledBasic,
                        absent(), List.of(new PlanStep.Delete()),
                        transition(TransitionKind.TERMINATED, Reason.TERMINATED), null),
                row("customer closed: its account's customer deleted",
                        openAccount(TV_BASIC), customer(CustomerStatus.CLOSED, false), enabledBasic,
                        absent(), List.of(new PlanStep.Delete()),
                        transition(TransitionKind.TERMINATED, Reason.TERMINATED), null),
                row("terminated account never in Minerva: nothing to delete",
                        account(TV_BASIC, List.of(), false, BillStatus.CLOSED), goodCustomer(), null,
                        absent(), List.of(), Transition.NONE, null),
                row("account that never had IPTV: nothing in Minerva",
                        openAccount(INTERNET_ONLY, SPORTS), goodCustomer(), null,
                        disabled(Reason.PRODUCT_WITHOUT_IPTV), List.of(), Transition.NONE, null),
                row("blocked account never in Minerva: not created only to be disabled",
                        account(TV_BASIC, List.of(), true, BillStatus.OPEN), goodCustomer(), null,
                        disabled(Reason.BLOCKED), List.of(), Transition.NONE, null),
                row("account not yet activated: nothing in Minerva yet",
                        account(TV_BASIC, List.of(), false, BillStatus.INACTIVE), goodCustomer(), null,
                        disabled(Reason.NOT_YET_ACTIVE), List.of(), Transition.NONE, null),
                row("account in step with Minerva: nothing to do",
                        openAccount(TV_BASIC, SPORTS), goodCustomer(), enabledSports,
                        enabled(BASIC_SPORTS_ENT), List.of(), Transition.NONE, enabledSports));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void computesTheDesiredStateOfTheRow(Row row) {
        assertThat(POLICY.desired(ACCOUNT, row.account(), row.customer(), NOW)).isEqualTo(row.desired());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plansExactlyTheStepsOfTheRowInOrder(Row row) {
        Plan plan = Planner.plan(row.desired(), row.observed());

        assertThat(plan.account()).isEqualTo(ACCOUNT);
        assertThat(plan.steps()).containsExactlyElementsOf(row.steps());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void endsInTheStateOfTheRowWithItsTransition(Row row) {
        Reconciliation reconciliation = Reconciliation.of(row.desired(), row.observed());

        assertThat(reconciliation.plan().applyTo(row.observed())).isEqualTo(row.after());
        assertThat(reconciliation.transition()).isEqualTo(row.transition());
        assertThat(Planner.plan(row.desired(), row.after()).isEmpty()).as("nothing left to do afterwards").isTrue();
    }

    private static Row row(String name, Account account, Customer customer, IptvCustomer observed,
                           DesiredCustomer desired, List<PlanStep> steps, Transition transition, IptvCustomer after) {
        return new Row(name, Optional.ofNullable(account), Optional.ofNullable(customer), Optional.ofNullable(observed),
                desired, steps, transition, Optional.ofNullable(after));
    }

    private static DesiredCustomer enabled(Entitlement entitlement) {
        return new DesiredCustomer.Enabled(ACCOUNT, profile(), entitlement);
    }

    private static DesiredCustomer disabled(Reason reason) {
        return new DesiredCustomer.Disabled(ACCOUNT, profile(), reason);
    }

    private static DesiredCustomer absent() {
        return new DesiredCustomer.Absent(ACCOUNT, Reason.TERMINATED);
    }

    private static PlanStep dvr(boolean on) {
        return new PlanStep.ChangeProfile(Optional.empty(), Optional.empty(), Optional.of(on));
    }

    private static Transition transition(TransitionKind kind, Reason reason) {
        return new Transition(kind, Optional.ofNullable(reason));
    }
}
