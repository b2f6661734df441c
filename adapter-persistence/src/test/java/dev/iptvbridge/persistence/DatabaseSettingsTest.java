package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void rejectsAnotherDatabaseNamingTheSettingAndTheFix() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/bridge?password=s3cret", "u", "p", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database.url must start with jdbc:h2: or jdbc:postgresql:")
                .hasMessageContaining("jdbc:h2:file:./data/iptv-bridge")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void rejectsAnEmptyPool() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 0))
                .hasMessageContaining("database.maxPoolSize must be at least 1");
    }

    @Test
    void neverShowsThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db:5432/bridge?password=urlsecret",
                "bridge", "s3cret", 10);

        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("urlsecret")
                .contains("jdbc:postgresql://db:5432/bridge?password=****").contains("bridge").contains("10");
    }
}
