package dev.iptvbridge.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.ReportedStatus;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the PortaBilling simulator of the sandbox, over real HTTP, with the demo scenario. */
class PortaBillingSimulatorIT {

    private static PortaBillingSimulator simulator;
    private PortaBillingAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void demoWorld() throws Exception {
        simulator.reset();
        try (InputStream demo = PortaBillingSimulatorIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
            simulator.loadScenario(demo);
        }
        adapter = PortaBillingAdapter.create(PortaBillingSettings.of(simulator.baseUrl(), "bridge", "bridge-secret"));
    }

    @Test
    void readsTheDemoAccountsAndCustomers() {
        assertThat(adapter.readAccount(1000889)).contains(new Account(1000889, "alice@tv.example", 5001, 3, 101,
                List.of(AddOn.from(201, Instant.parse("2026-01-01T00:00:00Z"))), false, BillStatus.OPEN));
        assertThat(adapter.readAccount(1000892)).map(Account::billStatus).contains(BillStatus.INACTIVE);
        assertThat(adapter.readAccount(4242)).isEmpty();
        assertThat(adapter.readCustomer(5001)).contains(new Customer(5001, "Alice Anders", CustomerStatus.OPEN, false));
        assertThat(adapter.readCustomer(4242)).isEmpty();
        assertThat(simulator.callCounts()).containsEntry("Session/login", 1L);
    }

    @Test
    void listsAccountsByCustomerAndPageByPage() {
        Page<Account> carol = adapter.listAccounts(OptionalLong.of(5003), OptionalInt.empty(), 0, 500);
        assertThat(carol.items()).extracting(Account::id).containsExactlyInAnyOrder(1000891L, 1000892L);
        assertThat(carol.total()).isEqualTo(2);

        Page<Account> first = adapter.listAccounts(OptionalLong.empty(), OptionalInt.of(3), 0, 3);
        Page<Account> second = adapter.listAccounts(OptionalLong.empty(), OptionalInt.of(3), 3, 3);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(1);
        assertThat(adapter.listAccounts(OptionalLong.empty(), OptionalInt.of(99), 0, 10).items()).isEmpty();
    }

    @Test
    void seesChangesMadeInBillingIncludingTermination() {
        simulator.updateAccount(1000890, Map.of("blocked", "Y"));
        simulator.updateCustomer(5002, Map.of("bill_status", "S"));
        simulator.terminateAccount(1000891);

        assertThat(adapter.readAccount(1000890)).map(Account::blocked).contains(true);
        assertThat(adapter.readCustomer(5002)).map(Customer::status).contains(CustomerStatus.SUSPENDED);
        assertThat(adapter.readAccount(1000891)).map(Account::billStatus).contains(BillStatus.CLOSED);
        assertThat(adapter.listAccounts(OptionalLong.of(5003), OptionalInt.empty(), 0, 10).items())
                .extracting(Account::billStatus).contains(BillStatus.CLOSED);
    }

    @Test
    void survivesTokensExpiringInTheMiddleOfARun() {
        assertThat(adapter.readAccount(1000889)).isPresent();
        simulator.expireAllTokens();

        assertThat(adapter.readAccount(1000889)).isPresent();
        assertThat(adapter.readCustomer(5001)).isPresent();
        assertThat(simulator.callCounts()).containsEntry("Session/login", 2L)
                .containsEntry("Account/get_account_info", 3L);
    }

    @Test
    void reportsTheProvisioningStatus() {
        adapter.report(1000889, ProvisioningStatus.OK, "enabled with 2 channel packages");
        simulator.expireAllTokens();
        adapter.report(1000890, ProvisioningStatus.FAILED, "m".repeat(5000));

        assertThat(simulator.provisioningStatus(1000889, "IPTV")).map(ReportedStatus::message)
                .contains("enabled with 2 channel packages");
        assertThat(simulator.provisioningStatus(1000889, "IPTV")).map(ReportedStatus::status).contains("OK");
        assertThat(simulator.provisioningStatus(1000890, "IPTV")).map(ReportedStatus::message)
                .hasValueSatisfying(message -> assertThat(message).hasSize(4000));
    }

    @Test
    void aWrongPasswordIsAPermanentFailure() {
        PortaBillingAdapter wrong = PortaBillingAdapter.create(
                PortaBillingSettings.of(simulator.baseUrl(), "bridge", "not-the-password"));

        assertThatThrownBy(() -> wrong.readAccount(1000889)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("portabilling.password").hasMessageNotContaining("not-the-password");
    }
}
