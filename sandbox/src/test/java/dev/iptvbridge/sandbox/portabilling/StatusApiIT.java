package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusApiIT {

    static {
        QuietLogs.install();
    }

    private static final Instant START = Instant.parse("2026-11-25T14:03:11Z");
    private final MutableClock clock = new MutableClock(START);
    private PortaBillingSimulator simulator;
    private PbClient client;

    @BeforeAll
    void startSimulator() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults(), clock);
    }

    @BeforeEach
    void loadDemo() {
        clock.set(START);
        simulator.reset();
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        client = new PbClient(simulator.baseUrl()).login();
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void aReportedStatusIsRecordedPerAccountAndGroup() {
        PbClient.Answer answer = client.status(1000889,
                "{\"status\": \"OK\", \"group\": \"IPTV\", \"message\": \"enabled with 3 channel packages\"}", client.token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(simulator.provisioningStatus(1000889, "IPTV")).contains(
                new ReportedStatus("OK", "IPTV", "enabled with 3 channel packages", Instant.parse("2026-11-25T14:03:11Z")));
        assertThat(simulator.provisioningStatus(1000889, "VOICE")).isEmpty();
        assertThat(simulator.provisioningStatus(1000890, "IPTV")).isEmpty();
    }

    @Test
    void aLaterReportReplacesTheEarlierOne() {
        client.status(1000889, "{\"status\": \"IN_PROGRESS\", \"group\": \"IPTV\"}", client.token());
        client.status(1000889, "{\"status\": \"FAILED\", \"group\": \"IPTV\", \"message\": \"Minerva down\"}", client.token());

        assertThat(simulator.provisioningStatus(1000889, "IPTV").orElseThrow().status()).isEqualTo("FAILED");
    }

    @Test
    void badReportsAreRefusedWith4xx() {
        String token = client.token();
        assertThat(client.status(1000889, "{\"status\": \"DONE\", \"group\": \"IPTV\"}", token).status()).isEqualTo(400);
        assertThat(client.status(1000889, "{\"status\": \"OK\"}", token).status()).isEqualTo(400);
        assertThat(client.status(1000889, "{\"status\": \"OK\", \"group\": \"IPTV\", \"message\": \"" + "x".repeat(4001) + "\"}", token)
                .status()).isEqualTo(400);
        assertThat(client.status(4242, "{\"status\": \"OK\", \"group\": \"IPTV\"}", token).status()).isEqualTo(404);
        assertThat(client.status(1000889, "{\"status\": \"OK\", \"group\": \"IPTV\"}", "bad-token").status()).isEqualTo(401);
        assertThat(client.status(1000889, "{\"status\": \"OK\", \"group\": \"IPTV\"}", null).status()).isEqualTo(401);
        assertThat(simulator.provisioningStatus(1000889, "IPTV")).isEmpty();
    }

    @Test
    void aMessageOfExactly4000CharactersIsAccepted() {
        String message = "y".repeat(4000);
        assertThat(client.status(1000889, "{\"status\": \"RETRY\", \"group\": \"IPTV\", \"message\": \"" + message + "\"}",
                client.token()).status()).isEqualTo(200);
        assertThat(simulator.provisioningStatus(1000889, "IPTV").orElseThrow().message()).hasSize(4000);
    }

    @Test
    void aFormEncodedReportAsTheHandbookDescribesIsRecordedToo() {
        PbClient.Answer answer = client.statusForm(1000889,
                "status=RETRY&group=IPTV&message=Minerva%3A+50%25+%26+d%C3%A9j%C3%A0+vu", client.token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(simulator.provisioningStatus(1000889, "IPTV")).contains(
                new ReportedStatus("RETRY", "IPTV", "Minerva: 50% & déjà vu", START));
        assertThat(client.statusForm(1000889, "status=DONE&group=IPTV", client.token()).status()).isEqualTo(400);
    }

    @Test
    void duringAnOutageReportsAreAnsweredWithItsStatusAndNotRecordedUntilItEnds() {
        simulator.failStatusReports(503);

        assertThat(client.statusForm(1000889, "status=OK&group=IPTV", client.token()).status()).isEqualTo(503);
        assertThat(simulator.provisioningStatus(1000889, "IPTV")).isEmpty();
        assertThat(simulator.refusedStatusReports()).isEqualTo(1);

        simulator.failStatusReports(0);

        assertThat(client.statusForm(1000889, "status=OK&group=IPTV", client.token()).status()).isEqualTo(200);
        assertThat(simulator.provisioningStatus(1000889, "IPTV").orElseThrow().status()).isEqualTo("OK");
    }
}
