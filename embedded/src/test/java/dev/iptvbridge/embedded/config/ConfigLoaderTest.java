package dev.iptvbridge.embedded.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final String VALID = """
            http: {port: 9000}
            webhook: {username: espf, password: hook-secret}
            admin: {username: ops, password: admin-secret}
            environment: 3
            portabilling: {url: "https://pb.example.net/", login: bridge, password: pb-secret}
            minerva:
              url: http://minerva.example.net:8080/xtv-ws-backoffice/api/v1
              username: bridge
              password: minerva-secret
              maxConcurrency: 16
            workers: 4
            catalog: catalog.yaml
            """;

    @TempDir
    Path directory;

    @BeforeEach
    void catalog() throws IOException {
        Files.writeString(directory.resolve("catalog.yaml"), """
                servicePackages:
                  basic: {minervaPackages: [CH-BASIC]}
                products: {"101": [basic]}
                addons: {}
                """);
    }

    @Test
    void a_valid_file_gives_every_key_with_its_defaults() throws IOException {
        BridgeConfig config = ConfigLoader.load(write(VALID), Map.of());

        assertThat(config.http().port()).isEqualTo(9000);
        assertThat(config.webhook().path()).isEqualTo("/espf/events");
        assertThat(config.webhook().header()).isEqualTo("Authorization");
        assertThat(config.environment()).hasValue(3);
        assertThat(config.portabilling().url()).isEqualTo("https://pb.example.net");
        assertThat(config.minerva().maxConcurrency()).isEqualTo(16);
        assertThat(config.minerva().readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:" + directory.resolve("data/iptv-bridge"));
        assertThat(config.catalog()).isEqualTo(directory.resolve("catalog.yaml"));
        assertThat(config.maintenance().inboxRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.maintenance().auditRetention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void an_environment_variable_overrides_any_key() throws IOException {
        BridgeConfig config = ConfigLoader.load(write(VALID), Map.of("IPTV_BRIDGE_MINERVA_PASSWORD", "from-env",
                "IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY", "8", "IPTV_BRIDGE_WORKERS", "12"));

        assertThat(config.minerva().password()).isEqualTo("from-env");
        assertThat(config.minerva().maxConcurrency()).isEqualTo(8);
        assertThat(config.workers()).isEqualTo(12);
    }

    @Test
    void a_missing_password_names_the_key_and_the_environment_variable() throws IOException {
        Path file = write(VALID.replace("password: minerva-secret", ""));

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("minerva.password is missing")
                .hasMessageContaining("IPTV_BRIDGE_MINERVA_PASSWORD");
    }

    @Test
    void retries_and_breakers_have_safe_defaults_per_system_and_can_be_set_per_system() throws IOException {
        BridgeConfig defaults = ConfigLoader.load(write(VALID), Map.of());
        assertThat(defaults.resilience().minerva()).isEqualTo(new BridgeConfig.RemoteCallSettings(3,
                Duration.ofMillis(200), 50, 20, Duration.ofSeconds(10)));
        assertThat(defaults.resilience().portabilling()).isEqualTo(defaults.resilience().minerva());

        BridgeConfig set = ConfigLoader.load(write(VALID + "minerva.retry.attempts: 5\nminerva.breaker.openFor: 1m\n"),
                Map.of("IPTV_BRIDGE_PORTABILLING_BREAKER_WINDOW", "8"));
        assertThat(set.resilience().minerva().retryAttempts()).isEqualTo(5);
        assertThat(set.resilience().minerva().breakerOpenFor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(set.resilience().portabilling().breakerWindow()).isEqualTo(8);
    }

    @Test
    void a_failure_rate_over_100_and_a_zero_wait_are_refused_with_their_key() throws IOException {
        Path file = write(VALID + "minerva.breaker.failureRate: 150\nportabilling.retry.wait: 0s\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("minerva.breaker.failureRate is a percentage")
                .hasMessageContaining("portabilling.retry.wait must be longer than 0");
    }

    @Test
    void a_malformed_url_and_an_unknown_key_are_both_reported_with_their_fix() throws IOException {
        Path file = write(VALID.replace("https://pb.example.net/", "pb.example.net") + "minerva.maxConcurency: 3\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("portabilling.url 'pb.example.net' is not an http(s) URL")
                .hasMessageContaining("unknown key 'minerva.maxConcurency'")
                .satisfies(failure -> assertThat(((ConfigException) failure).problems()).hasSize(2));
    }

    @Test
    void malformed_numbers_durations_and_database_urls_are_refused() throws IOException {
        Path file = write(VALID.replace("workers: 4", "workers: many") + "retry: {lease: soon}\n"
                + "database: {url: \"jdbc:mysql://db/iptv\"}\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("workers 'many' is not a whole number")
                .hasMessageContaining("retry.lease 'soon' is not a duration")
                .hasMessageContaining("database.url 'jdbc:mysql://db/iptv' is neither H2 nor PostgreSQL");
    }

    @Test
    void a_file_that_is_not_there_or_not_yaml_says_so() throws IOException {
        assertThatThrownBy(() -> ConfigLoader.load(directory.resolve("nope.yaml"), Map.of()))
                .hasMessageContaining("does not exist").hasMessageContaining("--config");
        Path broken = write("http: [port: 80\n");
        assertThatThrownBy(() -> ConfigLoader.load(broken, Map.of())).hasMessageContaining("is not valid YAML");
    }

    @Test
    void secrets_never_appear_in_the_configuration_text() throws IOException {
        BridgeConfig config = ConfigLoader.load(write(VALID), Map.of());

        assertThat(config.toString()).doesNotContain("hook-secret", "admin-secret", "pb-secret", "minerva-secret")
                .contains("pb.example.net");
    }

    @Test
    void a_catalog_that_names_an_unknown_service_package_stops_the_start() throws IOException {
        Path catalog = directory.resolve("bad-catalog.yaml");
        Files.writeString(catalog, """
                servicePackages: {basic: {minervaPackages: [CH-BASIC]}}
                products: {"101": [basic, premium]}
                """);

        assertThatThrownBy(() -> CatalogLoader.load(catalog))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("product 101").hasMessageContaining("'premium'");
    }

    @Test
    void the_catalog_expands_service_packages_for_products_and_add_ons() throws IOException {
        Path catalog = directory.resolve("full.yaml");
        Files.writeString(catalog, """
                servicePackages:
                  basic:  {minervaPackages: [CH-BASIC]}
                  family: {minervaPackages: [CH-BASIC, CH-KIDS, SVOD-CATALOG, CALLER-ID], wholeHomeDvr: true}
                  sports: {minervaPackages: [CH-SPORTS]}
                products: {"101": [basic], "102": [family]}
                addons: {"201": [sports]}
                """);

        var loaded = CatalogLoader.load(catalog);

        assertThat(loaded.isIptvProduct(102)).isTrue();
        assertThat(loaded.isIptvProduct(103)).isFalse();
        assertThat(loaded.entitlement(101, java.util.List.of(201L)).minervaPackages()).containsExactly("CH-BASIC", "CH-SPORTS");
        assertThat(loaded.entitlement(102, java.util.List.of()).wholeHomeDvr()).isTrue();
    }

    private Path write(String yaml) throws IOException {
        Path file = directory.resolve("iptv-bridge.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
