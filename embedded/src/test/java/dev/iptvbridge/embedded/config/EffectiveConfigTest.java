package dev.iptvbridge.embedded.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigTest {

    @Test
    void every_secret_is_masked_and_every_value_is_in_the_files_shape() throws Exception {
        Map<String, String> keys = ConfigRulesTest.valid();
        keys.put("database.url", "jdbc:postgresql://db:5432/bridge?user=b&password=db-secret");
        keys.put("database.password", "db-secret-2");
        BridgeConfig config = ConfigRulesTest.load(keys, Map.of("IPTV_BRIDGE_RETRY_LEASE", "90s"));

        EffectiveConfig effective = EffectiveConfig.of(config);
        String yaml = effective.yaml();
        String json = effective.json();

        for (String text : new String[] {yaml, json}) {
            assertThat(text).doesNotContain("hook-secret", "admin-secret", "pb-secret", "minerva-secret", "db-secret");
        }
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.at("/minerva/password").asText()).isEqualTo("****");
        assertThat(tree.at("/database/url").asText()).endsWith("password=****");
        assertThat(tree.at("/retry/lease").asText()).isEqualTo("90s");
        assertThat(tree.at("/minerva/retry/wait").asText()).isEqualTo("200ms");
        assertThat(tree.at("/maintenance/auditRetention").asText()).isEqualTo("90d");
        JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(fromYaml).isEqualTo(tree);
    }

    @Test
    void an_empty_secret_stays_empty() {
        BridgeConfig config = ConfigRulesTest.load(ConfigRulesTest.valid(), Map.of());

        assertThat(EffectiveConfig.of(config).database().password()).isEmpty();
    }
}
