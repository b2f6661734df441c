package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.iptvbridge.portabilling.PortaBillingStubs.ACCOUNT_INFO;
import static dev.iptvbridge.portabilling.PortaBillingStubs.PASSWORD;
import static dev.iptvbridge.portabilling.PortaBillingStubs.call;
import static dev.iptvbridge.portabilling.PortaBillingStubs.called;
import static dev.iptvbridge.portabilling.PortaBillingStubs.fault;
import static dev.iptvbridge.portabilling.PortaBillingStubs.login;
import static dev.iptvbridge.portabilling.PortaBillingStubs.loginRequest;
import static dev.iptvbridge.portabilling.PortaBillingStubs.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.domain.billing.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Sessions: login on first use, re-login on a rejected token, refresh before expiry, one login at a time. */
class PortaBillingSessionContractTest {

    @RegisterExtension
    static final WireMockExtension WM = PortaBillingStubs.server();
    private static final String ACCOUNT = "{\"i_account\": 1000889}";

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void noSecretInAnyLog() {
        root.detachAppender(logs);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("tok-") || line.contains(PASSWORD));
    }

    @Test
    void aTokenExpiringMidRunLeadsToOneLoginAndOneRepeatedCall() {
        WM.stubFor(loginRequest().inScenario("expiry").whenScenarioStateIs(STARTED)
                .willReturn(session("tok-1", Instant.now().plusSeconds(3600))).willSetStateTo("second"));
        WM.stubFor(loginRequest().inScenario("expiry").whenScenarioStateIs("second")
                .willReturn(session("tok-2", Instant.now().plusSeconds(3600))));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).inScenario("tok").whenScenarioStateIs(STARTED)
                .willReturn(okJson(ACCOUNT_INFO)).willSetStateTo("expired"));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).inScenario("tok").whenScenarioStateIs("expired")
                .willReturn(fault("Server.Session.check_auth.auth_failed", "Access token expired")));
        WM.stubFor(call("Account/get_account_info", "tok-2", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        PortaBillingAdapter adapter = PortaBillingStubs.adapter(WM);

        assertThat(adapter.readAccount(1000889)).isPresent();
        assertThat(adapter.readAccount(1000889)).map(Account::displayId).contains("alice@tv.example");
        assertThat(adapter.readAccount(1000889)).isPresent();

        WM.verify(2, called("Session/login"));
        WM.verify(4, called("Account/get_account_info"));
    }

    @Test
    void theOtherAuthFaultcodeAlsoLeadsToALogin() {
        WM.stubFor(loginRequest().inScenario("x").whenScenarioStateIs(STARTED)
                .willReturn(session("tok-1", Instant.now().plusSeconds(3600))).willSetStateTo("second"));
        WM.stubFor(loginRequest().inScenario("x").whenScenarioStateIs("second")
                .willReturn(session("tok-2", Instant.now().plusSeconds(3600))));
        WM.stubFor(call("Customer/get_customer_info", "tok-1", "{\"i_customer\": 5001}").willReturn(
                fault("Client.Session.check_auth.failed_to_process_access_token", "Failed to process token")));
        WM.stubFor(call("Customer/get_customer_info", "tok-2", "{\"i_customer\": 5001}")
                .willReturn(okJson(PortaBillingStubs.CUSTOMER_INFO)));

        assertThat(PortaBillingStubs.adapter(WM).readCustomer(5001)).isPresent();
        WM.verify(2, called("Session/login"));
    }

    @Test
    void aTokenRejectedEvenAfterAFreshLoginIsAPermanentFailureAfterOneRetry() {
        login(WM, "tok-1", Instant.now().plusSeconds(3600));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(fault("Server.Session.check_auth.auth_failed", "nope")));

        assertThatThrownBy(() -> PortaBillingStubs.adapter(WM).readAccount(1000889))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("Authorization header");
        WM.verify(2, called("Session/login"));
        WM.verify(2, called("Account/get_account_info"));
    }

    @Test
    void aRefusedLoginIsAPermanentFailureNamingTheSettings() {
        WM.stubFor(loginRequest().willReturn(fault("Server.Session.auth_failed", "Invalid login or password")));

        assertThatThrownBy(() -> PortaBillingStubs.adapter(WM).readAccount(1000889))
                .isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("portabilling.login").hasMessageContaining("portabilling.password")
                .hasMessageContaining("Server.Session.auth_failed").hasMessageNotContaining(PASSWORD);
        WM.verify(0, called("Account/get_account_info"));
    }

    @Test
    void refreshesTheTokenShortlyBeforeItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:03:11Z"));
        login(WM, "tok-1", Instant.parse("2026-11-27T14:03:11Z"));
        WM.stubFor(post(urlEqualTo("/rest/Session/refresh_access_token"))
                .withRequestBody(equalToJson("{\"params\": {\"refresh_token\": \"refresh-tok-1\"}}"))
                .willReturn(session("tok-2", Instant.parse("2026-11-29T14:03:11Z"))));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        WM.stubFor(call("Account/get_account_info", "tok-2", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        PortaBillingAdapter adapter = PortaBillingAdapter.create(
                PortaBillingStubs.settings(WM, Duration.ofSeconds(5)), clock);

        adapter.readAccount(1000889);
        clock.advance(Duration.ofHours(47).plusMinutes(50));
        adapter.readAccount(1000889);
        WM.verify(0, called("Session/refresh_access_token"));
        clock.advance(Duration.ofMinutes(8)); // two minutes before expires_at
        adapter.readAccount(1000889);
        adapter.readAccount(1000889);

        WM.verify(1, called("Session/login"));
        WM.verify(1, called("Session/refresh_access_token"));
        WM.verify(2, called("Account/get_account_info").withHeader("Authorization", equalTo("Bearer tok-2")));
    }

    @Test
    void aFailedRefreshFallsBackToALogin() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:03:11Z"));
        WM.stubFor(loginRequest().inScenario("r").whenScenarioStateIs(STARTED)
                .willReturn(session("tok-1", Instant.parse("2026-11-27T14:03:11Z"))).willSetStateTo("second"));
        WM.stubFor(loginRequest().inScenario("r").whenScenarioStateIs("second")
                .willReturn(session("tok-2", Instant.parse("2026-11-29T14:03:11Z"))));
        WM.stubFor(post(urlEqualTo("/rest/Session/refresh_access_token"))
                .willReturn(fault("Server.Session.refresh_access_token.invalid_token", "expired")));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        WM.stubFor(call("Account/get_account_info", "tok-2", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        PortaBillingAdapter adapter = PortaBillingAdapter.create(
                PortaBillingStubs.settings(WM, Duration.ofSeconds(5)), clock);

        adapter.readAccount(1000889);
        clock.advance(Duration.ofHours(48));
        adapter.readAccount(1000889);

        WM.verify(1, called("Session/refresh_access_token"));
        WM.verify(2, called("Session/login"));
    }

    @Test
    void twentyConcurrentCallersShareOneLogin() throws Exception {
        WM.stubFor(loginRequest().willReturn(session("tok-1", Instant.now().plusSeconds(3600)).withFixedDelay(400)));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(okJson(ACCOUNT_INFO)));
        PortaBillingAdapter adapter = PortaBillingStubs.adapter(WM);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Account>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> adapter.readAccount(1000889).orElseThrow());
            }
            for (Future<Account> result : pool.invokeAll(calls)) {
                assertThat(result.get().id()).isEqualTo(1000889);
            }
        } finally {
            pool.shutdownNow();
        }

        WM.verify(1, called("Session/login"));
        WM.verify(20, called("Account/get_account_info"));
    }
}
