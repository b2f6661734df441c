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

/** The {@code http.tls.*} and {@code http.metricsAuth} keys, as an operator writes them. */
class TlsConfigTest {

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
    void without_a_keystore_the_listener_is_plain_http_and_metrics_are_open() throws IOException {
        BridgeConfig config = ConfigLoader.load(write(""), Map.of());

        assertThat(config.http().tls().enabled()).isFalse();
        assertThat(config.http().metricsAuth()).isFalse();
    }

    @Test
    void a_keystore_with_its_password_from_the_environment_turns_tls_on_and_hides_the_password() throws Exception {
        Path keystore = directory.resolve("bridge.p12");
        java.security.KeyStore empty = java.security.KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (var out = Files.newOutputStream(keystore)) {
            empty.store(out, "tls-secret".toCharArray());
        }

        BridgeConfig config = ConfigLoader.load(write("""
                  tls: {keystore: bridge.p12, scanInterval: 10s}
                  metricsAuth: true
                """), Map.of("IPTV_BRIDGE_HTTP_TLS_PASSWORD", "tls-secret"));

        assertThat(config.http().tls().keystore()).contains(keystore);
        assertThat(config.http().tls().scanInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.http().metricsAuth()).isTrue();
        assertThat(config.toString()).doesNotContain("tls-secret");
    }

    @Test
    void a_missing_keystore_a_wrong_password_and_a_bad_flag_are_named_with_the_fix() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("""
                  tls: {keystore: missing.p12, password: x}
                  metricsAuth: yes-please
                """), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.tls.keystore '" + directory.resolve("missing.p12") + "' cannot be read")
                .hasMessageContaining("http.metricsAuth 'yes-please' must be true or false");

        Files.writeString(directory.resolve("not.p12"), "not a keystore");
        assertThatThrownBy(() -> ConfigLoader.load(write("  tls: {keystore: not.p12, password: wrong-secret}\n"),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot be opened with http.tls.password")
                .hasMessageNotContaining("wrong-secret");
        assertThatThrownBy(() -> ConfigLoader.load(write("  tls: {keystore: not.p12}\n"), Map.of()))
                .hasMessageContaining("http.tls.password is missing")
                .hasMessageContaining("IPTV_BRIDGE_HTTP_TLS_PASSWORD");
    }

    // The rest of a valid file; `http:` opens the block the test's lines belong to.
    private Path write(String httpLines) throws IOException {
        Path file = directory.resolve("bridge.yaml");
        Files.writeString(file, ConfigLoaderTest.VALID.replace("http: {port: 9000}\n",
                "http:\n  port: 9000\n" + httpLines));
        return file;
    }
}
