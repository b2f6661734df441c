package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.iptvbridge.portabilling.PortaBillingStubs.call;
import static dev.iptvbridge.portabilling.PortaBillingStubs.called;
import static dev.iptvbridge.portabilling.PortaBillingStubs.fault;
import static dev.iptvbridge.portabilling.PortaBillingStubs.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads are retried through a blip, reports are not and stay outside the breaker; the breaker judges whole calls
 * and is probed by a login.
 */
class PortaBillingResilienceTest {

    @RegisterExtension
    static final WireMockExtension WM = PortaBillingStubs.server();
    private static final String ACCOUNT = "{\"i_account\": 1000889}";
    private static final String STATUS_URL = "/espf/v1/account/i/1000889/status";

    @BeforeEach
    void loggedIn() {
        login(WM, "tok-1", Instant.now().plusSeconds(3600));
    }

    private static PortaBillingAdapter adapter(int attempts, int window, Duration openFor) {
        return PortaBillingAdapter.create(PortaBillingStubs.settings(WM, Duration.ofSeconds(2)),
                new PortaBillingResilience(attempts, Duration.ofMillis(10), 50, window, openFor));
    }

    @Test
    void aReadThatFailsOnceIsRetriedAtOnce() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(fault("Server.Database.unavailable", "busy")).willSetStateTo("ok"));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).inScenario("blip").whenScenarioStateIs("ok")
                .willReturn(okJson(PortaBillingStubs.ACCOUNT_INFO)));

        assertThat(adapter(3, 10, Duration.ofMinutes(1)).readAccount(1000889)).isPresent();
        WM.verify(2, called("Account/get_account_info"));
    }

    @Test
    void aReportIsTriedOnceAndARefusalIsNotRetried() {
        PortaBillingAdapter adapter = adapter(3, 10, Duration.ofMinutes(1));
        WM.stubFor(post(urlEqualTo(STATUS_URL)).willReturn(aResponse().withStatus(503)));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(fault("Client.Account.get_account_info.bad_param", "no")));

        assertThatThrownBy(() -> adapter.report(1000889, ProvisioningStatus.OK, "done"))
                .isInstanceOf(TransientFailure.class);
        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(PermanentFailure.class);

        WM.verify(1, postRequestedFor(urlEqualTo(STATUS_URL)));
        WM.verify(1, called("Account/get_account_info"));
    }

    @Test
    void aStatusApiThatKeepsFailingDoesNotTakePortaBillingAsDown() {
        PortaBillingAdapter adapter = adapter(3, 2, Duration.ofMinutes(1));
        WM.stubFor(post(urlEqualTo(STATUS_URL)).willReturn(aResponse().withStatus(503)));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> adapter.report(1000889, ProvisioningStatus.OK, "done"))
                    .isInstanceOf(TransientFailure.class).isNotInstanceOf(SystemUnavailable.class);
        }

        assertThat(adapter.isAvailable()).as("the accounts API still takes calls").isTrue();
        WM.verify(5, postRequestedFor(urlEqualTo(STATUS_URL)));
    }

    @Test
    void theBreakerOpensOnWholeCallsAndThenCallsNothingUntilAProbeLogsIn() {
        PortaBillingAdapter adapter = adapter(3, 2, Duration.ofMillis(200));
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(TransientFailure.class);
        assertThat(adapter.isAvailable()).as("three failed tries are one failed call").isTrue();
        assertThatThrownBy(() -> adapter.readAccount(1000889)).isNotInstanceOf(SystemUnavailable.class);
        assertThat(adapter.circuitState()).isEqualTo("OPEN");
        WM.verify(6, called("Account/get_account_info"));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOfSatisfying(SystemUnavailable.class,
                e -> assertThat(e.system()).isEqualTo(RemoteSystem.PORTABILLING));
        WM.verify(6, called("Account/get_account_info"));
        assertThat(adapter.lastFailure()).hasValueSatisfying(f -> assertThat(f).contains("HTTP 502")
                .doesNotContain(PortaBillingStubs.PASSWORD).doesNotContain("tok-1"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            adapter.probe();
            return adapter.isAvailable();
        });
        WM.verify(postRequestedFor(urlEqualTo("/rest/Session/login")));
    }

    @Test
    void aRetryAfterDateIsReadAndNonsenseIgnored() {
        PortaBillingAdapter adapter = adapter(1, 10, Duration.ofMinutes(1));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(1));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1}")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", inAMinute)));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 2}")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "-5")));

        assertThatThrownBy(() -> adapter.readAccount(1)).isInstanceOfSatisfying(TransientFailure.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d)
                        .isGreaterThan(Duration.ofSeconds(40)).isLessThanOrEqualTo(Duration.ofMinutes(1))));
        assertThatThrownBy(() -> adapter.readAccount(2)).isInstanceOfSatisfying(TransientFailure.class,
                e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void aSuccessBodyOverTheCapIsPermanent() {
        // a generous timeout: serving 9 MB on a busy machine may take a while
        PortaBillingAdapter adapter = PortaBillingAdapter.create(PortaBillingStubs.settings(WM, Duration.ofSeconds(30)),
                new PortaBillingResilience(1, Duration.ofMillis(10), 50, 10, Duration.ofMinutes(1)));
        String huge = "{\"account_info\": {\"i_account\": 1000889, \"id\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}}";
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(okJson(huge)));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("larger than");
    }
}
