package dev.iptvbridge.embedded.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.time.Duration;

/**
 * The configuration in force, as {@code run --print-config} prints it and the start logs it: every
 * key with its value after defaults and {@code IPTV_BRIDGE_*} overrides, in the file's own shape,
 * secrets shown as {@value #MASK}. Durations are written as an operator writes them ({@code 30s}).
 */
@JsonPropertyOrder({"http", "webhook", "admin", "environment", "portabilling", "minerva", "database", "workers",
    "catalog", "retry", "maintenance", "catalogCheck", "queue", "purchases"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EffectiveConfig(Http http, Webhook webhook, Admin admin, Integer environment, PortaBilling portabilling,
                              Minerva minerva, Database database, int workers, String catalog, Retry retry,
                              Maintenance maintenance, String catalogCheck, Queue queue, Purchases purchases) {

    /** What stands for a secret. */
    public static final String MASK = "****";

    public record Http(String host, int port, Tls tls, boolean metricsAuth) {
    }

    /** Absent when the listener serves plain HTTP. */
    public record Tls(String keystore, String password, String scanInterval) {
    }

    public record Webhook(String path, String username, String password, String header, int maxBodyBytes) {
    }

    public record Admin(String username, String password) {
    }

    public record PortaBilling(String url, String login, String password, String connectTimeout, String readTimeout,
                               Calls retry, Breaker breaker) {
    }

    public record Minerva(String url, String username, String password, int maxConcurrency, double ratePerSecond,
                          String connectTimeout, String readTimeout, Calls retry, Breaker breaker) {
    }

    public record Calls(int attempts, @JsonProperty("wait") String firstWait) {
    }

    public record Breaker(int failureRate, int window, String openFor) {
    }

    public record Database(String url, String username, String password, int maxPoolSize) {
    }

    public record Retry(int maxAttempts, String baseDelay, String maxDelay, String lease) {
    }

    public record Maintenance(String inboxRetention, String sweepInterval, String auditRetention, String sweepAt,
                              boolean compareOnFirstStart, boolean deleteOrphans, int billingPageReads,
                              int minervaPageReads, String revenueCheckInterval, String catalogPollInterval) {
    }

    public record Queue(String settleDelay, String trustAppliedFor) {
    }

    public record Purchases(boolean enabled, String pollInterval, int service, String defaultCurrency, int pageSize,
                            String lease) {
    }

    public static EffectiveConfig of(BridgeConfig config) {
        BridgeConfig.PortaBillingConfig pb = config.portabilling();
        BridgeConfig.MinervaConfig mv = config.minerva();
        BridgeConfig.RetrySettings retry = config.retry();
        BridgeConfig.MaintenanceSettings maintenance = config.maintenance();
        TlsSettings tls = config.http().tls();
        Tls shownTls = tls.keystore().map(keystore -> new Tls(keystore.toString(), mask(tls.password()),
                text(tls.scanInterval()))).orElse(null);
        return new EffectiveConfig(new Http(config.http().host(), config.http().port(), shownTls,
                config.http().metricsAuth()),
                new Webhook(config.webhook().path(), config.webhook().username(), mask(config.webhook().password()),
                        config.webhook().header(), config.webhook().maxBodyBytes()),
                new Admin(config.admin().username(), mask(config.admin().password())),
                config.environment().isPresent() ? config.environment().getAsInt() : null,
                new PortaBilling(pb.url(), pb.login(), mask(pb.password()), text(pb.connectTimeout()),
                        text(pb.readTimeout()), calls(config.resilience().portabilling()),
                        breaker(config.resilience().portabilling())),
                new Minerva(mv.url(), mv.username(), mask(mv.password()), mv.maxConcurrency(), mv.ratePerSecond(),
                        text(mv.connectTimeout()), text(mv.readTimeout()), calls(config.resilience().minerva()),
                        breaker(config.resilience().minerva())),
                new Database(maskUrl(config.database().url()), config.database().username(),
                        mask(config.database().password()), config.database().maxPoolSize()),
                config.workers(), config.catalog().toString(),
                new Retry(retry.maxAttempts(), text(retry.baseDelay()), text(retry.maxDelay()), text(retry.lease())),
                new Maintenance(text(maintenance.inboxRetention()), text(maintenance.sweepInterval()),
                        text(maintenance.auditRetention()),
                        maintenance.compare().sweepAt().map(Object::toString).orElse("off"),
                        maintenance.compare().onFirstStart(), maintenance.compare().deleteOrphans(),
                        maintenance.compare().billingPageReads(), maintenance.compare().minervaPageReads(),
                        text(maintenance.revenueCheckInterval()), text(maintenance.catalogPollInterval())),
                config.catalogCheck().name().toLowerCase(java.util.Locale.ROOT),
                new Queue(text(config.queue().settleDelay()), text(config.queue().trustAppliedFor())),
                purchases(config.purchases()));
    }

    /** As YAML, in the shape of the configuration file. */
    public String yaml() {
        return write(new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)));
    }

    /** As indented JSON. */
    public String json() {
        return write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
    }

    private String write(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("the effective configuration cannot be written: " + impossible.getMessage(),
                    impossible);
        }
    }

    private static Purchases purchases(BridgeConfig.PurchaseConfig p) {
        return new Purchases(p.enabled(), text(p.pollInterval()), p.service(), p.defaultCurrency(), p.pageSize(),
                text(p.lease()));
    }

    private static Calls calls(BridgeConfig.RemoteCallSettings settings) {
        return new Calls(settings.retryAttempts(), text(settings.retryWait()));
    }

    private static Breaker breaker(BridgeConfig.RemoteCallSettings settings) {
        return new Breaker(settings.breakerFailureRate(), settings.breakerWindow(), text(settings.breakerOpenFor()));
    }

    private static String text(Duration duration) {
        return Durations.format(duration);
    }

    /** An empty secret stays empty, so that "no password" can be told from "a password". */
    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "" : MASK;
    }

    /** A JDBC URL may carry a password among its parameters. */
    static String maskUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1" + MASK);
    }
}
