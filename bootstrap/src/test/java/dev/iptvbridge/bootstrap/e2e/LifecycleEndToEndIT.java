package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitAbsent;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.disabled;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row of the lifecycle table, driven through PortaBilling and its real ESPF webhooks. */
class LifecycleEndToEndIT {

    @TempDir
    static Path data;
    static SandboxWorld world;
    static PortaBillingSimulator billing;
    static MinervaSimulator minerva;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
        billing = world.billing();
        minerva = world.minerva();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void the_demo_world_is_provisioned_at_start() {
        awaitCustomer(minerva, 1000889, enabledWith(BASIC_AND_SPORTS));
        SimCustomer bob = awaitCustomer(minerva, 1000890, enabledWith(FAMILY));
        assertThat(bob.wholeHomeDvr()).isTrue();
        assertThat(minerva.customer("1000891")).as("voice-only account").isEmpty();
        assertThat(minerva.customer("1000892")).as("account not yet active").isEmpty();
    }

    @Test
    void an_account_created_with_an_iptv_product_gets_an_enabled_customer_with_its_packages() {
        long id = billing.addAccount(account("created@tv.example", 5001, 101));

        SimCustomer customer = awaitCustomer(minerva, id, enabledWith(BASIC));

        assertThat(customer.login()).isEqualTo("created@tv.example");
        assertThat(customer.name()).isEqualTo("Alice Anders");
        await(() -> billing.provisioningStatus(id, "IPTV").isPresent());
        assertThat(billing.provisioningStatus(id, "IPTV").orElseThrow().status()).isEqualTo("OK");
    }

    @Test
    void blocking_disables_and_keeps_the_packages_and_unblocking_enables_again() {
        long id = billing.addAccount(account("blocked@tv.example", 5001, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        billing.updateAccount(id, Map.of("blocked", "Y"));
        SimCustomer blocked = awaitCustomer(minerva, id, disabled());
        assertThat(blocked.packages()).containsExactly("CH-BASIC");

        billing.updateAccount(id, Map.of("blocked", "N"));
        awaitCustomer(minerva, id, enabledWith(BASIC));
    }

    @Test
    void a_product_change_to_one_with_iptv_creates_the_customer() {
        long id = billing.addAccount(account("upgrade@tv.example", 5003, 103));

        billing.updateAccount(id, Map.of("i_product", 102));

        SimCustomer customer = awaitCustomer(minerva, id, enabledWith(FAMILY));
        assertThat(customer.wholeHomeDvr()).isTrue();
    }

    @Test
    void product_and_add_on_changes_between_iptv_offers_replace_the_packages() {
        long id = billing.addAccount(account("changes@tv.example", 5002, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        billing.updateAccount(id, Map.of("assigned_addons",
                List.of(Map.of("i_product", 201, "addon_effective_from", "2026-01-01T00:00:00"))));
        awaitCustomer(minerva, id, enabledWith(BASIC_AND_SPORTS));

        billing.updateAccount(id, Map.of("i_product", 102));
        SimCustomer family = awaitCustomer(minerva, id, enabledWith(List.of("CALLER-ID", "CH-BASIC", "CH-KIDS",
                "CH-SPORTS", "SVOD-CATALOG")));
        assertThat(family.wholeHomeDvr()).isTrue();

        billing.updateAccount(id, Map.of("assigned_addons", List.of()));
        awaitCustomer(minerva, id, enabledWith(FAMILY));
    }

    @Test
    void a_product_change_to_one_without_iptv_disables_and_keeps_the_customer() {
        long id = billing.addAccount(account("downgrade@tv.example", 5002, 102));
        awaitCustomer(minerva, id, enabledWith(FAMILY));

        billing.updateAccount(id, Map.of("i_product", 103));

        SimCustomer kept = awaitCustomer(minerva, id, disabled());
        assertThat(kept.packages()).containsExactlyElementsOf(FAMILY);
    }

    @Test
    void termination_deletes_the_customer() {
        long id = billing.addAccount(account("leaving@tv.example", 5001, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        billing.terminateAccount(id);

        awaitAbsent(minerva, id);
    }

    @Test
    void an_account_that_never_had_iptv_gets_nothing_in_minerva() {
        long id = billing.addAccount(account("voice@voice.example", 5003, 103));
        billing.updateAccount(id, Map.of("blocked", "Y"));
        billing.updateAccount(id, Map.of("blocked", "N"));

        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);

        assertThat(E2e.customer(minerva, id)).isEmpty();
    }

    @Test
    void a_renamed_account_keeps_its_key_and_gets_the_new_login() {
        long id = billing.addAccount(account("old-name@tv.example", 5001, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        billing.updateAccount(id, Map.of("id", "new-name@tv.example"));

        awaitCustomer(minerva, id, customer -> customer.login().equals("new-name@tv.example"));
    }

    @Test
    void a_customer_suspension_disables_all_its_accounts_and_the_payment_restores_them() {
        long customer = billing.addCustomer(Map.of("name", "Dora Debtor", "bill_status", "O", "blocked", "N"));
        long first = billing.addAccount(account("dora1@tv.example", customer, 101));
        long second = billing.addAccount(account("dora2@tv.example", customer, 102));
        awaitCustomer(minerva, first, enabledWith(BASIC));
        awaitCustomer(minerva, second, enabledWith(FAMILY));

        billing.updateCustomer(customer, Map.of("bill_status", "S"));
        awaitCustomer(minerva, first, disabled());
        awaitCustomer(minerva, second, disabled());

        billing.updateCustomer(customer, Map.of("bill_status", "O"));
        awaitCustomer(minerva, first, enabledWith(BASIC));
        awaitCustomer(minerva, second, enabledWith(FAMILY));
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(50)).until(condition);
    }
}
