package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of drift, named from the two snapshots by the reconcile's own policy and planner. */
class DriftClassifierTest {

    private final DriftClassifier classifier = new DriftClassifier(new ProvisioningPolicy(CATALOG));
    private final Customer open = customer(CustomerStatus.OPEN);
    private final IptvCustomer inStep = minerva(IptvStatus.ENABLED, BASIC, false);

    private DriftVerdict classify(Optional<SnapshotAccount> account, Optional<Customer> customer,
                                  Optional<IptvCustomer> platform, boolean provisionedBefore) {
        return classifier.classify(new ComparedAccount(ACCOUNT, account, customer, platform, provisionedBefore), START);
    }

    private static Optional<SnapshotAccount> billed(long product, boolean blocked, BillStatus status, AddOn... addOns) {
        return Optional.of(SnapshotAccount.of(account(ACCOUNT, product, blocked, status, addOns), START));
    }

    @Test
    void anAccountInStepHasNoDrift() {
        DriftVerdict verdict = classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open),
                Optional.of(inStep), true);
        assertThat(verdict.kinds()).isEmpty();
        assertThat(verdict.queues(true)).isFalse();
    }

    @Test
    void anAccountThatShouldWatchAndIsAbsentIsMissing() {
        DriftVerdict verdict = classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open), Optional.empty(),
                false);
        assertThat(verdict.kinds()).containsExactly(DriftKind.MISSING);
        assertThat(verdict.want()).contains(inStep);
        assertThat(verdict.have()).isEmpty();
    }

    @Test
    void enabledDisabledPackagesAndProfileAreEachTheirKind() {
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open),
                Optional.of(inStep.withStatus(IptvStatus.DISABLED)), true).kinds())
                .containsExactly(DriftKind.SHOULD_BE_ENABLED);
        DriftVerdict blocked = classify(billed(TV_BASIC, true, BillStatus.OPEN), Optional.of(open), Optional.of(inStep),
                true);
        assertThat(blocked.kinds()).containsExactly(DriftKind.SHOULD_BE_DISABLED);
        assertThat(blocked.reason()).contains("BLOCKED");
        assertThat(blocked.want()).contains(inStep.withStatus(IptvStatus.DISABLED));
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN, new AddOn(SPORTS_ADDON, START.minusSeconds(60),
                Optional.empty())), Optional.of(open), Optional.of(inStep), true).kinds())
                .containsExactly(DriftKind.WRONG_PACKAGES);
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open),
                Optional.of(inStep.withProfile("old-login", NAME, false)), true).kinds())
                .containsExactly(DriftKind.WRONG_PROFILE);
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open),
                Optional.of(inStep.withProfile(LOGIN, NAME, true)), true).kinds())
                .as("whole-home DVR is part of the profile").containsExactly(DriftKind.WRONG_PROFILE);
    }

    @Test
    void aSuspendedCustomerDisablesItsAccountsAndAnAddOnNotYetEffectiveDoesNotCount() {
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(customer(CustomerStatus.SUSPENDED)),
                Optional.of(inStep), true).kinds()).containsExactly(DriftKind.SHOULD_BE_DISABLED);
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN, new AddOn(SPORTS_ADDON, START.plusSeconds(60),
                Optional.empty())), Optional.of(open), Optional.of(inStep), true).kinds()).isEmpty();
    }

    @Test
    void aDisabledAccountMinervaNeverHadIsNoDrift() {
        assertThat(classify(billed(TV_BASIC, true, BillStatus.OPEN), Optional.of(open), Optional.empty(), false).kinds())
                .isEmpty();
    }

    @Test
    void aClosedOrPurgedAccountStillHeldShouldBeDeletedAndAnUnknownOneIsAnOrphan() {
        DriftVerdict closed = classify(billed(TV_BASIC, false, BillStatus.CLOSED), Optional.empty(), Optional.of(inStep),
                false);
        assertThat(closed.kinds()).containsExactly(DriftKind.SHOULD_BE_DELETED);
        assertThat(closed.want()).isEmpty();
        assertThat(classify(Optional.empty(), Optional.empty(), Optional.of(inStep), true).kinds())
                .as("purged after the bridge made it").containsExactly(DriftKind.SHOULD_BE_DELETED);
        DriftVerdict orphan = classify(Optional.empty(), Optional.empty(), Optional.of(inStep), false);
        assertThat(orphan.kinds()).containsExactly(DriftKind.ORPHAN);
        assertThat(orphan.queues(false)).as("orphans wait for --delete-orphans").isFalse();
        assertThat(orphan.queues(true)).isTrue();
    }

    @Test
    void anAccountWhoseCustomerWasNotListedIsLeftToItsReconcile() {
        DriftVerdict verdict = classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.empty(), Optional.of(inStep),
                true);
        assertThat(verdict.unresolved()).isTrue();
        assertThat(verdict.kinds()).isEmpty();
        assertThat(verdict.queues(false)).isTrue();
    }

    @Test
    void severalKindsOfOneAccountAreEachNamed() {
        IptvCustomer drifted = new IptvCustomer(ACCOUNT, "old", NAME, IptvStatus.DISABLED, PREMIUM, false);
        assertThat(classify(billed(TV_BASIC, false, BillStatus.OPEN), Optional.of(open), Optional.of(drifted), true)
                .kinds()).containsExactlyInAnyOrder(DriftKind.WRONG_PROFILE, DriftKind.WRONG_PACKAGES,
                DriftKind.SHOULD_BE_ENABLED);
        assertThat(List.of(DriftKind.values())).extracting(DriftKind::label).contains("should_be_enabled", "foreign");
    }
}
