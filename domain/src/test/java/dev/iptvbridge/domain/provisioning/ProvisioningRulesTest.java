package dev.iptvbridge.domain.provisioning;

import static dev.iptvbridge.domain.provisioning.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.catalog.Entitlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules around the lifecycle table: names and keys, add-on periods, and disabled customers. */
class ProvisioningRulesTest {

    @Test
    void loginFollowsARenamedDisplayIdWhileTheKeyStaysTheAccountId() {
        Account renamed = new Account(ACCOUNT, "alice.new@tv.example", CUSTOMER, ENV, TV_BASIC, List.of(), false, BillStatus.OPEN);
        Optional<IptvCustomer> observed = Optional.of(minerva(IptvStatus.ENABLED, BASIC, false));

        Reconciliation reconciliation = Reconciliation.of(desired(Optional.of(renamed), Optional.of(goodCustomer())), observed);

        assertThat(reconciliation.plan().steps()).containsExactly(
                new PlanStep.ChangeProfile(Optional.of("alice.new@tv.example"), Optional.empty(), Optional.empty()));
        IptvCustomer after = reconciliation.plan().applyTo(observed).orElseThrow();
        assertThat(after.account()).isEqualTo(ACCOUNT);
        assertThat(after.login()).isEqualTo("alice.new@tv.example");
        assertThat(reconciliation.transition()).isEqualTo(Transition.NONE);
    }

    @Test
    void aCustomerRenamedWhileDisabledGetsItsNewProfileButStaysDisabledWithItsPackages() {
        Account renamed = new Account(ACCOUNT, "bob@tv.example", CUSTOMER, ENV, TV_BASIC, List.of(), true, BillStatus.OPEN);
        Optional<IptvCustomer> observed = Optional.of(minerva(IptvStatus.DISABLED, BASIC_SPORTS, true));

        Plan plan = Planner.plan(desired(Optional.of(renamed), Optional.of(goodCustomer())), observed);

        assertThat(plan.steps()).containsExactly(
                new PlanStep.ChangeProfile(Optional.of("bob@tv.example"), Optional.empty(), Optional.empty()));
        assertThat(plan.applyTo(observed)).contains(
                new IptvCustomer(ACCOUNT, "bob@tv.example", NAME, IptvStatus.DISABLED, BASIC_SPORTS, true));
    }

    @Test
    void disablingKeepsPackagesAndTheDvrSwitchEvenWhenTheProductNoLongerCarriesThem() {
        Optional<IptvCustomer> observed = Optional.of(minerva(IptvStatus.ENABLED, PREMIUM, true));

        Plan plan = Planner.plan(desired(Optional.of(openAccount(INTERNET_ONLY)), Optional.of(goodCustomer())), observed);

        assertThat(plan.steps()).containsExactly(new PlanStep.Disable(Reason.PRODUCT_WITHOUT_IPTV));
        assertThat(plan.applyTo(observed)).contains(minerva(IptvStatus.DISABLED, PREMIUM, true));
    }

    @Test
    void anAddOnCountsFromItsFirstInstantUntilJustBeforeItsEnd() {
        Instant from = NOW.minus(Duration.ofDays(10));
        Instant to = NOW.plus(Duration.ofDays(10));
        AddOn addOn = new AddOn(SPORTS_ADDON, from, Optional.of(to));

        assertThat(addOn.isEffectiveAt(from.minusMillis(1))).as("just before it starts").isFalse();
        assertThat(addOn.isEffectiveAt(from)).as("the instant it starts").isTrue();
        assertThat(addOn.isEffectiveAt(to.minusMillis(1))).as("just before it ends").isTrue();
        assertThat(addOn.isEffectiveAt(to)).as("the instant it ends").isFalse();
    }

    @Test
    void onlyTheAddOnsEffectiveNowAddTheirPackages() {
        Account account = openAccount(TV_BASIC,
                AddOn.from(SPORTS_ADDON, NOW.plus(Duration.ofSeconds(1))),
                new AddOn(DVR_ADDON, NOW.minus(Duration.ofDays(5)), Optional.of(NOW)));

        assertThat(entitlementOf(account)).isEqualTo(new Entitlement(BASIC, false));
        assertThat(entitlementOf(openAccount(TV_BASIC, AddOn.from(SPORTS_ADDON, NOW),
                new AddOn(DVR_ADDON, NOW.minus(Duration.ofDays(5)), Optional.of(NOW.plusMillis(1))))))
                .isEqualTo(new Entitlement(BASIC_SPORTS, true));
    }

    @Test
    void anAddOnAloneOnAProductWithoutIptvGivesNothingAndCreatesNothing() {
        Account account = openAccount(INTERNET_ONLY, AddOn.from(SPORTS_ADDON, NOW.minus(Duration.ofDays(1))));

        DesiredCustomer desired = desired(Optional.of(account), Optional.of(goodCustomer()));

        assertThat(desired).isEqualTo(new DesiredCustomer.Disabled(ACCOUNT, profile(), Reason.PRODUCT_WITHOUT_IPTV));
        assertThat(Planner.plan(desired, Optional.empty()).isEmpty()).isTrue();
    }

    @Test
    void theMostDecisiveReasonIsNamed() {
        Account blockedInactive = account(INTERNET_ONLY, List.of(), true, BillStatus.INACTIVE);
        Account blockedNoIptv = account(INTERNET_ONLY, List.of(), true, BillStatus.OPEN);

        assertThat(desired(Optional.of(blockedInactive), Optional.of(goodCustomer())).reason()).contains(Reason.NOT_YET_ACTIVE);
        assertThat(desired(Optional.of(blockedNoIptv), Optional.of(goodCustomer())).reason()).contains(Reason.BLOCKED);
    }

    private static Entitlement entitlementOf(Account account) {
        DesiredCustomer desired = desired(Optional.of(account), Optional.of(goodCustomer()));
        assertThat(desired).isInstanceOf(DesiredCustomer.Enabled.class);
        return ((DesiredCustomer.Enabled) desired).entitlement();
    }
}
