package dev.iptvbridge.sandbox.minerva;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseFeedIT {

    private MinervaSimulator simulator;
    private MinervaHttp http;

    @BeforeEach
    void start() {
        simulator = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        http = MinervaHttp.of(simulator);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void purchasesAndRefundsMadeOverHttpAreServedInSeqOrderByTheFeed() throws Exception {
        MinervaHttp.Answer bought = http.send("POST", "/purchases",
                "{\"externalId\":\"1000889\",\"kind\":\"VOD\",\"title\":\"Dune\",\"price\":\"3.99\",\"currency\":\"USD\"}");
        String id = bought.json().path("purchaseId").asText();
        assertThat(bought.status()).isEqualTo(201);
        assertThat(http.send("POST", "/purchases/" + id + "/refund", null).status()).isEqualTo(201);
        assertThat(http.send("POST", "/purchases/" + id + "/refund", null).status()).isEqualTo(409);

        JsonNode page = http.get("/purchases/events?after=0&size=10").json();
        assertThat(page.path("last").asLong()).isEqualTo(2);
        assertThat(page.path("events").get(0).path("type").asText()).isEqualTo("PURCHASE");
        assertThat(page.path("events").get(1).path("type").asText()).isEqualTo("REFUND");
        assertThat(page.path("events").get(1).path("price").asText()).isEqualTo("3.99");
        JsonNode empty = http.get("/purchases/events?after=2&size=10").json();
        assertThat(empty.path("events")).isEmpty();
        assertThat(empty.path("last").asLong()).isEqualTo(2);
        assertThat(http.get("/purchases/events?after=0&size=1001").status()).isEqualTo(400);
        assertThat(http.get("/purchases/events?after=-1").status()).isEqualTo(400);
    }

    @Test
    void repeatedPagesCarryEventsAlreadyServedButTheCursorStillReachesTheEnd() throws Exception {
        for (int i = 0; i < 10; i++) {
            simulator.recordPurchase("1000889", "PPV", "Match " + i, "1.00", "USD");
        }
        simulator.repeatFeedPages(2);
        List<Long> seen = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < 20 && after < 10; page++) {
            JsonNode answer = http.get("/purchases/events?after=" + after + "&size=3").json();
            answer.path("events").forEach(event -> seen.add(event.path("seq").asLong()));
            after = answer.path("last").asLong();
        }

        assertThat(after).isEqualTo(10);
        assertThat(seen).hasSizeGreaterThan(10).containsAll(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
    }
}
