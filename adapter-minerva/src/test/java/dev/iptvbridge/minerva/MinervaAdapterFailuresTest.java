package dev.iptvbridge.minerva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE_DOMAIN;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.API;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The error classification table of docs/minerva.md, status by status. */
class MinervaAdapterFailuresTest {

    @RegisterExtension
    static WireMockExtension minerva = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private MinervaAdapter adapter;

    @BeforeEach
    void createAdapter() {
        // 2 s: WireMock on a busy machine can take more than 500 ms to answer a plain stub.
        adapter = MinervaAdapter.create(settings(minerva.baseUrl() + API, Duration.ofSeconds(2)));
    }

    @Test
    void unauthorizedIsPermanentAndNamesTheFixWithoutThePassword() {
        minerva.stubFor(any(anyUrl()).willReturn(MinervaStubs.error(401, "UNAUTHORIZED", "bad credentials")));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("username and password").hasMessageNotContaining("s3cret");
    }

    @Test
    void aBadRequestIsPermanent() {
        minerva.stubFor(put(API + "/customers/1/status").willReturn(MinervaStubs.error(400, "VALIDATION", "bad status")));

        assertThatThrownBy(() -> adapter.enable(1L)).isInstanceOf(PermanentFailure.class).hasMessageContaining("bad status");
    }

    @Test
    void rateLimitingIsTransientWithTheRetryAfterDelay() {
        minerva.stubFor(any(anyUrl()).willReturn(MinervaStubs.error(429, "RATE_LIMITED", "slow down")
                .withHeader("Retry-After", "7")));

        assertThatThrownBy(() -> adapter.listPackages()).isInstanceOfSatisfying(TransientFailure.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void serverErrorsAreTransient() {
        minerva.stubFor(get(API + "/customers/1").willReturn(MinervaStubs.error(500, "INTERNAL", "boom")));
        minerva.stubFor(get(API + "/customers/2").willReturn(MinervaStubs.error(503, "UNAVAILABLE", "later")));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOf(TransientFailure.class);
        assertThatThrownBy(() -> adapter.find(2L)).isInstanceOf(TransientFailure.class);
    }

    @Test
    void aMissingCustomerOnAChangeIsNotFound() {
        minerva.stubFor(any(anyUrl()).willReturn(MinervaStubs.error(404, "CUSTOMER_NOT_FOUND", "no customer 1")));

        assertThatThrownBy(() -> adapter.enable(1L)).isInstanceOf(NotFoundFailure.class);
        assertThatThrownBy(() -> adapter.disable(1L, "x")).isInstanceOf(NotFoundFailure.class);
        assertThatThrownBy(() -> adapter.setPackages(1L, new TreeSet<>())).isInstanceOf(NotFoundFailure.class);
        assertThatThrownBy(() -> adapter.changeProfile(1L, new dev.iptvbridge.application.port.out.ProfileChange(
                Optional.of("l"), Optional.empty(), Optional.empty()))).isInstanceOf(NotFoundFailure.class);
    }

    @Test
    void anUnknownPackageIsACatalogError() {
        minerva.stubFor(post(API + "/customers").willReturn(MinervaStubs.error(404, "PACKAGE_NOT_FOUND", "no package CH-GONE")));
        minerva.stubFor(put(API + "/customers/1/packages").willReturn(MinervaStubs.error(404, "PACKAGE_NOT_FOUND", "no package CH-GONE")));

        assertThatThrownBy(() -> adapter.create(ALICE_DOMAIN)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("CH-GONE").hasMessageContaining("catalog")
                .satisfies(refused -> assertThat(((PermanentFailure) refused).isUnknownPackage()).isTrue());
        assertThatThrownBy(() -> adapter.setPackages(1L, new TreeSet<>(List.of("CH-GONE"))))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("CH-GONE").hasMessageContaining("catalog")
                .satisfies(refused -> assertThat(((PermanentFailure) refused).isUnknownPackage()).isTrue());
    }

    @Test
    void anExistingCustomerOnCreateReturnsFalse() {
        minerva.stubFor(post(API + "/customers").willReturn(MinervaStubs.error(409, "CUSTOMER_EXISTS", "exists")));

        assertThat(adapter.create(ALICE_DOMAIN)).isFalse();
    }

    @Test
    void aDeleteThatFailsOnTheServerIsTransient() {
        minerva.stubFor(any(anyUrl()).willReturn(MinervaStubs.error(503, "UNAVAILABLE", "later")));

        assertThatThrownBy(() -> adapter.delete(1L)).isInstanceOf(TransientFailure.class);
    }

    @Test
    void aBodyThatIsNotJsonIsTransient() {
        minerva.stubFor(get(API + "/customers/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>gateway maintenance</html>")));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOf(TransientFailure.class).hasMessageContaining("not JSON");
    }

    @Test
    void anAnswerMissingAFieldIsPermanentAndNamesTheField() {
        minerva.stubFor(get(API + "/customers/1000889").willReturn(okJson(ALICE.replace("\"status\": \"ENABLED\",", ""))));

        assertThatThrownBy(() -> adapter.find(1000889L)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("'status'").hasMessageContaining("docs/minerva.md");
    }

    @Test
    void jsonOfTheWrongShapeIsPermanent() {
        minerva.stubFor(get(API + "/packages").willReturn(okJson("{\"packages\": \"CH-BASIC\"}")));

        assertThatThrownBy(() -> adapter.listPackages()).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void aResetConnectionIsTransient() {
        minerva.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> adapter.find(1L)).isInstanceOf(TransientFailure.class);
    }

    @Test
    void aSlowAnswerIsATransientTimeout() {
        minerva.stubFor(any(anyUrl()).willReturn(okJson(ALICE).withFixedDelay(5000)));

        assertThatThrownBy(() -> adapter.find(1000889L)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("no answer within");
    }

    @Test
    void nothingIsListeningIsTransient() {
        MinervaAdapter offline = MinervaAdapter.create(settings("http://127.0.0.1:1" + API, Duration.ofMillis(500)));

        assertThatThrownBy(offline::listPackages).isInstanceOf(TransientFailure.class).hasMessageContaining("connection");
    }
}
