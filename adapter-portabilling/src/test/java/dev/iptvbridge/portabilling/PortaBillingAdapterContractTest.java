package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.iptvbridge.portabilling.PortaBillingStubs.ACCOUNT_INFO;
import static dev.iptvbridge.portabilling.PortaBillingStubs.CUSTOMER_INFO;
import static dev.iptvbridge.portabilling.PortaBillingStubs.LOGIN_BODY;
import static dev.iptvbridge.portabilling.PortaBillingStubs.call;
import static dev.iptvbridge.portabilling.PortaBillingStubs.called;
import static dev.iptvbridge.portabilling.PortaBillingStubs.login;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact JSON the adapter sends, and how it reads the reference's answers (§2.1-§2.3, §1.4). */
class PortaBillingAdapterContractTest {

    @RegisterExtension
    static final WireMockExtension WM = PortaBillingStubs.server();

    private PortaBillingAdapter adapter;

    @BeforeEach
    void loggedIn() {
        login(WM, "tok-1", Instant.now().plusSeconds(48 * 3600));
        adapter = PortaBillingStubs.adapter(WM);
    }

    @Test
    void readsTheReferenceAccountWithTheEnvelopeAndBearerToken() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1000889}").willReturn(okJson(ACCOUNT_INFO)));

        Optional<Account> account = adapter.readAccount(1000889);

        assertThat(account).contains(new Account(1000889, "alice@tv.example", 5001, 3, 101,
                List.of(AddOn.from(201, Instant.parse("2026-11-01T00:00:00Z"))), false, BillStatus.OPEN));
        WM.verify(1, postRequestedFor(urlEqualTo("/rest/Session/login"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(LOGIN_BODY)));
        WM.verify(1, called("Account/get_account_info").withHeader("Content-Type", containing("application/json")));
    }

    @Test
    void logsInOnceForManyCalls() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1000889}").willReturn(okJson(ACCOUNT_INFO)));

        for (int i = 0; i < 5; i++) {
            adapter.readAccount(1000889);
        }

        WM.verify(1, called("Session/login"));
        WM.verify(5, called("Account/get_account_info"));
    }

    @Test
    void readsIdsAsStringsBlockedAsBooleanAndSpaceSeparatedDates() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1000890}").willReturn(okJson("""
                {"account_info": {"i_account": "1000890", "id": "bob@tv.example", "i_customer": "5002",
                  "i_env": "3", "i_product": "102", "blocked": true, "bill_status": "I",
                  "assigned_addons": [{"i_product": "201", "addon_effective_from": "2026-11-01 00:00:00",
                                       "addon_effective_to": "2026-12-01 00:00:00"},
                                      {"i_product": 202}]}}""")));

        Account account = adapter.readAccount(1000890).orElseThrow();

        assertThat(account).isEqualTo(new Account(1000890, "bob@tv.example", 5002, 3, 102, List.of(
                new AddOn(201, Instant.parse("2026-11-01T00:00:00Z"), Optional.of(Instant.parse("2026-12-01T00:00:00Z"))),
                new AddOn(202, Instant.EPOCH, Optional.empty())), true, BillStatus.INACTIVE));
    }

    @Test
    void anEmptyAnswerMeansTheAccountIsGoneAndAClosedOneStillReads() {
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 404}").willReturn(okJson("{}")));
        WM.stubFor(call("Account/get_account_info", "tok-1", "{\"i_account\": 1000891}").willReturn(okJson("""
                {"account_info": {"i_account": 1000891, "id": "carol@voice.example", "i_customer": 5003,
                  "i_env": 3, "i_product": 103, "blocked": "Y", "bill_status": "C"}}""")));

        assertThat(adapter.readAccount(404)).isEmpty();
        Account closed = adapter.readAccount(1000891).orElseThrow();
        assertThat(closed.billStatus()).isEqualTo(BillStatus.CLOSED);
        assertThat(closed.blocked()).isTrue();
        assertThat(closed.addOns()).isEmpty();
    }

    @Test
    void readsTheReferenceCustomerAndASuspendedOne() {
        WM.stubFor(call("Customer/get_customer_info", "tok-1", "{\"i_customer\": 5001}").willReturn(okJson(CUSTOMER_INFO)));
        WM.stubFor(call("Customer/get_customer_info", "tok-1", "{\"i_customer\": 5002}").willReturn(okJson("""
                {"customer_info": {"i_customer": "5002", "name": "Bob", "bill_status": "S", "blocked": false}}""")));
        WM.stubFor(call("Customer/get_customer_info", "tok-1", "{\"i_customer\": 9}").willReturn(okJson("{}")));

        assertThat(adapter.readCustomer(5001)).contains(new Customer(5001, "Alice", CustomerStatus.OPEN, false));
        assertThat(adapter.readCustomer(5002)).contains(new Customer(5002, "Bob", CustomerStatus.SUSPENDED, false));
        assertThat(adapter.readCustomer(9)).isEmpty();
    }

    @Test
    void listsAccountsWithEveryFilterAndTheTotal() {
        WM.stubFor(call("Account/get_account_list", "tok-1",
                "{\"i_customer\": 5001, \"i_env\": 3, \"limit\": 500, \"offset\": 0, \"get_total\": 1}")
                .willReturn(okJson("{\"account_list\": [" + ACCOUNT_INFO.substring(ACCOUNT_INFO.indexOf(':') + 1,
                        ACCOUNT_INFO.length() - 1) + "], \"total\": 1234}")));

        Page<Account> page = adapter.listAccounts(OptionalLong.of(5001), OptionalInt.of(3), 0, 500);

        assertThat(page.total()).isEqualTo(1234);
        assertThat(page.items()).extracting(Account::id).containsExactly(1000889L);
    }

    @Test
    void listsAccountsWithoutFiltersAndFillsTheEnvironmentFromTheFilter() {
        WM.stubFor(call("Account/get_account_list", "tok-1", "{\"limit\": 2, \"offset\": 4, \"get_total\": 1}")
                .willReturn(okJson("""
                        {"account_list": [
                          {"i_account": 1, "id": "a", "i_customer": 7, "i_env": 5, "i_product": 101,
                           "blocked": "N", "bill_status": "O"},
                          {"i_account": 2, "id": "b", "i_customer": 7, "i_env": 5, "i_product": 101,
                           "blocked": "N", "bill_status": "C"}], "total": 6}""")));
        WM.stubFor(call("Account/get_account_list", "tok-1", "{\"i_env\": 5, \"limit\": 2, \"offset\": 0, \"get_total\": 1}")
                .willReturn(okJson("""
                        {"account_list": [{"i_account": 3, "id": "c", "i_customer": 7, "i_product": 101,
                           "blocked": "N", "bill_status": "O"}]}""")));

        Page<Account> page = adapter.listAccounts(OptionalLong.empty(), OptionalInt.empty(), 4, 2);
        Page<Account> noTotal = adapter.listAccounts(OptionalLong.empty(), OptionalInt.of(5), 0, 2);

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).extracting(Account::billStatus).containsExactly(BillStatus.OPEN, BillStatus.CLOSED);
        assertThat(noTotal.items()).singleElement().extracting(Account::environment).isEqualTo(OptionalInt.of(5));
        assertThat(noTotal.total()).isEqualTo(1);
    }

    @Test
    void reportsTheStatusFormEncodedToTheEspfApiWithTheSameToken() {
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/1000889/status"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withRequestBody(equalTo("status=OK&group=IPTV&message=enabled+with+3+channel+packages"))
                .willReturn(aResponse().withStatus(200)));

        adapter.report(1000889, ProvisioningStatus.OK, "enabled with 3 channel packages");

        WM.verify(1, postRequestedFor(urlEqualTo("/espf/v1/account/i/1000889/status"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
    }

    @Test
    void encodesEveryCharacterOfTheMessageThatAFormGivesAMeaning() {
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/7/status")).willReturn(aResponse().withStatus(200)));

        adapter.report(7, ProvisioningStatus.RETRY, "Minerva: 50% & {\"ü\"} = déjà+vu");

        WM.verify(postRequestedFor(urlEqualTo("/espf/v1/account/i/7/status")).withRequestBody(equalTo(
                "status=RETRY&group=IPTV&message=Minerva%3A+50%25+%26+%7B%22%C3%BC%22%7D+%3D+d%C3%A9j%C3%A0%2Bvu")));
    }

    @Test
    void cutsLongStatusMessagesTo4000Characters() {
        WM.stubFor(post(urlEqualTo("/espf/v1/account/i/7/status")).willReturn(aResponse().withStatus(200)));
        String longMessage = "x".repeat(3999) + "\uD83D\uDE00" + "y".repeat(500);

        adapter.report(7, ProvisioningStatus.FAILED, longMessage);

        WM.verify(postRequestedFor(urlEqualTo("/espf/v1/account/i/7/status"))
                .withRequestBody(equalTo("status=FAILED&group=IPTV&message=" + "x".repeat(3999))));
    }
}
