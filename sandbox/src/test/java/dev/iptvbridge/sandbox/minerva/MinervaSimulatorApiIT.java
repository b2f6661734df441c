package dev.iptvbridge.sandbox.minerva;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MinervaSimulatorApiIT {

    private static MinervaSimulator simulator;
    private static MinervaHttp http;

    @BeforeAll
    static void start() throws Exception {
        simulator = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        try (InputStream demo = MinervaSimulatorApiIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
            simulator.loadScenario(demo);
        }
        http = MinervaHttp.of(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void baseUrlIsOnLoopbackUnderTheBackOfficePath() {
        assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port() + "/xtv-ws-backoffice/api/v1");
        assertThat(simulator.port()).isPositive();
    }

    @Test
    void listsThePackagesOfTheScenario() throws Exception {
        var answer = http.get("/packages");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("packages")).hasSize(5);
        assertThat(answer.json().path("packages").get(0).toString())
                .isEqualTo("{\"id\":\"CH-BASIC\",\"name\":\"Basic channels\",\"type\":\"CHANNEL\",\"channels\":[\"BBC1\",\"BBC2\",\"CNN\"]}");
    }

    @Test
    void createsACustomerWithEveryFieldAndSortsItsPackages() throws Exception {
        var answer = http.send("POST", "/customers", "{\"externalId\":\"1000889\",\"login\":\"alice@tv.example\","
                + "\"name\":\"Alice\",\"status\":\"DISABLED\",\"packages\":[\"CH-SPORTS\",\"CH-BASIC\"],"
                + "\"wholeHomeDvr\":true,\"maxDevices\":2,\"createdAt\":\"1999-01-01T00:00:00Z\"}");

        assertThat(answer.status()).isEqualTo(201);
        var body = answer.json();
        assertThat(body.path("externalId").asText()).isEqualTo("1000889");
        assertThat(body.path("login").asText()).isEqualTo("alice@tv.example");
        assertThat(body.path("name").asText()).isEqualTo("Alice");
        assertThat(body.path("status").asText()).isEqualTo("DISABLED");
        assertThat(body.path("packages").toString()).isEqualTo("[\"CH-BASIC\",\"CH-SPORTS\"]");
        assertThat(body.path("wholeHomeDvr").asBoolean()).isTrue();
        assertThat(body.path("maxDevices").asInt()).isEqualTo(2);
        assertThat(body.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ").doesNotStartWith("1999");
        assertThat(simulator.customer("1000889")).get().extracting(SimCustomer::packages)
                .isEqualTo(java.util.List.of("CH-BASIC", "CH-SPORTS"));
    }

    @Test
    void createAppliesTheDefaultsOfTheReference() throws Exception {
        var body = http.create("42").json();

        assertThat(body.path("name").asText()).isEmpty();
        assertThat(body.path("status").asText()).isEqualTo("ENABLED");
        assertThat(body.path("packages")).isEmpty();
        assertThat(body.path("wholeHomeDvr").asBoolean()).isFalse();
        assertThat(body.path("maxDevices").asInt()).isEqualTo(4);
    }

    @Test
    void createRefusesMissingLoginUnknownPackagesAndExistingCustomers() throws Exception {
        var missingLogin = http.send("POST", "/customers", "{\"externalId\":\"1\"}");
        var unknownPackage = http.send("POST", "/customers", "{\"externalId\":\"1\",\"login\":\"a\",\"packages\":[\"NOPE\"]}");
        http.create("1");
        var exists = http.create("1");
        var notJson = http.send("POST", "/customers", "<customer/>");

        assertThat(missingLogin.status()).isEqualTo(400);
        assertThat(missingLogin.errorCode()).isEqualTo("VALIDATION");
        assertThat(missingLogin.json().path("MinervaError").path("message").asText()).contains("login");
        assertThat(unknownPackage.status()).isEqualTo(404);
        assertThat(unknownPackage.errorCode()).isEqualTo("PACKAGE_NOT_FOUND");
        assertThat(exists.status()).isEqualTo(409);
        assertThat(exists.errorCode()).isEqualTo("CUSTOMER_EXISTS");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(simulator.customers()).hasSize(1);
    }

    @Test
    void readsACustomerOrAnswers404() throws Exception {
        http.create("7");

        assertThat(http.get("/customers/7").json().path("login").asText()).isEqualTo("u7@tv");
        var missing = http.get("/customers/8");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("CUSTOMER_NOT_FOUND");
    }

    @Test
    void listsCustomersPageByPageWithTheTotal() throws Exception {
        for (int i = 1; i <= 5; i++) {
            http.create("10" + i);
        }

        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            http.get("/customers?page=" + page + "&size=2").json().path("customers")
                    .forEach(c -> seen.add(c.path("externalId").asText()));
        }
        var last = http.get("/customers?page=2&size=2").json();
        assertThat(last.path("customers")).hasSize(1);
        // Every customer once; no order is promised [C], and the simulator's is a seeded hash, not the id order.
        assertThat(seen).containsExactlyInAnyOrder("101", "102", "103", "104", "105");
        assertThat(seen).isNotEqualTo(java.util.List.of("101", "102", "103", "104", "105"));
        assertThat(last.path("page").asInt()).isEqualTo(2);
        assertThat(last.path("size").asInt()).isEqualTo(2);
        assertThat(last.path("total").asLong()).isEqualTo(5);
        assertThat(http.get("/customers?page=0&size=1000").status()).isEqualTo(200);
        assertThat(http.get("/customers?page=0&size=1001").status()).isEqualTo(400);
        assertThat(http.get("/customers?page=-1&size=10").errorCode()).isEqualTo("VALIDATION");
        assertThat(http.get("/customers?page=x").status()).isEqualTo(400);
    }

    @Test
    void patchChangesOnlyTheGivenFields() throws Exception {
        http.send("POST", "/customers", "{\"externalId\":\"5\",\"login\":\"old\",\"name\":\"Old\",\"maxDevices\":3}");

        var answer = http.send("PATCH", "/customers/5", "{\"name\":\"New\",\"wholeHomeDvr\":true}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("name").asText()).isEqualTo("New");
        assertThat(answer.json().path("wholeHomeDvr").asBoolean()).isTrue();
        assertThat(answer.json().path("login").asText()).isEqualTo("old");
        assertThat(answer.json().path("maxDevices").asInt()).isEqualTo(3);
    }

    @Test
    void patchRefusesNullsOtherFieldsAndUnknownCustomers() throws Exception {
        http.create("5");

        var nullName = http.send("PATCH", "/customers/5", "{\"name\":null}");
        var status = http.send("PATCH", "/customers/5", "{\"status\":\"DISABLED\"}");
        var missing = http.send("PATCH", "/customers/6", "{\"name\":\"x\"}");

        assertThat(nullName.status()).isEqualTo(400);
        assertThat(nullName.errorCode()).isEqualTo("VALIDATION");
        assertThat(status.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(simulator.customer("5").orElseThrow().status()).isEqualTo("ENABLED");
    }

    @Test
    void statusPutDisablesAndAnswersTheSameWhenNothingChanges() throws Exception {
        http.create("9");

        var first = http.send("PUT", "/customers/9/status", "{\"status\":\"DISABLED\",\"reason\":\"blocked in billing\"}");
        var again = http.send("PUT", "/customers/9/status", "{\"status\":\"DISABLED\",\"reason\":\"blocked in billing\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asText()).isEqualTo("DISABLED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(http.send("PUT", "/customers/9/status", "{\"status\":\"PAUSED\"}").status()).isEqualTo(400);
        assertThat(http.send("PUT", "/customers/8/status", "{\"status\":\"ENABLED\"}").status()).isEqualTo(404);
    }

    @Test
    void packagesPutReplacesTheWholeSet() throws Exception {
        http.send("POST", "/customers", "{\"externalId\":\"3\",\"login\":\"c\",\"packages\":[\"CH-BASIC\"]}");

        var answer = http.send("PUT", "/customers/3/packages", "{\"packages\":[\"SVOD-CATALOG\",\"CH-KIDS\"]}");
        var unknown = http.send("PUT", "/customers/3/packages", "{\"packages\":[\"NOPE\"]}");
        var noCustomer = http.send("PUT", "/customers/4/packages", "{\"packages\":[]}");

        assertThat(answer.json().path("packages").toString()).isEqualTo("[\"CH-KIDS\",\"SVOD-CATALOG\"]");
        assertThat(unknown.errorCode()).isEqualTo("PACKAGE_NOT_FOUND");
        assertThat(noCustomer.errorCode()).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(simulator.customer("3").orElseThrow().packages()).containsExactly("CH-KIDS", "SVOD-CATALOG");
    }

    @Test
    void deleteAnswers204ThenNotFound() throws Exception {
        http.create("11");

        assertThat(http.send("DELETE", "/customers/11", null).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/customers/11", null).errorCode()).isEqualTo("CUSTOMER_NOT_FOUND");
        assertThat(simulator.customer("11")).isEmpty();
    }

    @Test
    void everyCallNeedsBasicAuth() throws Exception {
        var anonymous = new MinervaHttp(simulator.baseUrl(), null, null).get("/packages");
        var wrong = new MinervaHttp(simulator.baseUrl(), "minerva", "guess").create("1");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.response().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"minerva\"");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(simulator.customers()).isEmpty();
    }

    @Test
    void countsAndJournalsEveryCall() throws Exception {
        http.create("1");
        http.get("/customers/1");
        http.get("/customers/2");

        assertThat(simulator.callCounts()).containsEntry("create", 1L).containsEntry("read", 2L).containsEntry("delete", 0L);
        assertThat(simulator.journal()).extracting(JournalEntry::method, JournalEntry::path, JournalEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POST", "/xtv-ws-backoffice/api/v1/customers", 201),
                        org.assertj.core.groups.Tuple.tuple("GET", "/xtv-ws-backoffice/api/v1/customers/1", 200),
                        org.assertj.core.groups.Tuple.tuple("GET", "/xtv-ws-backoffice/api/v1/customers/2", 404));
    }

    @Test
    void resetForgetsCustomersButKeepsPackages() throws Exception {
        http.create("1");
        simulator.putCustomer(new SimCustomer("2", "drift", "", "DISABLED", java.util.List.of("CH-KIDS"), false, 4,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        assertThat(http.get("/customers/2").json().path("login").asText()).isEqualTo("drift");

        simulator.reset();

        assertThat(simulator.customers()).isEmpty();
        assertThat(simulator.journal()).isEmpty();
        assertThat(simulator.packages()).hasSize(5);
    }
}
