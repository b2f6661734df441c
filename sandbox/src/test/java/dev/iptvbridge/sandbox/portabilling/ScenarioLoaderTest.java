package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-25T14:03:11");

    @Test
    void theDemoScenarioLoadsWithItsProductsCustomersAndAccounts() {
        Scenario demo = ScenarioLoader.load(getClass().getResourceAsStream("/scenarios/demo.yaml"), "demo", NOW);

        assertThat(demo.environment()).isEqualTo(3);
        assertThat(demo.products()).extracting(ProductRecord::iProduct, ProductRecord::addonPriority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(101L, 0), org.assertj.core.groups.Tuple.tuple(102L, 0),
                        org.assertj.core.groups.Tuple.tuple(103L, 0), org.assertj.core.groups.Tuple.tuple(201L, 10));
        assertThat(demo.products().get(1).description()).isEqualTo("Family channels, VOD, DVR, CLI");
        assertThat(demo.customers()).hasSize(3);
        assertThat(demo.accounts()).hasSize(4);
        AccountRecord alice = demo.accounts().stream().filter(a -> a.iAccount() == 1000889).findFirst().orElseThrow();
        assertThat(alice.addons()).containsExactly(new AddonRecord(201, "2026-01-01T00:00:00", null));
        assertThat(alice.iEnv()).isEqualTo(3);
        assertThat(demo.accounts()).filteredOn(a -> a.iAccount() == 1000892).extracting(AccountRecord::billStatus).containsExactly("I");
    }

    @Test
    void extensionsSetSubscriptionsAndEnvironmentsPerCustomerOrAccount() {
        Scenario scenario = load("""
                environment: 3
                products:
                  - {i_product: 101, name: TV Basic, subscription: {i_subscription: 12, name: TV monthly}}
                customers:
                  - {i_customer: 1, name: A, i_env: 4}
                accounts:
                  - {i_account: 10, id: a, i_customer: 1, i_product: 101}
                  - {i_account: 11, id: b, i_customer: 1, i_product: 101, i_env: 5, activation_date: "2026-01-02"}
                """);

        assertThat(scenario.products().get(0).iSubscription()).isEqualTo(12);
        assertThat(scenario.products().get(0).subscriptionName()).isEqualTo("TV monthly");
        assertThat(scenario.accounts()).extracting(AccountRecord::iEnv).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void unknownSectionsAreIgnored() {
        assertThat(load("packages: [{id: X}]\nfuture_section: 1\n").accounts()).isEmpty();
    }

    @Test
    void mistakesNameTheEntryAndTheFix() {
        assertThatThrownBy(() -> load("products: [{i_product: 101, name: A}]\ncustomers: []\n"
                + "accounts: [{i_account: 10, id: a, i_customer: 9, i_product: 101}]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 9").hasMessageContaining("account 10");
        assertThatThrownBy(() -> load("products: [{i_product: 201, name: A, addon_priority: 10}]\ncustomers: [{i_customer: 1, name: C}]\n"
                + "accounts: [{i_account: 10, id: a, i_customer: 1, i_product: 201}]\n"))
                .hasMessageContaining("is an add-on");
        assertThatThrownBy(() -> load("customers: [{i_customer: 1, name: C, colour: red}]\n"))
                .hasMessageContaining("'colour' is not modelled");
        assertThatThrownBy(() -> load("customers: [{i_customer: 1, name: C, bill_status: X}]\n"))
                .hasMessageContaining("bill_status must be O (open), S (suspended) or C (closed)");
        assertThatThrownBy(() -> load("accounts: 5\n")).hasMessageContaining("'accounts' must be a list");
        assertThatThrownBy(() -> load("[1, 2]\n")).hasMessageContaining("not a YAML mapping");
    }

    private static Scenario load(String yaml) {
        return ScenarioLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test", NOW);
    }
}
