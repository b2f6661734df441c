package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.iptvbridge.portabilling.PortaBillingStubs.call;
import static dev.iptvbridge.portabilling.PortaBillingStubs.called;
import static dev.iptvbridge.portabilling.PortaBillingStubs.fault;
import static dev.iptvbridge.portabilling.PortaBillingStubs.login;
import static dev.iptvbridge.portabilling.PortaBillingStubs.loginRequest;
import static dev.iptvbridge.portabilling.PortaBillingStubs.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way a call can fail ends as a TransientFailure, PermanentFailure or NotFoundFailure with a clear message. */
class PortaBillingFailuresContractTest {

    @RegisterExtension
    static final WireMockExtension WM = PortaBillingStubs.server();
    private static final String ACCOUNT = "{\"i_account\": 1000889}";

    private PortaBillingAdapter adapter;

    @BeforeEach
    void loggedIn() {
        login(WM, "tok-1", Instant.now().plusSeconds(3600));
        adapter = PortaBillingStubs.adapter(WM);
    }

    @Test
    void a500WithoutFaultcodeIsTransient() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(aResponse().withStatus(500).withBody("<html>Internal Server Error</html>")));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("Account/get_account_info").hasMessageContaining("HTTP 500");
    }

    @Test
    void a503KeepsTheRetryAfterDelay() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOfSatisfying(TransientFailure.class,
                failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @Test
    void clientFaultsArePermanentAndServerFaultsTransient() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1}")
                .willReturn(fault("Client.Account.get_account_info.bad_param", "i_account is not valid")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 2}")
                .willReturn(fault("Server.Database.unavailable", "database is busy")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 3}")
                .willReturn(fault("Server.Method.not_found", "no such method")));

        assertThatThrownBy(() -> adapter.readAccount(1)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("Client.Account.get_account_info.bad_param: i_account is not valid");
        assertThatThrownBy(() -> adapter.readAccount(2)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("Server.Database.unavailable");
        assertThatThrownBy(() -> adapter.readAccount(3)).isInstanceOf(PermanentFailure.class);
        WM.verify(1, called("Session/login"));
    }

    @Test
    void anAnswerThatIsNotJsonIsAClearTransientFailure() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(aResponse().withStatus(200).withBody("<html>proxy login page</html>")));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("Account/get_account_info").hasMessageContaining("not JSON");
    }

    @Test
    void anAnswerMissingARequiredFieldNamesIt() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT).willReturn(okJson("""
                {"account_info": {"i_account": 1000889, "id": "alice@tv.example", "i_customer": 5001, "i_env": 3,
                  "blocked": "N", "bill_status": "O"}}""")));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("Account/get_account_info").hasMessageContaining("account_info (i_account 1000889).i_product");
    }

    @Test
    void unreadableValuesNameTheFieldAndTheExpectation() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1}").willReturn(okJson("""
                {"account_info": {"i_account": "one", "id": "a", "i_customer": 5, "i_env": 3, "i_product": 101,
                  "blocked": "N", "bill_status": "O"}}""")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 2}").willReturn(okJson("""
                {"account_info": {"i_account": 2, "id": "a", "i_customer": 5, "i_env": 3, "i_product": 101,
                  "blocked": "maybe", "bill_status": "O"}}""")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 3}").willReturn(okJson("""
                {"account_info": {"i_account": 3, "id": "a", "i_customer": 5, "i_env": 3, "i_product": 101,
                  "blocked": "N", "bill_status": "X"}}""")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 4}").willReturn(okJson("""
                {"account_info": {"i_account": 4, "id": "a", "i_customer": 5, "i_env": 3, "i_product": 101,
                  "blocked": "N", "bill_status": "O",
                  "assigned_addons": [{"i_product": 201, "addon_effective_from": "1st of November"}]}}""")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 5}").willReturn(okJson("[1, 2]")));

        assertThatThrownBy(() -> adapter.readAccount(1)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("account_info.i_account");
        assertThatThrownBy(() -> adapter.readAccount(2)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("blocked = \"maybe\"").hasMessageContaining("\"Y\", \"N\"");
        assertThatThrownBy(() -> adapter.readAccount(3)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("bill_status = X");
        assertThatThrownBy(() -> adapter.readAccount(4)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("assigned_addons[0].addon_effective_from = 1st of November");
        assertThatThrownBy(() -> adapter.readAccount(5)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("unexpected shape");
    }

    @Test
    void aListWithoutAccountListIsAClearFailure() {
        WM.stubFor(call("Account/get_account_list", "tok-1", "{\"limit\": 10, \"offset\": 0, \"get_total\": 1}")
                .willReturn(okJson("{\"total\": 3}")));

        assertThatThrownBy(() -> adapter.listAccounts(java.util.OptionalLong.empty(), java.util.OptionalInt.empty(), 0, 10))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("lacks account_list");
    }

    @Test
    void aSlowAnswerTimesOutAsTransient() {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(okJson(PortaBillingStubs.ACCOUNT_INFO).withFixedDelay(1000)));
        PortaBillingAdapter impatient = PortaBillingAdapter.create(PortaBillingStubs.settings(WM, Duration.ofMillis(200)));

        assertThatThrownBy(() -> impatient.readAccount(1000889)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("portabilling.readTimeout");
    }

    @Test
    void aDroppedConnectionAndAClosedPortAreTransient() throws Exception {
        WM.stubFor(call("Account/get_account_info", "tok-1", ACCOUNT)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PortaBillingAdapter nowhere = PortaBillingAdapter.create(
                PortaBillingSettings.of("http://127.0.0.1:" + closedPort, "bridge", "bridge-secret"));

        assertThatThrownBy(() -> adapter.readAccount(1000889)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("could not be reached");
        assertThatThrownBy(() -> nowhere.readAccount(1000889)).isInstanceOf(TransientFailure.class)
                .hasMessageContaining("Session/login");
    }

    @Test
    void espfErrorsMapToNotFoundPermanentAndARetriedSession() {
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/404/status")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\": \"account not found\"}")));
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/400/status")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\": \"bad status\"}")));
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/401/status")).inScenario("espf").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("ok"));
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/401/status")).inScenario("espf").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));
        WM.stubFor(loginRequest().willReturn(session("tok-1", Instant.now().plusSeconds(3600))));

        assertThatThrownBy(() -> adapter.report(404, ProvisioningStatus.OK, "x")).isInstanceOf(NotFoundFailure.class);
        assertThatThrownBy(() -> adapter.report(400, ProvisioningStatus.OK, "x")).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("bad status");
        adapter.report(401, ProvisioningStatus.RETRY, "x");
        WM.verify(2, called("Session/login"));
    }
}
