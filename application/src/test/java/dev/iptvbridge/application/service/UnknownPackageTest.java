package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.Outcomes.failed;
import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A package the catalog names and Minerva does not know costs the account that package, never the rest. */
class UnknownPackageTest {

    // Minerva knows basic's packages but not "ch-premium", which the catalog gives the premium product.
    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private static final TreeSet<String> KNOWN_OF_PREMIUM = new TreeSet<>(Set.of("ch-basic", "vod"));

    @BeforeEach
    void minervaWithoutPremium() {
        bridge.platform.offer(new IptvPackage("ch-basic", "Basic", "CHANNEL"));
        bridge.platform.offer(new IptvPackage("vod", "VOD", "SVOD"));
        bridge.platform.offer(new IptvPackage("ch-sports", "Sports", "CHANNEL"));
        bridge.platform.refuseUnknownPackages();
    }

    @Test
    void an_unblocked_account_is_enabled_with_its_known_packages_and_fails_naming_the_unknown_one() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, KNOWN_OF_PREMIUM, true));
        assertThat(failed(result).cause()).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("[ch-premium]").hasMessageContaining("Fix the package ids in the catalog");
        assertThat(bridge.audit.entries(AuditCategory.MINERVA)).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(tuple("change-profile", AuditOutcome.OK), tuple("set-packages", AuditOutcome.FAILED),
                        tuple("set-packages", AuditOutcome.OK), tuple("enable", AuditOutcome.OK));
        assertThat(bridge.lastReported()).hasValueSatisfying(report -> {
            assertThat(report.status()).isEqualTo(ProvisioningStatus.FAILED);
            assertThat(report.message()).contains("Minerva does not know the package(s) [ch-premium]");
        });
        assertThat(bridge.applied.find(ACCOUNT)).hasValueSatisfying(state -> assertThat(state.customer())
                .contains(minerva(IptvStatus.ENABLED, KNOWN_OF_PREMIUM, true)));
    }

    @Test
    void a_new_account_is_created_with_its_known_packages() {
        bridge.billing.put(openAccount(TV_PREMIUM));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, KNOWN_OF_PREMIUM, true));
        assertThat(failed(result).cause()).hasMessageContaining("[ch-premium]");
    }

    @Test
    void the_worker_parks_the_entry_with_the_catalog_error_named() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);

        bridge.worker(RetryPolicy.DEFAULT, 0.5).processDue("w1", 10);

        QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.PARKED);
        assertThat(entry.lastError()).hasValueSatisfying(error -> assertThat(error).contains("catalog error", "[ch-premium]"));
        assertThat(bridge.platform.get(ACCOUNT).map(c -> c.status())).contains(IptvStatus.ENABLED);
    }

    @Test
    void any_other_failure_still_stops_the_plan() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        bridge.platform.failCall(2, new TransientFailure("Minerva answered 503", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(failed(result).cause()).hasMessage("Minerva answered 503");
        assertThat(bridge.platform.get(ACCOUNT).map(c -> c.status())).contains(IptvStatus.DISABLED);
    }
}
