package dev.iptvbridge.minerva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact requests the adapter sends and the reference's exact answers it reads (reference/minerva.md). */
class MinervaAdapterContractTest {

    static final String API = "/xtv-ws-backoffice/api/v1";
    static final String BASIC = "Basic YnJpZGdlOnMzY3JldA=="; // bridge:s3cret
    static final String ALICE = """
            {"externalId": "1000889", "login": "alice@tv.example", "name": "Alice",
             "status": "ENABLED", "packages": ["CH-BASIC", "CH-SPORTS", "SVOD-CATALOG"],
             "wholeHomeDvr": true, "maxDevices": 4,
             "createdAt": "2026-11-25T14:03:12Z", "updatedAt": "2026-11-25T14:03:12Z"}""";
    static final IptvCustomer ALICE_DOMAIN = new IptvCustomer(1000889L, "alice@tv.example", "Alice", IptvStatus.ENABLED,
            new TreeSet<>(List.of("SVOD-CATALOG", "CH-SPORTS", "CH-BASIC")), true);

    @RegisterExtension
    static WireMockExtension minerva = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private MinervaAdapter adapter;

    static MinervaSettings settings(String baseUrl, Duration readTimeout) {
        return new MinervaSettings(baseUrl, "bridge", "s3cret", 4, 1000, Duration.ofSeconds(1), readTimeout);
    }

    @BeforeEach
    void createAdapter() {
        adapter = MinervaAdapter.create(settings(minerva.baseUrl() + API + "/", Duration.ofSeconds(2)));
    }

    @Test
    void createPostsTheWholeCustomerWithBasicAuth() {
        minerva.stubFor(post(API + "/customers").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ALICE)));

        assertThat(adapter.create(ALICE_DOMAIN)).isTrue();

        minerva.verify(postRequestedFor(urlEqualTo(API + "/customers"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"externalId": "1000889", "login": "alice@tv.example", "name": "Alice",
                         "status": "ENABLED", "packages": ["CH-BASIC", "CH-SPORTS", "SVOD-CATALOG"],
                         "wholeHomeDvr": true}""")));
    }

    @Test
    void readMapsTheReferenceCustomer() {
        minerva.stubFor(get(API + "/customers/1000889").willReturn(okJson(ALICE)));

        assertThat(adapter.find(1000889L)).contains(ALICE_DOMAIN);
        minerva.verify(getRequestedFor(urlEqualTo(API + "/customers/1000889")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void readOfAMissingCustomerIsEmpty() {
        minerva.stubFor(get(API + "/customers/5").willReturn(MinervaStubs.error(404, "CUSTOMER_NOT_FOUND", "no customer 5")));

        assertThat(adapter.find(5L)).isEmpty();
    }

    @Test
    void listAsksForThePageAndMapsTheTotal() {
        minerva.stubFor(get(API + "/customers?page=2&size=500").willReturn(okJson(
                "{\"customers\": [" + ALICE + "], \"page\": 2, \"size\": 500, \"total\": 12345}")));

        var page = adapter.list(2, 500);

        assertThat(page.items()).containsExactly(ALICE_DOMAIN);
        assertThat(page.total()).isEqualTo(12345L);
    }

    @Test
    void listSkipsCustomersTheBridgeDidNotMake() {
        minerva.stubFor(get(API + "/customers?page=0&size=10").willReturn(okJson("{\"customers\": [" + ALICE + ","
                + ALICE.replace("1000889", "manual-test") + "], \"page\": 0, \"size\": 10, \"total\": 2}")));

        assertThat(adapter.list(0, 10).items()).containsExactly(ALICE_DOMAIN);
    }

    @Test
    void changeProfileSendsOnlyThePresentFields() {
        minerva.stubFor(patch(urlEqualTo(API + "/customers/1000889")).willReturn(okJson(ALICE)));

        adapter.changeProfile(1000889L, new ProfileChange(Optional.empty(), Optional.of("Alice B."), Optional.empty()));
        adapter.changeProfile(1000889L, new ProfileChange(Optional.of("a@tv"), Optional.of("A"), Optional.of(false)));

        minerva.verify(patchRequestedFor(urlEqualTo(API + "/customers/1000889"))
                .withRequestBody(equalToJson("{\"name\": \"Alice B.\"}")));
        minerva.verify(patchRequestedFor(urlEqualTo(API + "/customers/1000889"))
                .withRequestBody(equalToJson("{\"login\": \"a@tv\", \"name\": \"A\", \"wholeHomeDvr\": false}")));
    }

    @Test
    void disableSendsTheReasonAndEnableOnlyTheStatus() {
        minerva.stubFor(put(API + "/customers/1000889/status").willReturn(okJson(ALICE)));

        adapter.disable(1000889L, "blocked in billing");
        adapter.enable(1000889L);

        minerva.verify(putRequestedFor(urlEqualTo(API + "/customers/1000889/status"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"status\": \"DISABLED\", \"reason\": \"blocked in billing\"}")));
        minerva.verify(putRequestedFor(urlEqualTo(API + "/customers/1000889/status"))
                .withRequestBody(equalToJson("{\"status\": \"ENABLED\"}")));
    }

    @Test
    void setPackagesSendsTheWholeSortedSet() {
        minerva.stubFor(put(API + "/customers/1000889/packages").willReturn(okJson(ALICE)));

        adapter.setPackages(1000889L, new TreeSet<>(List.of("CH-SPORTS", "CH-BASIC")));

        minerva.verify(putRequestedFor(urlEqualTo(API + "/customers/1000889/packages"))
                .withRequestBody(equalToJson("{\"packages\": [\"CH-BASIC\", \"CH-SPORTS\"]}")));
    }

    @Test
    void deleteSendsADeleteAndAcceptsAnAlreadyGoneCustomer() {
        minerva.stubFor(delete(API + "/customers/1000889").willReturn(aResponse().withStatus(204)));
        minerva.stubFor(delete(API + "/customers/7").willReturn(MinervaStubs.error(404, "CUSTOMER_NOT_FOUND", "no customer 7")));

        adapter.delete(1000889L);
        adapter.delete(7L);

        minerva.verify(deleteRequestedFor(urlEqualTo(API + "/customers/1000889")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void listPackagesMapsIdNameAndType() {
        minerva.stubFor(get(API + "/packages").willReturn(okJson("""
                {"packages": [{"id": "CH-BASIC", "name": "Basic channels", "type": "CHANNEL", "channels": ["BBC1", "CNN"]},
                              {"id": "SVOD-CATALOG", "name": "VOD catalog", "type": "SVOD", "channels": []}]}""")));

        assertThat(adapter.listPackages()).containsExactly(new IptvPackage("CH-BASIC", "Basic channels", "CHANNEL"),
                new IptvPackage("SVOD-CATALOG", "VOD catalog", "SVOD"));
    }
}
