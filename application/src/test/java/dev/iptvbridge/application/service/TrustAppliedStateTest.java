package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.LeaseGuard;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reconcile of events plans against what the bridge applied while it is fresh, and reads when Minerva differs. */
class TrustAppliedStateTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final Set<Long> foundDrifted = new HashSet<>();
    private final ReconcileAccountService reconciler = new ReconcileAccountService(bridge.reader, bridge.platform,
            new PlanExecutor(bridge.platform, bridge.audit, bridge.clock),
            new OutcomeRecorder(bridge.audit, bridge.applied, bridge.outbox, bridge.queue, bridge.clock), bridge.served,
            new AppliedStateTrust(bridge.applied, bridge.clock, Duration.ofMinutes(5), foundDrifted::contains));

    @BeforeEach
    void anAccountOnTvBasic() {
        bridge.billing.put(openAccount(TV_BASIC));
    }

    @Test
    void a_new_account_is_created_without_a_read_first() {
        ReconcileAccountResult result = reconcileEvents();

        assertThat(result.failure()).isEmpty();
        assertThat(bridge.platform.finds()).isZero();
        assertThat(bridge.platform.changes()).singleElement().asString().startsWith("create");
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void a_change_after_the_bridges_own_write_is_written_without_a_read() {
        reconcileEvents();
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.clock.advance(Duration.ofMinutes(1));

        reconcileEvents();

        assertThat(bridge.platform.finds()).isZero();
        assertThat(bridge.platform.changes()).hasSize(2).last().asString().startsWith("disable");
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.DISABLED, BASIC, false));
    }

    @Test
    void an_account_in_step_with_what_the_bridge_applied_costs_no_minerva_call() {
        reconcileEvents();

        reconcileEvents();

        assertThat(bridge.platform.finds()).isZero();
        assertThat(bridge.platform.changes()).hasSize(1);
    }

    @Test
    void a_customer_already_in_minerva_is_read_when_the_create_finds_it_and_brought_in_step() {
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));

        ReconcileAccountResult result = reconcileEvents();

        assertThat(result.failure()).isEmpty();
        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void a_customer_deleted_in_minerva_behind_the_bridges_back_is_read_and_created_again() {
        reconcileEvents();
        bridge.platform.all().keySet().forEach(id -> bridge.platform.delete(id));
        bridge.billing.put(openAccount(TV_PREMIUM));

        ReconcileAccountResult result = reconcileEvents();

        assertThat(result.failure()).isEmpty();
        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
    }

    @Test
    void what_the_bridge_applied_longer_ago_than_the_window_is_read_again() {
        reconcileEvents();
        IptvCustomer drifted = minerva(IptvStatus.DISABLED, BASIC, false);
        bridge.platform.put(drifted);
        bridge.clock.advance(Duration.ofMinutes(6));

        reconcileEvents();

        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void a_reconcile_not_of_events_reads_and_repairs_drift_at_once() {
        reconcileEvents();
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));

        reconciler.reconcile(new ReconcileAccountCommand(ACCOUNT, false, List.of(), LeaseGuard.NONE, false));

        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void an_event_of_an_account_the_last_comparison_found_drifted_reads_and_repairs_it_within_the_window() {
        reconcileEvents();
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        // The comparison saw it and queued it; an event joined that entry before a worker claimed it.
        foundDrifted.add(ACCOUNT);
        bridge.clock.advance(Duration.ofMinutes(1));

        reconcileEvents();

        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void an_account_not_to_be_in_minerva_and_never_written_is_read() {
        bridge.billing.put(openAccount(INTERNET_ONLY));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        reconcileEvents();

        assertThat(bridge.platform.finds()).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.DISABLED, BASIC, false));
    }

    private ReconcileAccountResult reconcileEvents() {
        return reconciler.reconcile(new ReconcileAccountCommand(ACCOUNT, false, List.of(1L), LeaseGuard.NONE, true));
    }
}
