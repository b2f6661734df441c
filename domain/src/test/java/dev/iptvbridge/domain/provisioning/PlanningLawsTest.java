package dev.iptvbridge.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The planning laws, checked over thousands of generated worlds (QuickTheories prints the seed of a failure). */
class PlanningLawsTest {

    private static final int WORLDS = 3000;

    @Test
    void planningIsDeterministic() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            DesiredCustomer desired = world.desired();
            assertThat(world.desired()).isEqualTo(desired);
            assertThat(Planner.plan(desired, world.observed())).isEqualTo(Planner.plan(desired, world.observed()));
        });
    }

    @Test
    void planningAgainAfterApplyingThePlanGivesAnEmptyPlan() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            DesiredCustomer desired = world.desired();
            Plan plan = Planner.plan(desired, world.observed());

            Plan again = Planner.plan(desired, plan.applyTo(world.observed()));

            assertThat(again.steps()).as("plan left after applying %s", plan.steps()).isEmpty();
        });
    }

    @Test
    void thePlanIsMinimalEveryStepChangesTheCustomerAndNoKindRepeats() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            Plan plan = Planner.plan(world.desired(), world.observed());
            Optional<IptvCustomer> customer = world.observed();
            Set<Class<?>> kinds = new HashSet<>();
            for (PlanStep step : plan.steps()) {
                Optional<IptvCustomer> after = step.applyTo(customer);
                assertThat(after).as("%s changes %s", step, customer).isNotEqualTo(customer);
                assertThat(kinds.add(step.getClass())).as("a second %s in %s", step, plan.steps()).isTrue();
                customer = after;
            }
            assertThat(plan.account()).isEqualTo(world.accountId());
        });
    }

    @Test
    void applyingThePlanGivesWhatIsDesired() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            DesiredCustomer desired = world.desired();
            Optional<IptvCustomer> observed = world.observed();
            Optional<IptvCustomer> after = Planner.plan(desired, observed).applyTo(observed);

            if (desired instanceof DesiredCustomer.Absent) {
                assertThat(after).isEmpty();
            } else if (desired instanceof DesiredCustomer.Disabled disabled) {
                if (observed.isEmpty()) {
                    assertThat(after).as("an account without IPTV gets nothing").isEmpty();
                } else {
                    IptvCustomer was = observed.get();
                    assertThat(after).contains(new IptvCustomer(world.accountId(), disabled.profile().login(),
                            disabled.profile().name(), IptvStatus.DISABLED, was.packages(), was.wholeHomeDvr()));
                }
            } else {
                DesiredCustomer.Enabled enabled = (DesiredCustomer.Enabled) desired;
                assertThat(after).contains(enabled.asCustomer());
                assertThat(after.get().account()).isEqualTo(world.accountId());
            }
        });
    }

    @Test
    void anEnabledAccountIsEntitledToItsMainProductAndTheAddOnsEffectiveNow() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            DesiredCustomer desired = world.desired();
            if (!(desired instanceof DesiredCustomer.Enabled enabled)) {
                return;
            }
            Account account = world.account().orElseThrow();
            List<String> names = new java.util.ArrayList<>(world.products().get(account.mainProduct()));
            account.addOns().stream()
                    .filter(addOn -> !addOn.effectiveFrom().isAfter(world.now())
                            && addOn.effectiveTo().map(to -> to.isAfter(world.now())).orElse(true))
                    .forEach(addOn -> names.addAll(world.addOnProducts().getOrDefault(addOn.product(), List.of())));
            SortedSet<String> packages = new TreeSet<>();
            boolean dvr = false;
            for (String name : names) {
                ServicePackage servicePackage = world.servicePackages().get(name);
                packages.addAll(servicePackage.minervaPackages());
                dvr |= servicePackage.wholeHomeDvr();
            }
            assertThat(enabled.entitlement().minervaPackages()).isEqualTo(packages);
            assertThat(enabled.entitlement().wholeHomeDvr()).isEqualTo(dvr);
            assertThat(enabled.profile()).isEqualTo(new Profile(account.displayId(), world.customer().orElseThrow().name()));
        });
    }

    @Test
    void theTransitionNamesWhatHappenedToTheCustomer() {
        qt().withExamples(WORLDS).forAll(RandomWorld.worlds()).checkAssert(world -> {
            Reconciliation reconciliation = Reconciliation.of(world.desired(), world.observed());
            Optional<IptvCustomer> before = world.observed();
            Optional<IptvCustomer> after = reconciliation.plan().applyTo(before);
            TransitionKind kind = reconciliation.transition().kind();

            assertThat(kind == TransitionKind.ACTIVATED).isEqualTo(before.isEmpty() && after.isPresent());
            assertThat(kind == TransitionKind.TERMINATED).isEqualTo(before.isPresent() && after.isEmpty());
            assertThat(kind == TransitionKind.SUSPENDED)
                    .isEqualTo(before.isPresent() && after.isPresent() && before.get().isEnabled() && !after.get().isEnabled());
            assertThat(kind == TransitionKind.RESUMED)
                    .isEqualTo(before.isPresent() && after.isPresent() && !before.get().isEnabled() && after.get().isEnabled());
            if (reconciliation.plan().isEmpty()) {
                assertThat(kind).isEqualTo(TransitionKind.NONE);
            }
            assertThat(reconciliation.transition().reason()).isEqualTo(
                    kind == TransitionKind.NONE ? Optional.empty() : world.desired().reason());
        });
    }
}
