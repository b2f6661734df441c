package dev.iptvbridge.minerva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE_DOMAIN;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.API;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries absorb a blip; the circuit breaker judges whole calls and stops calling a Minerva that is down. */
class MinervaResilienceTest {

    private static final String ALICE_URL = API + "/customers/1000889";
    private static final String PACKAGES = "{\"packages\": []}";

    @RegisterExtension
    static WireMockExtension minerva = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private MinervaAdapter adapter(int attempts, int window, Duration openFor) {
        return MinervaAdapter.create(settings(minerva.baseUrl() + API, Duration.ofMillis(500)),
                new MinervaResilience(attempts, Duration.ofMillis(10), 50, window, openFor));
    }

    @Test
    void aServerErrorIsRetriedAtOnceAndTheCallSucceeds() {
        minerva.stubFor(get(ALICE_URL).inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(MinervaStubs.error(503, "UNAVAILABLE", "later")).willSetStateTo("second"));
        minerva.stubFor(get(ALICE_URL).inScenario("blip").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("third"));
        minerva.stubFor(get(ALICE_URL).inScenario("blip").whenScenarioStateIs("third").willReturn(okJson(ALICE)));

        assertThat(adapter(3, 10, Duration.ofMinutes(1)).find(1000889L)).contains(ALICE_DOMAIN);
        minerva.verify(3, getRequestedFor(urlEqualTo(ALICE_URL)));
    }

    @Test
    void businessAnswersAndRateLimitingAreNotRetried() {
        MinervaAdapter adapter = adapter(3, 10, Duration.ofMinutes(1));
        minerva.stubFor(post(API + "/customers").willReturn(MinervaStubs.error(409, "CUSTOMER_EXISTS", "exists")));
        minerva.stubFor(get(API + "/packages").willReturn(MinervaStubs.error(429, "RATE_LIMITED", "slow down")));

        assertThat(adapter.create(ALICE_DOMAIN)).isFalse();
        assertThatThrownBy(adapter::listPackages).isInstanceOf(TransientFailure.class);

        minerva.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void theBreakerCountsEachCallOnceHoweverManyTriesItTookAndOpensOnMostFailing() {
        MinervaAdapter adapter = adapter(3, 4, Duration.ofHours(1));
        minerva.stubFor(get(API + "/packages").willReturn(aResponse().withStatus(503)));

        for (int call = 1; call <= 3; call++) {
            assertThatThrownBy(adapter::listPackages).isInstanceOf(TransientFailure.class)
                    .isNotInstanceOf(SystemUnavailable.class);
        }
        assertThat(adapter.isAvailable()).as("9 failed tries are 3 failed calls, fewer than the window of 4").isTrue();

        assertThatThrownBy(adapter::listPackages).isNotInstanceOf(SystemUnavailable.class);
        assertThat(adapter.circuitState()).isEqualTo("OPEN");
        minerva.verify(12, getRequestedFor(urlEqualTo(API + "/packages")));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOfSatisfying(SystemUnavailable.class,
                e -> assertThat(e.system()).isEqualTo(RemoteSystem.MINERVA));
        minerva.verify(12, anyRequestedFor(anyUrl()));
        assertThat(adapter.lastFailure()).hasValueSatisfying(f -> assertThat(f).contains("503")
                .doesNotContain("s3cret"));
    }

    @Test
    void aWideWindowStillOpensAfterFiveFailedCallsSoThatOneAccountsAttemptsDoNotRunOut() {
        MinervaAdapter adapter = adapter(2, 20, Duration.ofHours(1));
        minerva.stubFor(get(API + "/packages").willReturn(aResponse().withStatus(503)));

        for (int call = 1; call <= 4; call++) {
            assertThatThrownBy(adapter::listPackages).isNotInstanceOf(SystemUnavailable.class);
        }
        assertThat(adapter.isAvailable()).isTrue();
        assertThatThrownBy(adapter::listPackages).isNotInstanceOf(SystemUnavailable.class);
        assertThat(adapter.circuitState()).isEqualTo("OPEN");
    }

    @Test
    void businessAnswersDoNotOpenTheBreaker() {
        MinervaAdapter adapter = adapter(3, 4, Duration.ofHours(1));
        minerva.stubFor(get(anyUrl()).willReturn(MinervaStubs.error(404, "CUSTOMER_NOT_FOUND", "no such customer")));

        for (int call = 0; call < 20; call++) {
            assertThat(adapter.find(call)).isEmpty();
        }
        assertThat(adapter.isAvailable()).isTrue();
    }

    @Test
    void probesCloseTheBreakerOnceMinervaAnswersAgain() {
        MinervaAdapter adapter = adapter(1, 2, Duration.ofMillis(200));
        minerva.stubFor(get(API + "/packages").willReturn(aResponse().withStatus(500)));
        adapter.probe();
        adapter.probe();
        assertThat(adapter.circuitState()).isEqualTo("OPEN");

        minerva.stubFor(get(API + "/packages").willReturn(okJson(PACKAGES)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            adapter.probe();
            return adapter.isAvailable();
        });
        assertThat(adapter.listPackages()).isEmpty();
    }

    @Test
    void aRetryAfterAsAnHttpDateIsReadAndOneThatIsNeitherIsIgnored() {
        MinervaAdapter adapter = adapter(1, 10, Duration.ofMinutes(1));
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusMinutes(2));
        minerva.stubFor(get(API + "/customers/1").willReturn(MinervaStubs.error(429, "RATE_LIMITED", "slow down")
                .withHeader("Retry-After", inTwoMinutes)));
        minerva.stubFor(get(API + "/customers/2").willReturn(MinervaStubs.error(429, "RATE_LIMITED", "slow down")
                .withHeader("Retry-After", "soon, maybe")));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOfSatisfying(TransientFailure.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d)
                        .isGreaterThan(Duration.ofSeconds(100)).isLessThanOrEqualTo(Duration.ofMinutes(2))));
        assertThatThrownBy(() -> adapter.find(2L)).isInstanceOfSatisfying(TransientFailure.class,
                e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void aSuccessBodyOverTheCapIsRefusedWithoutReadingItAll() {
        // a generous timeout: serving 10 MB on a busy machine may take a while
        MinervaAdapter adapter = MinervaAdapter.create(settings(minerva.baseUrl() + API, Duration.ofSeconds(30)),
                new MinervaResilience(1, Duration.ofMillis(10), 50, 10, Duration.ofMinutes(1)));
        String huge = "{\"packages\": [" + "{\"id\": \"CH\", \"name\": \"x\", \"type\": \"CHANNEL\"},".repeat(200_000)
                + "{\"id\": \"CH\", \"name\": \"x\", \"type\": \"CHANNEL\"}]}";
        minerva.stubFor(get(API + "/packages").willReturn(okJson(huge)));

        assertThatThrownBy(adapter::listPackages).isInstanceOf(PermanentFailure.class).hasMessageContaining("larger than");
    }
}
