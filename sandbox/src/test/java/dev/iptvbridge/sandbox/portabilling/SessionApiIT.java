package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionApiIT {

    static {
        QuietLogs.install();
    }

    private static final Instant START = Instant.parse("2026-11-25T14:03:11Z");
    private final MutableClock clock = new MutableClock(START);
    private PortaBillingSimulator simulator;
    private PbClient client;

    @BeforeAll
    void startSimulator() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults()
                .withLifetimes(Duration.ofHours(48), Duration.ofHours(24)), clock);
    }

    @BeforeEach
    void loadDemo() {
        clock.set(START);
        simulator.reset();
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        client = new PbClient(simulator.baseUrl());
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void loginAnswersTokensThatExpireAfter48Hours() {
        PbClient.Answer answer = client.call("Session/login", Map.of("login", "bridge", "password", "bridge-secret"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsOnlyKeys("access_token", "expires_at", "refresh_token", "session_id");
        assertThat(answer.body().get("expires_at")).isEqualTo("2026-11-27 14:03:11");
        assertThat((String) answer.body().get("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    @Test
    void anApiTokenWorksInPlaceOfThePassword() {
        assertThat(client.call("Session/login", Map.of("login", "bridge", "token", "bridge-secret")).status()).isEqualTo(200);
    }

    @Test
    void aBadLoginIsAFaultWithServerSessionAuthFailed() {
        PbClient.Answer answer = client.call("Session/login", Map.of("login", "bridge", "password", "wrong"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.faultcode()).isEqualTo("Server.Session.auth_failed");
        assertThat(answer.body()).containsKey("faultstring");
    }

    @Test
    void aMissingOrUnknownTokenIsRefusedWithCheckAuthFailed() {
        PbClient.Answer none = client.call("Account/get_account_info", Map.of("i_account", 1000889));
        client.token("not-a-token");
        PbClient.Answer unknown = client.call("Account/get_account_info", Map.of("i_account", 1000889));

        assertThat(none.status()).isEqualTo(500);
        assertThat(none.faultcode()).isEqualTo("Server.Session.check_auth.auth_failed");
        assertThat(unknown.faultcode()).isEqualTo("Server.Session.check_auth.auth_failed");
    }

    @Test
    void aTokenExpiresAtExpiresAtEvenWhenUsed() {
        client.login();
        for (int hour = 0; hour < 47; hour += 12) {
            clock.advance(Duration.ofHours(hour == 36 ? 11 : 12));
            assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).status()).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(1));

        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).faultcode())
                .isEqualTo("Server.Session.check_auth.auth_failed");
    }

    @Test
    void aTokenExpiresAfterTheIdleLifetimeWithoutUse() {
        client.login();
        clock.advance(Duration.ofHours(23));
        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).faultcode())
                .isEqualTo("Server.Session.check_auth.auth_failed");
    }

    @Test
    void refreshGivesANewWorkingTokenAndTheRefreshTokenWorksOnce() {
        Map<String, Object> login = client.call("Session/login", Map.of("login", "bridge", "password", "bridge-secret")).body();
        clock.advance(Duration.ofHours(1));

        PbClient.Answer refreshed = client.call("Session/refresh_access_token", Map.of("refresh_token", login.get("refresh_token")));
        PbClient.Answer again = client.call("Session/refresh_access_token", Map.of("refresh_token", login.get("refresh_token")));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body().get("expires_at")).isEqualTo("2026-11-27 15:03:11");
        assertThat(refreshed.body().get("access_token")).isNotEqualTo(login.get("access_token"));
        client.token((String) refreshed.body().get("access_token"));
        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).status()).isEqualTo(200);
        assertThat(again.faultcode()).isEqualTo("Server.Session.auth_failed");
    }

    @Test
    void expireAllTokensCutsALiveSessionAndALoginAfterwardsWorks() {
        client.login();
        simulator.expireAllTokens();

        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).faultcode())
                .isEqualTo("Server.Session.check_auth.auth_failed");
        assertThat(client.login().call("Account/get_account_info", Map.of("i_account", 1000889)).status()).isEqualTo(200);
    }

    @Test
    void formEncodedCallsAuthenticateWithASessionIdOrWithLoginAndPassword() {
        String sessionId = (String) client.call("Session/login", Map.of("login", "bridge", "password", "bridge-secret"))
                .body().get("session_id");

        PbClient.Answer bySession = client.form("Account/get_account_info", Map.of("session_id", sessionId), Map.of("i_account", "1000889"));
        PbClient.Answer byPassword = client.form("Customer/get_customer_info",
                Map.of("login", "bridge", "password", "bridge-secret"), Map.of("i_customer", 5001));
        PbClient.Answer badPassword = client.form("Customer/get_customer_info",
                Map.of("login", "bridge", "password", "nope"), Map.of("i_customer", 5001));

        assertThat(bySession.object("account_info")).containsEntry("id", "alice@tv.example");
        assertThat(byPassword.object("customer_info")).containsEntry("name", "Alice Anders");
        assertThat(badPassword.faultcode()).isEqualTo("Server.Session.auth_failed");
    }

    @Test
    void anUnknownMethodIsAFault() {
        PbClient.Answer answer = client.login().call("Account/get_everything", Map.of());

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.faultcode()).isEqualTo("Server.Method.not_found");
    }

    @Test
    void aBodyThatIsNotJsonIsAFaultNamingTheProblem() {
        client.login();
        PbClient.Answer answer = client.raw("Account/get_account_info", "{not json", "application/json", client.token());

        assertThat(answer.status()).isEqualTo(500);
        assertThat((String) answer.body().get("faultstring")).contains("not valid JSON");
    }

    @Test
    void callsAreCountedPerMethod() {
        client.login();
        client.call("Account/get_account_info", Map.of("i_account", 1000889));
        client.call("Account/get_account_info", Map.of("i_account", 1000890));

        assertThat(simulator.callCounts()).containsEntry("Account/get_account_info", 2L).containsEntry("Session/login", 1L);
    }
}
