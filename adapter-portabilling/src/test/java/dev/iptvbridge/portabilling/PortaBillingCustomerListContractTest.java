package dev.iptvbridge.portabilling;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.iptvbridge.portabilling.PortaBillingStubs.call;
import static dev.iptvbridge.portabilling.PortaBillingStubs.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Customer/get_customer_list} as the comparison reads it. */
class PortaBillingCustomerListContractTest {

    @RegisterExtension
    static final WireMockExtension WM = PortaBillingStubs.server();

    private PortaBillingCustomerList list;

    @BeforeEach
    void loggedIn() {
        login(WM, "tok-1", Instant.now().plusSeconds(48 * 3600));
        list = new PortaBillingCustomerList(PortaBillingStubs.adapter(WM));
    }

    @Test
    void listsCustomersWithTheEnvironmentAndTheTotal() {
        WM.stubFor(call("Customer/get_customer_list", "tok-1",
                "{\"i_env\": 3, \"limit\": 500, \"offset\": 500, \"get_total\": 1}").willReturn(okJson("""
                {"customer_list": [
                  {"i_customer": 5001, "name": "Alice", "bill_status": "O", "blocked": "N"},
                  {"i_customer": "5002", "name": "Bob", "bill_status": "S", "blocked": "Y"},
                  {"i_customer": 5003, "name": "Carol", "bill_status": "C"}], "total": 812}""")));

        Page<Customer> page = list.listCustomers(OptionalInt.of(3), 500, 500);

        assertThat(page.total()).isEqualTo(812);
        assertThat(page.items()).containsExactly(new Customer(5001, "Alice", CustomerStatus.OPEN, false),
                new Customer(5002, "Bob", CustomerStatus.SUSPENDED, true),
                new Customer(5003, "Carol", CustomerStatus.CLOSED, false));
    }

    @Test
    void withoutATotalAFullPagePromisesOneMoreAndAMissingListIsAPermanentFailure() {
        WM.stubFor(call("Customer/get_customer_list", "tok-1", "{\"limit\": 1, \"offset\": 0, \"get_total\": 1}")
                .willReturn(okJson("{\"customer_list\": [{\"i_customer\": 1, \"name\": \"A\", \"bill_status\": \"O\"}]}")));
        WM.stubFor(call("Customer/get_customer_list", "tok-1", "{\"limit\": 1, \"offset\": 1, \"get_total\": 1}")
                .willReturn(okJson("{}")));

        assertThat(list.listCustomers(OptionalInt.empty(), 0, 1).total()).isEqualTo(2);
        assertThatThrownBy(() -> list.listCustomers(OptionalInt.empty(), 1, 1)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("customer_list");
    }
}
