package dev.iptvbridge.sandbox.minerva;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldIptvCustomer;
import dev.iptvbridge.sandbox.world.WorldSink;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A generated world in the Minerva simulator, read back page by page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedWorldIT {

    private static final String SPEC = "accounts=1500,seed=5,missing=0.02,should_be_enabled=0.01,orphan=0.01,foreign=0.005";
    private final List<String> expected = new ArrayList<>();
    private MinervaSimulator simulator;
    private MinervaHttp http;

    @BeforeAll
    void start() {
        simulator = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        World world = World.generate(WorldSpec.parse(SPEC));
        world.forEach(new WorldSink() {
            @Override
            public void iptvCustomer(WorldIptvCustomer customer) {
                expected.add(customer.externalId());
            }
        });
        assertThat(simulator.loadWorld(world).iptvCustomers()).isEqualTo(expected.size());
        // A page of 1,000 is the largest answer the simulator gives: leave a loaded CI machine time for it.
        http = MinervaHttp.of(simulator).withTimeout(java.time.Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void pagesHoldEveryCustomerOnceNotInIdOrderWithTheTotal() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * 1000 < expected.size(); page++) {
            JsonNode body = http.get("/customers?page=" + page + "&size=1000").json();
            assertThat(body.path("total").asLong()).isEqualTo(expected.size());
            assertThat(body.path("page").asInt()).isEqualTo(page);
            assertThat(body.path("size").asInt()).isEqualTo(1000);
            body.path("customers").forEach(c -> seen.add(c.path("externalId").asText()));
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen).isNotEqualTo(expected.stream().sorted().toList());
        assertThat(http.get("/customers?page=" + (expected.size() / 1000 + 1) + "&size=1000").json().path("customers")).isEmpty();
    }

    @Test
    void aPageAboveAThousandIsRefused() throws Exception {
        MinervaHttp.Answer answer = http.get("/customers?page=0&size=1001");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("VALIDATION");
        assertThat(http.get("/customers?page=0&size=0").status()).isEqualTo(400);
    }

    @Test
    void foreignAndOrphanCustomersAreThere() {
        assertThat(simulator.customer("legacy-000000")).isPresent();
        assertThat(simulator.customer(Long.toString(World.FIRST_ORPHAN))).isPresent();
        assertThat(simulator.customer(expected.get(0)).map(SimCustomer::login))
                .hasValueSatisfying(login -> assertThat(login).endsWith("@tv.example"));
    }

    @Test
    void aScenarioMayGenerateTheSameCustomers() throws Exception {
        try (MinervaSimulator other = MinervaSimulator.start(MinervaSimulatorSettings.defaults())) {
            String yaml = "packages: [{id: CH-BASIC}, {id: CH-KIDS}, {id: CH-SPORTS}, {id: SVOD-CATALOG}, {id: CALLER-ID}]\n"
                    + "generate: {accounts: 1500, seed: 5, drift: {missing: 0.02, should_be_enabled: 0.01, orphan: 0.01, foreign: 0.005}}\n";
            other.loadScenario(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

            assertThat(other.customers()).isEqualTo(simulator.customers());
            assertThat(other.callCounts().values().stream().mapToLong(Long::longValue).sum()).isZero();
            assertThat(other.journal()).isEmpty();
        }
    }
}
