package dev.iptvbridge.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The product list against the PortaBilling simulator, over real HTTP, with the demo scenario. */
class PortaBillingProductsIT {

    private static PortaBillingSimulator simulator;
    private PortaBillingProducts products;

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
        try (InputStream demo = PortaBillingProductsIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
            simulator.loadScenario(demo);
        }
        products = PortaBillingProducts.over(PortaBillingAdapter.create(
                PortaBillingSettings.of(simulator.baseUrl(), "bridge", "bridge-secret")));
    }

    @Test
    void listsMainProductsAndAddOnsApart() {
        assertThat(products.products(0, 500)).containsExactly(new BillingProduct(101, "TV Basic", false),
                new BillingProduct(102, "TV Family", false), new BillingProduct(103, "Voice Only", false),
                new BillingProduct(201, "Sports pack", true));
    }

    @Test
    void readsPageByPage() {
        assertThat(products.products(0, 3)).extracting(BillingProduct::id).containsExactly(101L, 102L, 103L);
        assertThat(products.products(3, 3)).extracting(BillingProduct::id).containsExactly(201L);
        assertThat(products.products(6, 3)).isEmpty();
    }

    @Test
    void aRefusedLoginIsAnIntegrationFailure() {
        PortaBillingProducts refused = PortaBillingProducts.over(PortaBillingAdapter.create(
                PortaBillingSettings.of(simulator.baseUrl(), "bridge", "wrong")));

        assertThatThrownBy(() -> refused.products(0, 10)).isInstanceOf(IntegrationException.class);
    }
}
