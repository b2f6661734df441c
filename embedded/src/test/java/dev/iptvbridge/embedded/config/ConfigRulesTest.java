package dev.iptvbridge.embedded.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.minerva.MinervaResilience;
import dev.iptvbridge.minerva.MinervaSettings;
import dev.iptvbridge.portabilling.PortaBillingResilience;
import dev.iptvbridge.portabilling.PortaBillingSettings;
import dev.iptvbridge.portabilling.espf.EspfWebhookSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the configuration check: each refusal names the key (and its variable) and the fix. */
class ConfigRulesTest {

    static Map<String, String> valid() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("webhook.username", "espf");
        keys.put("webhook.password", "hook-secret");
        keys.put("admin.username", "ops");
        keys.put("admin.password", "admin-secret");
        keys.put("portabilling.url", "https://pb.example.net");
        keys.put("portabilling.login", "bridge");
        keys.put("portabilling.password", "pb-secret");
        keys.put("minerva.url", "http://minerva.example.net:8080/xtv-ws-backoffice/api/v1");
        keys.put("minerva.username", "bridge");
        keys.put("minerva.password", "minerva-secret");
        keys.put("catalog", "catalog.yaml");
        return keys;
    }

    static BridgeConfig load(Map<String, String> keys, Map<String, String> environment) {
        return ConfigLoader.fromValues(keys, environment, Path.of("/etc/iptv-bridge"));
    }

    static List<String> problems(String key, String value) {
        Map<String, String> keys = valid();
        keys.put(key, value);
        try {
            load(keys, Map.of());
        } catch (ConfigException refused) {
            return refused.problems();
        }
        throw new AssertionError(key + ": " + value + " was accepted");
    }

    @ParameterizedTest(name = "{0}: {1} is refused with: {2}")
    @CsvSource(delimiter = '|', value = {
        "retry.lease | 0s | retry.lease must be longer than 0",
        "retry.baseDelay | -1s | retry.baseDelay must be longer than 0",
        "retry.maxDelay | PT-5S | retry.maxDelay must be longer than 0",
        "portabilling.readTimeout | 0ms | portabilling.readTimeout must be longer than 0",
        "minerva.connectTimeout | 0s | minerva.connectTimeout must be longer than 0",
        "maintenance.inboxRetention | 0s | maintenance.inboxRetention must be longer than 0",
        "maintenance.sweepInterval | 500ms | maintenance.sweepInterval 500ms is under a second",
        "maintenance.sweepInterval | -6h | maintenance.sweepInterval must not be negative",
        "maintenance.auditRetention | -1d | maintenance.auditRetention must not be negative",
        "minerva.retry.wait | 0s | minerva.retry.wait must be longer than 0",
        "portabilling.breaker.openFor | 0s | portabilling.breaker.openFor must be longer than 0",
        "minerva.maxConcurrency | 1025 | minerva.maxConcurrency must be at most 1024",
        "minerva.ratePerSecond | Infinity | minerva.ratePerSecond must be a finite number",
        "minerva.username | a:b | minerva.username must not contain ':'",
        "webhook.username | a:b | webhook.username must not contain ':'",
        "minerva.url | http://u:p@minerva.example.net/api | minerva.url must carry no credentials",
        "portabilling.url | https://pb.example.net/rest | points inside the API",
        "portabilling.url | https://pb.example.net/rest/ | points inside the API",
        "portabilling.url | https://pb.example.net/espf/v1 | points inside the API",
        "portabilling.url | https://pb.example.net/?x=1 | portabilling.url must carry no credentials, query",
        "minerva.retry.attempts | 11 | minerva.retry.attempts must be at most 10",
        "portabilling.breaker.failureRate | 101 | portabilling.breaker.failureRate is a percentage",
    })
    void a_value_an_adapter_or_worker_would_refuse_is_refused_here(String key, String value, String message) {
        assertThat(problems(key, value)).singleElement().asString().contains(message);
    }

    @Test
    void a_base_delay_above_the_maximum_is_refused_naming_both() {
        Map<String, String> keys = valid();
        keys.put("retry.baseDelay", "2m");
        keys.put("retry.maxDelay", "1m");

        assertThatThrownBy(() -> load(keys, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("retry.baseDelay 2m is longer than retry.maxDelay 1m")
                .hasMessageContaining("lower retry.baseDelay or raise retry.maxDelay");
    }

    @Test
    void zero_turns_the_sweep_and_the_audit_purge_off() {
        Map<String, String> keys = valid();
        keys.put("maintenance.sweepInterval", "0s");
        keys.put("maintenance.auditRetention", "0s");

        BridgeConfig config = load(keys, Map.of());

        assertThat(config.maintenance().sweepInterval()).isZero();
        assertThat(config.maintenance().auditRetention()).isZero();
    }

    @Test
    void the_settle_delay_is_a_second_by_default_zero_turns_it_off_and_more_than_a_minute_is_refused() {
        assertThat(load(valid(), Map.of()).queue().settleDelay()).isEqualTo(Duration.ofSeconds(1));
        Map<String, String> keys = valid();
        keys.put("queue.settleDelay", "0s");
        assertThat(load(keys, Map.of()).queue().settleDelay()).isZero();
        assertThat(problems("queue.settleDelay", "2m")).singleElement().asString()
                .contains("queue.settleDelay 2m is longer than 1m").contains("such as 1s, or 0s");
        assertThat(problems("queue.settleDelay", "-1s")).singleElement().asString()
                .contains("queue.settleDelay must not be negative");
    }

    @Test
    void a_malformed_duration_is_one_problem_not_two() {
        assertThat(problems("retry.lease", "two minutes")).singleElement().asString()
                .contains("retry.lease 'two minutes' is not a duration");
    }

    @Test
    void an_error_in_a_value_from_a_variable_names_the_variable() {
        assertThatThrownBy(() -> load(valid(), Map.of("IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY", "5000",
                "IPTV_BRIDGE_RETRY_LEASE", "0s")))
                .hasMessageContaining("minerva.maxConcurrency (from IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY) must be at most 1024")
                .hasMessageContaining("retry.lease (from IPTV_BRIDGE_RETRY_LEASE) must be longer than 0");
    }

    @Test
    void an_unknown_bridge_variable_is_refused_with_the_nearest_name() {
        assertThatThrownBy(() -> load(valid(), Map.of("IPTV_BRIDGE_MINERVA_PASWORD", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown environment variable IPTV_BRIDGE_MINERVA_PASWORD")
                .hasMessageContaining("did you mean IPTV_BRIDGE_MINERVA_PASSWORD?");
    }

    @Test
    void the_test_suites_variables_and_other_programs_variables_are_left_alone() {
        BridgeConfig config = load(valid(), Map.of("IPTV_BRIDGE_TEST_POSTGRES_URL", "jdbc:postgresql://x/y",
                "PATH", "/usr/bin", "IPTV_BRIDGE_MINERVA_MAXCONCURRENCY", "8"));

        assertThat(config.minerva().maxConcurrency()).isEqualTo(8);
    }

    @Test
    void an_unknown_key_gets_a_did_you_mean() {
        Map<String, String> keys = valid();
        keys.put("minerva.maxConcurency", "8");

        assertThatThrownBy(() -> load(keys, Map.of())).hasMessageContaining(
                "unknown key 'minerva.maxConcurency'").hasMessageContaining("did you mean minerva.maxConcurrency?");
    }

    @Test
    void what_the_check_accepts_at_the_limits_the_adapters_accept() {
        Map<String, String> keys = valid();
        keys.put("minerva.maxConcurrency", "1024");
        keys.put("minerva.ratePerSecond", "0.001");
        keys.put("minerva.retry.attempts", "10");
        keys.put("portabilling.retry.attempts", "1");
        keys.put("minerva.breaker.failureRate", "100");
        keys.put("portabilling.breaker.window", "1");
        keys.put("portabilling.url", "https://pb.example.net/billing/");
        keys.put("minerva.connectTimeout", "1ms");
        keys.put("retry.baseDelay", "10m");
        BridgeConfig config = load(keys, Map.of());

        BridgeConfig.MinervaConfig mv = config.minerva();
        BridgeConfig.RemoteCallSettings mvCalls = config.resilience().minerva();
        BridgeConfig.RemoteCallSettings pbCalls = config.resilience().portabilling();
        new MinervaSettings(mv.url(), mv.username(), mv.password(), mv.maxConcurrency(), mv.ratePerSecond(),
                mv.connectTimeout(), mv.readTimeout());
        new MinervaResilience(mvCalls.retryAttempts(), mvCalls.retryWait(), mvCalls.breakerFailureRate(),
                mvCalls.breakerWindow(), mvCalls.breakerOpenFor());
        new PortaBillingSettings(config.portabilling().url(), config.portabilling().login(),
                config.portabilling().password(), config.portabilling().connectTimeout(), config.portabilling().readTimeout());
        new PortaBillingResilience(pbCalls.retryAttempts(), pbCalls.retryWait(), pbCalls.breakerFailureRate(),
                pbCalls.breakerWindow(), pbCalls.breakerOpenFor());
        new EspfWebhookSettings(config.webhook().username(), config.webhook().password(), config.webhook().header(),
                config.webhook().maxBodyBytes());
        assertThat(config.retry().baseDelay()).isEqualTo(Duration.ofMinutes(10));
    }
}
