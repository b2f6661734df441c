package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.CatalogSwitchServiceTest.SPORTS_IN_BASIC;
import static dev.iptvbridge.application.service.TestBridge.ACCOUNT;
import static dev.iptvbridge.application.service.TestBridge.BASIC_SPORTS;
import static dev.iptvbridge.application.service.TestBridge.CATALOG;
import static dev.iptvbridge.application.service.TestBridge.SPORTS_ADDON;
import static dev.iptvbridge.application.service.TestBridge.START;
import static dev.iptvbridge.application.service.TestBridge.TV_BASIC;
import static dev.iptvbridge.application.service.TestBridge.TV_PREMIUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.InMemoryAccountProducts;
import dev.iptvbridge.application.port.in.AffectedSample;
import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.application.port.in.DiffCatalogQuery;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.CatalogChange;
import dev.iptvbridge.domain.catalog.CatalogDigest;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reconcile records the account's products; the diff reads them; the next reconcile uses the new catalog. */
class CatalogChangeTest {

    final TestBridge bridge = new TestBridge().withGoodCustomer();
    final InMemoryAccountProducts products = new InMemoryAccountProducts();
    final ActiveCatalog active = new ActiveCatalog(CATALOG);
    final ReconcileAccountService reconciler = new ReconcileAccountService(
            new DesiredStateReader(bridge.billing, active, products, bridge.served, bridge.clock), bridge.platform,
            new PlanExecutor(bridge.platform, bridge.audit, bridge.clock),
            new OutcomeRecorder(bridge.audit, bridge.applied, bridge.outbox, bridge.queue, bridge.clock), bridge.served);
    final DiffCatalogService diff = new DiffCatalogService(products, bridge.applied, bridge.clock);

    @Test
    void aReconcileRecordsTheProductsItReadAndForgetsAnAccountBillingNoLongerShows() {
        AddOn sports = AddOn.from(SPORTS_ADDON, START.minusSeconds(60));
        bridge.billing.put(TestBridge.openAccount(TV_BASIC, sports));

        reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        assertThat(products.page(0, 10)).containsExactly(new AccountProducts(ACCOUNT, TV_BASIC, List.of(sports), START));

        bridge.billing.forgetAccount(ACCOUNT);
        reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        assertThat(products.page(0, 10)).isEmpty();
    }

    @Test
    void theDiffNamesTheTouchedAccountsAndTheirPlanAgainstWhatWasApplied() {
        bridge.billing.put(TestBridge.openAccount(TV_BASIC));
        reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        products.save(new AccountProducts(2, TV_PREMIUM, List.of(), START));
        products.save(new AccountProducts(3, TV_BASIC, List.of(AddOn.from(SPORTS_ADDON, START)), START));

        CatalogDiffResult result = diff.diff(new DiffCatalogQuery(CATALOG, SPORTS_IN_BASIC, 5));

        assertThat(result.changes()).extracting(CatalogChange::subject).containsExactly(String.valueOf(TV_BASIC));
        assertThat(result.affected()).containsExactly(ACCOUNT);
        assertThat(result.count()).isEqualTo(1);
        AffectedSample sample = result.samples().get(0);
        assertThat(sample.after().minervaPackages()).isEqualTo(BASIC_SPORTS);
        assertThat(sample.plan()).containsExactly("add packages ch-sports");
    }

    @Test
    void aReconcileAfterASwitchUsesTheNewCatalog() {
        bridge.billing.put(TestBridge.openAccount(TV_BASIC));
        reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        active.switchTo(new ActiveCatalog.Version(SPORTS_IN_BASIC, CatalogDigest.of(SPORTS_IN_BASIC), 2));
        reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(bridge.platform.find(ACCOUNT)).map(IptvCustomer::packages).contains(BASIC_SPORTS);
        assertThat(bridge.billing.readCustomer(TestBridge.CUSTOMER)).map(c -> c.status()).contains(CustomerStatus.OPEN);
    }
}
