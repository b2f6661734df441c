package dev.iptvbridge.embedded.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.zaxxer.hikari.HikariDataSource;
import dev.iptvbridge.embedded.EspfHttpRequest;
import dev.iptvbridge.embedded.IptvBridgeHost;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Guice host installs the module beside bindings of its own, and the bridge takes the host's parts. */
class IptvBridgeModuleTest {

    @TempDir
    Path directory;

    @Test
    void the_bridge_uses_the_hosts_pool_and_registry_and_binds_nothing_that_collides_with_the_host() throws IOException {
        Path config = writeConfig();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:guice-host;DB_CLOSE_DELAY=-1");
            Injector host = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
                @Override
                protected void configure() {
                    binder().requireExplicitBindings();
                    bind(DataSource.class).toInstance(pool);
                    bind(MeterRegistry.class).toInstance(registry);
                    bind(Clock.class).toInstance(Clock.systemUTC()); // the bridge binds a Clock too, in its own injector
                }
            }, IptvBridgeModule.fromConfigFile(config, Map.of()));

            try (IptvBridgeHost bridge = host.getInstance(IptvBridgeHost.class)) {
                bridge.migrate();
                int status = bridge.handleEspf(new EspfHttpRequest(Map.of("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("espf:hook-secret".getBytes(StandardCharsets.UTF_8))),
                        "{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 1, \"i_account\": 9}}"
                                .getBytes(StandardCharsets.UTF_8), "test")).status();

                assertThat(status).isEqualTo(200);
                assertThat(host.getInstance(IptvBridgeHost.class)).as("one bridge per injector").isSameAs(bridge);
                assertThat(registry.find("iptv_bridge_events_received_total").counter()).isNotNull();
                assertThat(bridge.health().databaseReady()).isTrue();
            }
            assertThat(pool.isClosed()).isFalse();
            assertThat(Files.exists(directory.resolve("unused.mv.db"))).as("database.url left unused").isFalse();
        }
    }

    private Path writeConfig() throws IOException {
        Files.writeString(directory.resolve("catalog.yaml"), """
                servicePackages:
                  basic: {minervaPackages: [CH-BASIC]}
                products: {"101": [basic]}
                """);
        return Files.writeString(directory.resolve("iptv-bridge.yaml"), """
                webhook: {username: espf, password: hook-secret}
                admin: {username: admin, password: unused}
                portabilling: {url: "http://127.0.0.1:1", login: bridge, password: pb-secret}
                minerva: {url: "http://127.0.0.1:2/api", username: bridge, password: mv-secret}
                catalog: catalog.yaml
                database: {url: "jdbc:h2:file:%s"}
                """.formatted(directory.resolve("unused").toAbsolutePath()));
    }
}
