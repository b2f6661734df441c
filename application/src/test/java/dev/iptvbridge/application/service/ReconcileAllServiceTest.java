package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAllResult;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileAllServiceTest {

    private final TestBridge bridge = new TestBridge();
    private final ReconcileAllService service =
            new ReconcileAllService(bridge.billing, bridge.platform, bridge.queue, bridge.served, bridge.clock);

    record Progress(long done, long total, String what) {
    }

    @Test
    void queuesEveryBillingAccountOfTheEnvironmentAndEveryMinervaOnlyCustomerAndReportsProgress() {
        int billingAccounts = ReconcileAllService.PAGE_SIZE + 120;
        for (int i = 0; i < billingAccounts; i++) {
            bridge.billing.put(account(10_000L + i, TV_BASIC, false, BillStatus.OPEN));
        }
        bridge.billing.put(new Account(99_999L, "elsewhere", CUSTOMER, ENV + 1, TV_BASIC, List.of(), false, BillStatus.OPEN));
        // Minerva holds 600 customers of billing accounts, and 7 whose accounts billing forgot.
        for (int i = 0; i < 600; i++) {
            bridge.platform.put(customerOf(10_000L + i));
        }
        for (int i = 0; i < 7; i++) {
            bridge.platform.put(customerOf(50_000L + i));
        }
        List<Progress> progress = new ArrayList<>();

        ReconcileAllResult result = service.reconcileAll((done, total, what) -> progress.add(new Progress(done, total, what)));

        assertThat(result.billingAccounts()).isEqualTo(billingAccounts);
        assertThat(result.minervaCustomers()).isEqualTo(607);
        List<Long> queued = bridge.queue.all().stream().map(QueueEntry::key).map(WorkKey::id).toList();
        assertThat(queued).hasSize(billingAccounts + 7)
                .contains(10_000L, 10_000L + billingAccounts - 1, 50_000L, 50_006L)
                .doesNotContain(99_999L);
        assertThat(bridge.queue.all()).allSatisfy(entry -> assertThat(entry.dueAt()).isEqualTo(START));
        assertThat(progress).filteredOn(p -> p.what().contains("billing"))
                .extracting(Progress::done).containsExactly(500L, (long) billingAccounts);
        assertThat(progress).filteredOn(p -> p.what().contains("billing")).allSatisfy(
                p -> assertThat(p.total()).isEqualTo(billingAccounts));
        assertThat(progress).filteredOn(p -> p.what().contains("Minerva")).last()
                .isEqualTo(new Progress(607, 607, "Minerva customers queued"));
        assertThat(bridge.platform.changes()).as("a sweep only queues").isEmpty();
    }

    @Test
    void anEmptyWorldQueuesNothing() {
        ReconcileAllResult result = service.reconcileAll(dev.iptvbridge.application.port.in.ProgressListener.NONE);

        assertThat(result).isEqualTo(new ReconcileAllResult(0, 0, 0));
        assertThat(bridge.queue.all()).isEmpty();
    }

    private static IptvCustomer customerOf(long account) {
        return new IptvCustomer(account, "login" + account, NAME, IptvStatus.ENABLED, BASIC, false);
    }
}
