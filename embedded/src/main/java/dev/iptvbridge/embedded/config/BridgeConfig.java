package dev.iptvbridge.embedded.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The whole configuration, checked. Keys are a contract: tools and tests outside the code rely on
 * them (see docs/configuration.md). {@code toString} of every part hides secrets.
 */
public record BridgeConfig(HttpSettings http, WebhookSettings webhook, AdminSettings admin, OptionalInt environment,
                           PortaBillingConfig portabilling, MinervaConfig minerva, DatabaseConfig database,
                           int workers, Path catalog, RetrySettings retry, MaintenanceSettings maintenance,
                           ResilienceSettings resilience, PurchaseConfig purchases) {

    /**
     * The listener.
     *
     * @param tls         HTTPS from a keystore, or {@link TlsSettings#OFF}
     * @param metricsAuth {@code http.metricsAuth}: {@code /metrics} asks for the admin credentials
     */
    public record HttpSettings(String host, int port, TlsSettings tls, boolean metricsAuth) {

        public HttpSettings(String host, int port) {
            this(host, port, TlsSettings.OFF, false);
        }
    }

    public record WebhookSettings(String path, String username, String password, String header, int maxBodyBytes) {
        @Override
        public String toString() {
            return "WebhookSettings[path=" + path + ", username=" + username + ", header=" + header + "]";
        }
    }

    public record AdminSettings(String username, String password) {
        @Override
        public String toString() {
            return "AdminSettings[username=" + username + "]";
        }
    }

    public record PortaBillingConfig(String url, String login, String password, Duration connectTimeout,
                                     Duration readTimeout) {
        @Override
        public String toString() {
            return "PortaBillingConfig[url=" + url + ", login=" + login + "]";
        }
    }

    public record MinervaConfig(String url, String username, String password, int maxConcurrency, double ratePerSecond,
                                Duration connectTimeout, Duration readTimeout) {
        @Override
        public String toString() {
            return "MinervaConfig[url=" + url + ", username=" + username + ", maxConcurrency=" + maxConcurrency
                    + ", ratePerSecond=" + ratePerSecond + "]";
        }
    }

    public record DatabaseConfig(String url, String username, String password, int maxPoolSize) {
        @Override
        public String toString() {
            return "DatabaseConfig[url=" + url + ", username=" + username + "]";
        }
    }

    public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration lease) {
    }

    /** Retries and circuit breakers of the two remote systems. */
    public record ResilienceSettings(RemoteCallSettings minerva, RemoteCallSettings portabilling) {
    }

    /**
     * One remote system's retries ({@code <system>.retry.*}) and circuit breaker ({@code <system>.breaker.*}).
     * The attempts of one call times the read timeout should stay well inside {@code retry.lease}.
     */
    public record RemoteCallSettings(int retryAttempts, Duration retryWait, int breakerFailureRate, int breakerWindow,
                                     Duration breakerOpenFor) {
    }

    /**
     * Housekeeping: how long stored events are kept, how often every account is swept for drift,
     * and how long audit lines are kept (zero: for ever).
     */
    public record MaintenanceSettings(Duration inboxRetention, Duration sweepInterval, Duration auditRetention) {
    }

    /**
     * Charging Minerva's purchases ({@code purchases.*}): off until an operator turns it on.
     *
     * @param service         PortaBilling's {@code i_service} the charges are booked under (0 while off and unset)
     * @param defaultCurrency the currency of an account whose {@code iso_4217} PortaBilling leaves out
     * @param lease           how long the daemon that reads the feed holds it without renewing
     */
    public record PurchaseConfig(boolean enabled, Duration pollInterval, int service, String defaultCurrency,
                                 int pageSize, Duration lease) {
    }
}
