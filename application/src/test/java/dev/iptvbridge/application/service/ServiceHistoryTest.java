package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.ACCOUNT;
import static dev.iptvbridge.application.service.TestBridge.INTERNET_ONLY;
import static dev.iptvbridge.application.service.TestBridge.SPORTS_ADDON;
import static dev.iptvbridge.application.service.TestBridge.START;
import static dev.iptvbridge.application.service.TestBridge.TV_BASIC;
import static dev.iptvbridge.application.service.TestBridge.TV_PREMIUM;
import static dev.iptvbridge.application.service.TestBridge.account;
import static dev.iptvbridge.application.service.TestBridge.customer;
import static dev.iptvbridge.application.service.TestBridge.openAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.history.ServicePeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service history through the reconcile: what was applied to Minerva, period by period. */
class ServiceHistoryTest {

    private static final AddOn SPORTS = AddOn.from(SPORTS_ADDON, START.minus(Duration.ofDays(2)));
    private static final Instant BEFORE = START.minus(Duration.ofHours(1));

    private final HistoryBridge bridge = new HistoryBridge();

    private Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }

    private void on(int n) {
        bridge.clock.set(day(n));
    }

    @Test
    void blockSuspensionProductChangeAndTerminationEachCutAPeriod() {
        bridge.billing.put(customer(CustomerStatus.OPEN)).put(openAccount(TV_BASIC, SPORTS));
        bridge.reconcile(1);
        on(1);
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN, SPORTS));
        bridge.reconcile(2);
        on(2);
        bridge.billing.put(customer(CustomerStatus.SUSPENDED)).put(openAccount(TV_BASIC, SPORTS));
        bridge.reconcile(3);
        on(3);
        bridge.billing.put(customer(CustomerStatus.OPEN)).put(openAccount(TV_PREMIUM));
        bridge.reconcile(4);
        on(4);
        bridge.billing.put(openAccount(INTERNET_ONLY));
        bridge.reconcile(5);
        on(5);
        bridge.billing.put(account(ACCOUNT, INTERNET_ONLY, false, BillStatus.CLOSED));
        bridge.reconcile(6);

        assertThat(bridge.platform.get(ACCOUNT)).isEmpty();
        assertThat(lines(bridge.history(BEFORE).periods())).containsExactly(
                "basic ABSENT " + BEFORE + " " + day(0) + " - []",
                "basic ENABLED " + day(0) + " " + day(1) + " - [1]",
                "basic DISABLED " + day(1) + " " + day(2) + " BLOCKED [2]",
                "basic DISABLED " + day(2) + " " + day(3) + " CUSTOMER_SUSPENDED [3]",
                "basic ABSENT " + day(3) + " open - [4]",
                "premium ABSENT " + BEFORE + " " + day(3) + " - []",
                "premium ENABLED " + day(3) + " " + day(4) + " - [4]",
                "premium DISABLED " + day(4) + " " + day(5) + " PRODUCT_WITHOUT_IPTV [5]",
                "premium ABSENT " + day(5) + " open - [6]",
                "sports ABSENT " + BEFORE + " " + day(0) + " - []",
                "sports ENABLED " + day(0) + " " + day(1) + " - [1]",
                "sports DISABLED " + day(1) + " " + day(2) + " BLOCKED [2]",
                "sports DISABLED " + day(2) + " " + day(3) + " CUSTOMER_SUSPENDED [3]",
                "sports ABSENT " + day(3) + " open - [4]");
    }

    @Test
    void aWindowCutsThePeriodsAtItsEdgesAndAnAccountNotYetActiveIsNeverServed() {
        bridge.billing.put(customer(CustomerStatus.OPEN)).put(account(ACCOUNT, TV_BASIC, false, BillStatus.INACTIVE));
        bridge.reconcile(1);
        on(1);
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.reconcile(2);
        on(3);
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.reconcile(3);
        on(10);

        assertThat(lines(bridge.history(day(2), day(4)).periods())).containsExactly(
                "basic ENABLED " + day(2) + " " + day(3) + " - [2]",
                "basic DISABLED " + day(3) + " " + day(4) + " BLOCKED [3]");
        assertThat(lines(bridge.history(day(2), day(20)).periods())).as("still lasting: no end")
                .containsExactly("basic ENABLED " + day(2) + " " + day(3) + " - [2]",
                        "basic DISABLED " + day(3) + " open BLOCKED [3]");
        assertThat(bridge.show.history(new dev.iptvbridge.application.port.in.HistoryQuery(ACCOUNT,
                java.util.Optional.empty(), java.util.Optional.empty())).from())
                .as("without a start the window opens at the first change").isEqualTo(day(1));
    }

    @Test
    void aRepeatedReconcileWritesNothingAndAFailedStepLeavesTheHistoryAtWhatWasApplied() {
        bridge.billing.put(customer(CustomerStatus.OPEN)).put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.platform.put(TestBridge.minerva(dev.iptvbridge.domain.provisioning.IptvStatus.DISABLED,
                TestBridge.BASIC, false));
        bridge.reconcile(1);
        bridge.reconcile(1);
        assertThat(bridge.history.all()).hasSize(1);

        on(1);
        bridge.billing.put(openAccount(TV_BASIC, SPORTS));
        bridge.platform.failCall(2, new TransientFailure("Minerva answered 503", null));
        bridge.reconcile(2);

        assertThat(bridge.platform.get(ACCOUNT).orElseThrow().isEnabled()).as("the enable failed").isFalse();
        assertThat(lines(bridge.history(START).periods())).as("the sports channels went through, the enable did not")
                .containsExactly("basic DISABLED " + day(0) + " open BLOCKED [1]",
                        "sports ABSENT " + day(0) + " " + day(1) + " - []",
                        "sports DISABLED " + day(1) + " open BLOCKED [2]");
        on(2);
        bridge.reconcile(3);
        assertThat(lines(bridge.history(START).periods())).containsExactly(
                "basic DISABLED " + day(0) + " " + day(2) + " BLOCKED [1]",
                "basic ENABLED " + day(2) + " open - [3]",
                "sports ABSENT " + day(0) + " " + day(1) + " - []",
                "sports DISABLED " + day(1) + " " + day(2) + " BLOCKED [2]",
                "sports ENABLED " + day(2) + " open - [3]");
    }

    @Test
    void theHistoryStaysWholeWhenTheAuditIsPurged() {
        bridge.billing.put(customer(CustomerStatus.OPEN)).put(openAccount(TV_BASIC));
        bridge.reconcile(1);
        on(1);
        bridge.billing.put(account(ACCOUNT, TV_BASIC, false, BillStatus.CLOSED));
        bridge.reconcile(2);
        List<String> before = lines(bridge.history(START).periods());
        on(400);

        int purged = new PurgeAuditLogService(bridge.audit, bridge.clock).purgeOlderThan(Duration.ofDays(90));

        assertThat(purged).isPositive();
        assertThat(bridge.audit.forAccount(ACCOUNT, 10)).isEmpty();
        assertThat(lines(bridge.history(START).periods())).isEqualTo(before).containsExactly(
                "basic ENABLED " + day(0) + " " + day(1) + " - [1]",
                "basic ABSENT " + day(1) + " open - [2]");
    }

    static List<String> lines(List<ServicePeriod> periods) {
        return periods.stream().map(p -> p.servicePackage() + " " + p.state() + " " + p.from() + " "
                + p.to().map(Instant::toString).orElse("open") + " " + p.reason().map(Enum::name).orElse("-") + " "
                + p.events()).toList();
    }
}
