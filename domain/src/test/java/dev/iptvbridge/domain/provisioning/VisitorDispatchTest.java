package dev.iptvbridge.domain.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.catalog.Entitlement;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every variant reaches its own visitor method, never a neighbour's. */
class VisitorDispatchTest {

    private static final long ACCOUNT = 1_000_889L;
    private static final Profile PROFILE = new Profile("alice@tv.example", "Alice");
    private static final IptvCustomer ALICE = new IptvCustomer(ACCOUNT, "alice@tv.example", "Alice", IptvStatus.ENABLED,
            new TreeSet<>(List.of("ch-basic")), false);

    private static final PlanStep.Visitor<String> STEP_KIND = new PlanStep.Visitor<>() {
        @Override
        public String create(PlanStep.Create step) {
            return "create";
        }

        @Override
        public String enable(PlanStep.Enable step) {
            return "enable";
        }

        @Override
        public String disable(PlanStep.Disable step) {
            return "disable";
        }

        @Override
        public String setPackages(PlanStep.SetPackages step) {
            return "setPackages";
        }

        @Override
        public String changeProfile(PlanStep.ChangeProfile step) {
            return "changeProfile";
        }

        @Override
        public String delete(PlanStep.Delete step) {
            return "delete";
        }
    };

    private static final DesiredCustomer.Visitor<String> DESIRED_KIND = new DesiredCustomer.Visitor<>() {
        @Override
        public String absent(DesiredCustomer.Absent desired) {
            return "absent";
        }

        @Override
        public String disabled(DesiredCustomer.Disabled desired) {
            return "disabled";
        }

        @Override
        public String enabled(DesiredCustomer.Enabled desired) {
            return "enabled";
        }
    };

    @Test
    void eachPlanStepCallsItsOwnMethod() {
        List<PlanStep> steps = List.of(new PlanStep.Create(ALICE), new PlanStep.Enable(), new PlanStep.Disable(Reason.BLOCKED),
                new PlanStep.SetPackages(new TreeSet<>()), new PlanStep.ChangeProfile(Optional.empty(), Optional.of("A"),
                        Optional.empty()), new PlanStep.Delete());

        assertThat(steps).extracting(step -> step.accept(STEP_KIND))
                .containsExactly("create", "enable", "disable", "setPackages", "changeProfile", "delete");
    }

    @Test
    void eachDesiredStateCallsItsOwnMethod() {
        List<DesiredCustomer> states = List.of(new DesiredCustomer.Absent(ACCOUNT, Reason.TERMINATED),
                new DesiredCustomer.Disabled(ACCOUNT, PROFILE, Reason.BLOCKED),
                new DesiredCustomer.Enabled(ACCOUNT, PROFILE, Entitlement.NONE));

        assertThat(states).extracting(state -> state.accept(DESIRED_KIND)).containsExactly("absent", "disabled", "enabled");
    }
}
