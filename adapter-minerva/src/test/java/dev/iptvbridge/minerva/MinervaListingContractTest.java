package dev.iptvbridge.minerva;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.ALICE_DOMAIN;
import static dev.iptvbridge.minerva.MinervaAdapterContractTest.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.PlatformPage;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison's listing of Minerva: the bridge's customers and, apart, the foreign ones. */
class MinervaListingContractTest {

    @RegisterExtension
    static WireMockExtension minerva = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private MinervaListing listing() {
        return new MinervaListing(MinervaAdapter.create(MinervaAdapterContractTest.settings(
                minerva.baseUrl() + API + "/", Duration.ofSeconds(2))));
    }

    @Test
    void aPageKeepsTheForeignExternalIdsApartAndTheTotalOfBoth() {
        minerva.stubFor(get(API + "/customers?page=1&size=1000").willReturn(okJson("{\"customers\": [" + ALICE + ","
                + ALICE.replace("1000889", "crm-42") + "], \"page\": 1, \"size\": 1000, \"total\": 1002}")));

        PlatformPage page = listing().listEverything(1, 1000);

        assertThat(page.customers()).containsExactly(ALICE_DOMAIN);
        assertThat(page.foreign()).containsExactly("crm-42");
        assertThat(page.total()).isEqualTo(1002);
        assertThat(page.size()).isEqualTo(2);
    }

    @Test
    void aPageTooLargeIsRefusedAndA503IsRetriedThenTransient() {
        Assertions.assertThatThrownBy(() -> listing().listEverything(0, 1001))
                .isInstanceOf(IllegalArgumentException.class);
        minerva.stubFor(get(API + "/customers?page=0&size=10").willReturn(WireMock.aResponse().withStatus(503)));

        Assertions.assertThatThrownBy(() -> listing().listEverything(0, 10)).isInstanceOf(TransientFailure.class);
    }
}
