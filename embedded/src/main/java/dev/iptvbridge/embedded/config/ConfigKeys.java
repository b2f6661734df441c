package dev.iptvbridge.embedded.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every configuration key with its default ({@code null}: no default). The keys are a contract;
 * each can be overridden by an environment variable named after it ({@link #environmentName}).
 */
final class ConfigKeys {

    static final String REQUIRED = null;
    static final Map<String, String> DEFAULTS = defaults();

    private ConfigKeys() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("http.host", "0.0.0.0");
        keys.put("http.port", "8080");
        keys.put("http.tls.keystore", "");
        keys.put("http.tls.password", "");
        keys.put("http.tls.scanInterval", "1m");
        keys.put("http.metricsAuth", "false");
        keys.put("webhook.path", "/espf/events");
        keys.put("webhook.username", REQUIRED);
        keys.put("webhook.password", REQUIRED);
        keys.put("webhook.header", "Authorization");
        keys.put("webhook.maxBodyBytes", "65536");
        keys.put("admin.username", REQUIRED);
        keys.put("admin.password", REQUIRED);
        keys.put("environment", "");
        keys.put("portabilling.url", REQUIRED);
        keys.put("portabilling.login", REQUIRED);
        keys.put("portabilling.password", REQUIRED);
        keys.put("portabilling.connectTimeout", "5s");
        keys.put("portabilling.readTimeout", "30s");
        keys.put("minerva.url", REQUIRED);
        keys.put("minerva.username", REQUIRED);
        keys.put("minerva.password", REQUIRED);
        keys.put("minerva.maxConcurrency", "32");
        keys.put("minerva.ratePerSecond", "1000");
        keys.put("minerva.connectTimeout", "5s");
        keys.put("minerva.readTimeout", "30s");
        keys.put("database.url", "jdbc:h2:file:./data/iptv-bridge");
        keys.put("database.username", "sa");
        keys.put("database.password", "");
        keys.put("database.maxPoolSize", "10");
        keys.put("workers", "8");
        keys.put("catalog", REQUIRED);
        keys.put("catalogCheck", "fail");
        keys.put("retry.maxAttempts", "10");
        keys.put("retry.baseDelay", "1s");
        keys.put("retry.maxDelay", "10m");
        keys.put("retry.lease", "2m");
        keys.put("maintenance.inboxRetention", "7d");
        keys.put("maintenance.sweepInterval", "6h");
        keys.put("maintenance.auditRetention", "90d");
        keys.put("maintenance.sweepAt", "off");
        keys.put("maintenance.compareOnFirstStart", "true");
        keys.put("maintenance.deleteOrphans", "false");
        keys.put("maintenance.billingPageReads", "2");
        keys.put("maintenance.minervaPageReads", "2");
        keys.put("maintenance.revenueCheckInterval", "1d");
        keys.put("maintenance.catalogPollInterval", "5s");
        keys.put("queue.settleDelay", "1s");
        keys.put("queue.trustAppliedFor", "5m");
        resilience(keys, "minerva");
        resilience(keys, "portabilling");
        keys.put("purchases.enabled", "false");
        keys.put("purchases.pollInterval", "30s");
        keys.put("purchases.service", "");
        keys.put("purchases.defaultCurrency", "USD");
        keys.put("purchases.pageSize", "500");
        keys.put("purchases.lease", "2m");
        return keys;
    }

    /** Retries and circuit breaker of one remote system (docs/configuration.md, "Outages and flakiness"). */
    private static void resilience(Map<String, String> keys, String system) {
        keys.put(system + ".retry.attempts", "3");
        keys.put(system + ".retry.wait", "200ms");
        keys.put(system + ".breaker.failureRate", "50");
        keys.put(system + ".breaker.window", "20");
        keys.put(system + ".breaker.openFor", "10s");
    }

    static boolean isSecret(String key) {
        return key.endsWith("password");
    }

    /** {@code minerva.maxConcurrency} is {@code IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY}. */
    static String environmentName(String key) {
        return "IPTV_BRIDGE_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The same name without underscores between words ({@code IPTV_BRIDGE_MINERVA_MAXCONCURRENCY}), also accepted. */
    static String compactEnvironmentName(String key) {
        return "IPTV_BRIDGE_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The override for {@code key}, also accepted without underscores between words ({@code ..._MAXCONCURRENCY}). */
    static Optional<String> override(String key, Map<String, String> environment) {
        return overridingVariable(key, environment).map(environment::get);
    }

    /** The name of the variable that overrides {@code key}, when one is set. */
    static Optional<String> overridingVariable(String key, Map<String, String> environment) {
        String name = environmentName(key);
        if (environment.containsKey(name)) {
            return Optional.of(name);
        }
        String compact = compactEnvironmentName(key);
        return environment.containsKey(compact) ? Optional.of(compact) : Optional.empty();
    }
}
