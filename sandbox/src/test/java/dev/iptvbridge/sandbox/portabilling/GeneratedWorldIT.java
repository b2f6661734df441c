package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldAccount;
import dev.iptvbridge.sandbox.world.WorldCustomer;
import dev.iptvbridge.sandbox.world.WorldSink;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A generated world in the PortaBilling simulator, read back through the API's lists. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedWorldIT {

    static {
        QuietLogs.install();
    }

    private static final String SPEC = "accounts=1300,seed=11,missing=0.01,should_be_deleted=0.02,orphan=0.01";
    private final List<WorldAccount> accounts = new ArrayList<>();
    private final List<WorldCustomer> customers = new ArrayList<>();
    private PortaBillingSimulator simulator;
    private PbClient client;

    @BeforeAll
    void start() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        World world = World.generate(WorldSpec.parse(SPEC));
        world.forEach(new WorldSink() {
            @Override
            public void customer(WorldCustomer customer) {
                customers.add(customer);
            }

            @Override
            public void account(WorldAccount account) {
                accounts.add(account);
            }
        });
        World.Counts counts = simulator.loadWorld(world);
        assertThat(counts.accounts()).isEqualTo(1300);
        client = new PbClient(simulator.baseUrl()).login();
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void accountPagesHoldEveryAccountOnceNotInIdOrder() {
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 1500; offset += 500) {
            PbClient.Answer page = client.call("Account/get_account_list", Map.of("limit", 500, "offset", offset, "get_total", 1));
            assertThat(page.body().get("total")).isEqualTo(1300);
            assertThat(ListPagingIT.list(page, "account_list")).hasSizeLessThanOrEqualTo(500);
            seen.addAll(ListPagingIT.ids(page, "account_list", "i_account"));
        }

        List<Long> ids = accounts.stream().map(WorldAccount::iAccount).toList();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen.subList(0, 500)).isNotEqualTo(ids.subList(0, 500));
    }

    @Test
    void theListFiltersByCustomerStatusAndEnvironment() {
        WorldCustomer family = customers.stream().filter(c -> accounts.stream().filter(a -> a.iCustomer() == c.iCustomer()).count() > 2)
                .findFirst().orElseThrow();
        long open = accounts.stream().filter(a -> !a.billStatus().equals("C")).count();

        PbClient.Answer ofOne = client.call("Account/get_account_list", Map.of("i_customer", family.iCustomer(), "get_total", 1));
        PbClient.Answer notClosed = client.call("Account/get_account_list",
                Map.of("get_not_closed_accounts", 1, "limit", 1, "get_total", 1));

        assertThat(ListPagingIT.ids(ofOne, "account_list", "i_account")).containsExactlyInAnyOrderElementsOf(
                accounts.stream().filter(a -> a.iCustomer() == family.iCustomer()).map(WorldAccount::iAccount).toList());
        assertThat(notClosed.body().get("total")).isEqualTo((int) open);
        assertThat(client.call("Account/get_account_list", Map.of("i_env", 3, "limit", 1, "get_total", 1)).body().get("total"))
                .isEqualTo(1300);
    }

    @Test
    void customerPagesHoldEveryCustomerOnceWithItsStatus() {
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int offset = 0; offset < customers.size(); offset += 500) {
            seen.addAll(ListPagingIT.list(client.call("Customer/get_customer_list", Map.of("limit", 500, "offset", offset)), "customer_list"));
        }

        assertThat(seen).extracting(c -> ((Number) c.get("i_customer")).longValue())
                .containsExactlyInAnyOrderElementsOf(customers.stream().map(WorldCustomer::iCustomer).toList());
        assertThat(seen).filteredOn(c -> "S".equals(c.get("bill_status")))
                .hasSize((int) customers.stream().filter(WorldCustomer::suspended).count());
    }

    @Test
    void theWorldWasAlreadyThereSoNoEventIsSent() {
        assertThat(simulator.espf().pending()).isZero();
        assertThat(simulator.espf().log()).isEmpty();
    }

    @Test
    void aScenarioMayGenerateTheSameWorld() {
        try (PortaBillingSimulator other = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            other.loadScenario(yaml(demoProducts() + "generate: {accounts: 1300, seed: 11, drift: {missing: 0.01, should_be_deleted: 0.02, orphan: 0.01}}\n"));

            for (WorldAccount account : List.of(accounts.get(0), accounts.get(777), accounts.get(1299))) {
                assertThat(other.account(account.iAccount())).isEqualTo(simulator.account(account.iAccount()));
            }
            assertThat(other.account(World.FIRST_ACCOUNT + 1300)).isEmpty();
        }
    }

    @Test
    void aScenarioCannotBothGenerateAndListAccounts() {
        try (PortaBillingSimulator other = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            String both = demoProducts() + "customers: [{i_customer: 1, name: A}]\ngenerate: {accounts: 10}\n";
            assertThatThrownBy(() -> other.loadScenario(yaml(both))).hasMessageContaining("cannot also list customers or accounts");
            assertThatThrownBy(() -> other.loadScenario(yaml("generate: {accounts: 10}\n"))).hasMessageContaining("product 101 is missing");
        }
    }

    @Test
    void aLatencyDelaysEveryCall() {
        simulator.latency(Duration.ofMillis(60));
        try {
            long started = System.nanoTime();
            client.call("Customer/get_customer_info", Map.of("i_customer", World.FIRST_CUSTOMER));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
        } finally {
            simulator.latency(Duration.ZERO);
        }
    }

    private static String demoProducts() {
        return """
                environment: 3
                products:
                  - {i_product: 101, name: TV Basic}
                  - {i_product: 102, name: TV Family}
                  - {i_product: 103, name: Voice Only}
                  - {i_product: 201, name: Sports pack, addon_priority: 10}
                """;
    }

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
