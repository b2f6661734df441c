package dev.iptvbridge.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortaBillingSettingsTest {

    private static final Duration FIVE = Duration.ofSeconds(5);

    @Test
    void keepsTheRootWithoutATrailingSlashAndHidesThePassword() {
        PortaBillingSettings settings = PortaBillingSettings.of("https://pb.example.com/", "bridge", "hunter2");

        assertThat(settings.baseUrl()).isEqualTo("https://pb.example.com");
        assertThat(settings.toString()).contains("bridge", "https://pb.example.com").doesNotContain("hunter2");
        assertThat(settings.readTimeout()).isEqualTo(PortaBillingSettings.DEFAULT_READ_TIMEOUT);
    }

    @Test
    void refusesBadValuesNamingTheSettingAndTheFix() {
        assertThatThrownBy(() -> PortaBillingSettings.of(" ", "bridge", "pw"))
                .hasMessageContaining("portabilling.url is missing");
        assertThatThrownBy(() -> PortaBillingSettings.of("pb.example.com", "bridge", "pw"))
                .hasMessageContaining("portabilling.url").hasMessageContaining("https://pb.example.com");
        assertThatThrownBy(() -> PortaBillingSettings.of("https://pb.example.com/rest", "bridge", "pw"))
                .hasMessageContaining("without /rest");
        assertThatThrownBy(() -> PortaBillingSettings.of("https://pb.example.com", "", "pw"))
                .hasMessageContaining("portabilling.login is missing");
        assertThatThrownBy(() -> PortaBillingSettings.of("https://pb.example.com", "bridge", null))
                .hasMessageContaining("portabilling.password is missing");
        assertThatThrownBy(() -> new PortaBillingSettings("https://pb.example.com", "b", "p", Duration.ZERO, FIVE))
                .hasMessageContaining("portabilling.connectTimeout");
        assertThatThrownBy(() -> new PortaBillingSettings("https://pb.example.com", "b", "p", FIVE, null))
                .hasMessageContaining("portabilling.readTimeout");
    }

    @Test
    void cutsMessagesWithoutSplittingACharacter() {
        assertThat(PortaBillingAdapter.cut("short")).isEqualTo("short");
        assertThat(PortaBillingAdapter.cut("a".repeat(4001))).hasSize(4000);
        assertThat(PortaBillingAdapter.cut("a".repeat(3999) + "\uD83D\uDE00")).hasSize(3999);
    }
}
