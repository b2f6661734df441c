package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code Customer/get_customer_list} and {@code Account/get_account_list} paged with limit and offset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingIT {

    static {
        QuietLogs.install();
    }

    private PortaBillingSimulator simulator;
    private PbClient client;
    private final List<Long> customers = new ArrayList<>();

    @BeforeAll
    void start() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        customers.addAll(List.of(5001L, 5002L, 5003L));
        for (int i = 0; i < 40; i++) {
            customers.add(simulator.addCustomer(Map.of("name", "Customer " + i)));
        }
        simulator.updateCustomer(customers.get(10), Map.of("bill_status", "S"));
        client = new PbClient(simulator.baseUrl()).login();
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void customerPagesHoldEveryCustomerOnceWithTheTotal() {
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 50; offset += 7) {
            PbClient.Answer page = client.call("Customer/get_customer_list", Map.of("limit", 7, "offset", offset, "get_total", 1));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("total")).isEqualTo(43);
            seen.addAll(ids(page, "customer_list", "i_customer"));
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(customers);
        // Neither list promises an order [C]; the simulator's is a seeded hash, so a client relying on id order fails.
        assertThat(seen).isNotEqualTo(customers.stream().sorted().toList());
    }

    @Test
    void aCustomerShowsItsNameAndStatus() {
        PbClient.Answer all = client.call("Customer/get_customer_list", Map.of("limit", 500, "offset", 0));

        assertThat(list(all, "customer_list")).contains(
                Map.of("i_customer", 5001, "name", "Alice Anders", "i_env", 3, "bill_status", "O", "blocked", "N"),
                Map.of("i_customer", customers.get(10).intValue(), "name", "Customer 7", "i_env", 3, "bill_status", "S", "blocked", "N"));
        assertThat(all.body()).doesNotContainKey("total");
    }

    @Test
    void theSameRequestAnswersTheSameOrder() {
        Map<String, Object> request = Map.of("limit", 10, "offset", 5);

        assertThat(ids(client.call("Customer/get_customer_list", request), "customer_list", "i_customer"))
                .isEqualTo(ids(client.call("Customer/get_customer_list", request), "customer_list", "i_customer"));
    }

    @Test
    void anOffsetPastTheEndIsAnEmptyPageAndAnEnvFilters() {
        assertThat(list(client.call("Customer/get_customer_list", Map.of("limit", 10, "offset", 43)), "customer_list")).isEmpty();
        assertThat(client.call("Customer/get_customer_list", Map.of("i_env", 4, "get_total", 1)).body())
                .isEqualTo(Map.of("customer_list", List.of(), "total", 0));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(PbClient.Answer answer, String key) {
        return (List<Map<String, Object>>) answer.body().get(key);
    }

    static List<Long> ids(PbClient.Answer answer, String key, String id) {
        return list(answer, key).stream().map(item -> ((Number) item.get(id)).longValue()).toList();
    }
}
