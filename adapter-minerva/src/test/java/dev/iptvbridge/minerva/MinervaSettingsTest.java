package dev.iptvbridge.minerva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MinervaSettingsTest {

    private static MinervaSettings settings(String baseUrl, String user, int concurrency, double rate, Duration read) {
        return new MinervaSettings(baseUrl, user, "s3cret-pw", concurrency, rate, Duration.ofSeconds(1), read);
    }

    @Test
    void dropsATrailingSlashFromTheBaseUrl() {
        assertThat(settings("http://minerva.example:8080/api/v1/", "bridge", 4, 50, Duration.ofSeconds(5)).baseUrl())
                .isEqualTo("http://minerva.example:8080/api/v1");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(settings("http://m.example/api", "bridge", 4, 50, Duration.ofSeconds(5)).toString())
                .doesNotContain("s3cret-pw").contains("password=***", "bridge");
    }

    @Test
    void refusesBadValuesNamingTheField() {
        assertThatThrownBy(() -> settings(" ", "bridge", 4, 50, Duration.ofSeconds(5)))
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> settings("ftp://m.example", "bridge", 4, 50, Duration.ofSeconds(5)))
                .hasMessageContaining("baseUrl").hasMessageContaining("http");
        assertThatThrownBy(() -> settings("http://m.example", "", 4, 50, Duration.ofSeconds(5)))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> settings("http://m.example", "bridge", 0, 50, Duration.ofSeconds(5)))
                .hasMessageContaining("maxConcurrency");
        assertThatThrownBy(() -> settings("http://m.example", "bridge", 4, 0, Duration.ofSeconds(5)))
                .hasMessageContaining("ratePerSecond");
        assertThatThrownBy(() -> settings("http://m.example", "bridge", 4, Double.NaN, Duration.ofSeconds(5)))
                .hasMessageContaining("ratePerSecond");
        assertThatThrownBy(() -> settings("http://m.example", "bridge", 4, 50, Duration.ZERO))
                .hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> new MinervaSettings("http://m.example", "bridge", null, 4, 50,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessageContaining("password");
        assertThatThrownBy(() -> settings("http://user:pw@m.example", "bridge", 4, 50, Duration.ofSeconds(5)))
                .hasMessageContaining("credentials").hasMessageNotContaining("pw@");
    }
}
