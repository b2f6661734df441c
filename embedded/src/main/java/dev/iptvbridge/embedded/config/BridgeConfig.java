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
                           ResilienceSettings resilience, CatalogCheckMode catalogCheck, QueueSettings queue,
                           PurchaseConfig purchases) {

    /** The same configuration with another catalog file: the one the bridge reads, and watches while it runs. */
    public BridgeConfig withCatalog(Path catalogFile) {
        return new BridgeConfig(http, webhook, admin, environment, portabilling, minerva, database, workers, catalogFile,
                retry, maintenance, resilience, catalogCheck, queue, purchases);
    }

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
     * The work queue: {@code queue.settleDelay}, how long after its event an account's entry becomes due, so
     * that the events of one change meet in one reconcile (never due before its event arrived);
     * {@code queue.trustAppliedFor}, how long what the bridge applied to an account stands in for a read of
     * Minerva when events reconcile it (zero: always read; docs/adr/0018-trust-what-the-bridge-applied.md).
     */
    public record QueueSettings(Duration settleDelay, Duration trustAppliedFor) {

        /** The default trust of five minutes. */
        public QueueSettings(Duration settleDelay) {
            this(settleDelay, Duration.ofMinutes(5));
        }
    }

    /**
     * Housekeeping: how long stored events are kept, how often every account is swept for drift,
     * and how long audit lines are kept (zero: for ever); how often the catalog file and the database's
     * active catalog are looked at.
     *
     * @param revenueCheckInterval {@code maintenance.revenueCheckInterval}: how often the revenue check runs
     *                             (zero: never); the service history is kept for ever
     */
    public record MaintenanceSettings(Duration inboxRetention, Duration sweepInterval, Duration auditRetention,
                                      CompareSettings compare, Duration revenueCheckInterval,
                                      Duration catalogPollInterval) {

        /** Without the revenue check, with the comparison's defaults, the catalog looked at every 5 seconds. */
        public MaintenanceSettings(Duration inboxRetention, Duration sweepInterval, Duration auditRetention) {
            this(inboxRetention, sweepInterval, auditRetention, CompareSettings.DEFAULT, Duration.ZERO,
                    Duration.ofSeconds(5));
        }
    }

    /**
     * The comparison of billing and Minerva that the scheduled sweep runs.
     *
     * @param sweepAt          a daily time (the JVM's time zone) that takes the place of the sweep interval
     * @param onFirstStart     a daemon on a database that never compared its environment compares at start
     * @param deleteOrphans    the sweep also queues orphans, whose reconcile deletes them
     * @param billingPageReads PortaBilling pages read at once
     * @param minervaPageReads Minerva pages read at once
     */
    public record CompareSettings(java.util.Optional<java.time.LocalTime> sweepAt, boolean onFirstStart,
                                  boolean deleteOrphans, int billingPageReads, int minervaPageReads) {

        public static final CompareSettings DEFAULT = new CompareSettings(java.util.Optional.empty(), true, false, 2, 2);
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
