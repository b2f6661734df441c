package dev.iptvbridge.embedded.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The rules that join keys, and every limit an adapter or worker would otherwise refuse with an
 * {@code IllegalArgumentException} from deep inside the start: checked here, once, with the key and the fix.
 */
final class ConfigRules {

    /** What the Minerva adapter accepts as {@code minerva.maxConcurrency}. */
    static final int MAX_MINERVA_CONCURRENCY = 1024;
    private static final int MAX_PAGE_READS = 16;
    static final Duration MIN_SWEEP_INTERVAL = Duration.ofSeconds(1);
    static final Duration MAX_SETTLE_DELAY = Duration.ofMinutes(1);

    private final List<String> problems;
    private final UnaryOperator<String> label;

    ConfigRules(List<String> problems, UnaryOperator<String> label) {
        this.problems = problems;
        this.label = label;
    }

    void check(BridgeConfig config) {
        retry(config.retry());
        maintenance(config.maintenance());
        settle(config.queue().settleDelay());
        minerva(config.minerva());
        remoteCalls("minerva", config.resilience().minerva());
        remoteCalls("portabilling", config.resilience().portabilling());
        portabilling(config.portabilling().url());
        basicUser("webhook.username", config.webhook().username());
        basicUser("admin.username", config.admin().username());
        purchases(config.purchases(), config.portabilling());
    }

    private void purchases(BridgeConfig.PurchaseConfig purchases, BridgeConfig.PortaBillingConfig pb) {
        if (purchases.pageSize() > 1000) {
            problems.add(label.apply("purchases.pageSize") + " must be at most 1000 (Minerva's largest page), got "
                    + purchases.pageSize());
        }
        // The lease is renewed before every charge: one call must end well inside it, or a daemon that
        // takes over could send again a charge whose answer is still on its way.
        Duration oneCall = pb.connectTimeout().plus(pb.readTimeout());
        if (purchases.lease().compareTo(oneCall.multipliedBy(2)) < 0) {
            problems.add(label.apply("purchases.lease") + " " + Durations.format(purchases.lease()) + " must be at least"
                    + " twice portabilling.connectTimeout + portabilling.readTimeout (" + Durations.format(oneCall)
                    + "): raise purchases.lease or lower the timeouts");
        }
    }

    private void retry(BridgeConfig.RetrySettings retry) {
        if (retry.baseDelay().compareTo(retry.maxDelay()) > 0) {
            problems.add(label.apply("retry.baseDelay") + " " + Durations.format(retry.baseDelay()) + " is longer than "
                    + label.apply("retry.maxDelay") + " " + Durations.format(retry.maxDelay())
                    + ": the first wait cannot exceed the longest; lower retry.baseDelay or raise retry.maxDelay");
        }
    }

    private void maintenance(BridgeConfig.MaintenanceSettings maintenance) {
        BridgeConfig.CompareSettings compare = maintenance.compare();
        if (compare.billingPageReads() > MAX_PAGE_READS || compare.minervaPageReads() > MAX_PAGE_READS) {
            problems.add(label.apply("maintenance.billingPageReads") + " and maintenance.minervaPageReads must be at most "
                    + MAX_PAGE_READS + ", got " + compare.billingPageReads() + " and " + compare.minervaPageReads()
                    + ": each system's own rate limit caps what more pages at once could gain");
        }
        Duration sweep = maintenance.sweepInterval();
        if (!sweep.isZero() && sweep.compareTo(MIN_SWEEP_INTERVAL) < 0) {
            problems.add(label.apply("maintenance.sweepInterval") + " " + Durations.format(sweep)
                    + " is under a second: a sweep queues every account; write 0s to turn it off, or a period such as 6h");
        }
        Duration revenue = maintenance.revenueCheckInterval();
        if (!revenue.isZero() && revenue.compareTo(MIN_SWEEP_INTERVAL) < 0) {
            problems.add(label.apply("maintenance.revenueCheckInterval") + " " + Durations.format(revenue)
                    + " is under a second: a revenue check reads every Minerva customer's subscriptions; write 0s to"
                    + " turn it off, or a period such as 1d");
        }
    }

    private void settle(Duration settleDelay) {
        if (settleDelay.compareTo(MAX_SETTLE_DELAY) > 0) {
            problems.add(label.apply("queue.settleDelay") + " " + Durations.format(settleDelay) + " is longer than "
                    + Durations.format(MAX_SETTLE_DELAY) + ": every change would wait that long before Minerva follows; "
                    + "write a short delay such as 1s, or 0s to reconcile at once");
        }
    }

    private void minerva(BridgeConfig.MinervaConfig minerva) {
        if (minerva.maxConcurrency() > MAX_MINERVA_CONCURRENCY) {
            problems.add(label.apply("minerva.maxConcurrency") + " must be at most " + MAX_MINERVA_CONCURRENCY + ", got "
                    + minerva.maxConcurrency() + ": lower it (Minerva's own limit is far below; 32 is the default)");
        }
        if (Double.isInfinite(minerva.ratePerSecond())) {
            problems.add(label.apply("minerva.ratePerSecond") + " must be a finite number: set it high, such as 10000,"
                    + " to leave Minerva's own limit in charge");
        }
        basicUser("minerva.username", minerva.username());
        URI uri = uri(minerva.url());
        if (uri != null && (uri.getRawQuery() != null || uri.getRawUserInfo() != null || uri.getRawFragment() != null)) {
            problems.add(label.apply("minerva.url") + " must carry no credentials, query or fragment: write the API root"
                    + " such as http://minerva:8080/xtv-ws-backoffice/api/v1 and set minerva.username and minerva.password");
        }
    }

    private void remoteCalls(String system, BridgeConfig.RemoteCallSettings calls) {
        if (calls.retryAttempts() > 10) {
            problems.add(label.apply(system + ".retry.attempts") + " must be at most 10, got " + calls.retryAttempts()
                    + ": a call tried that often outlives its lease (retry.lease)");
        }
        if (calls.breakerFailureRate() > 100) {
            problems.add(label.apply(system + ".breaker.failureRate") + " is a percentage of failed calls: use 1 to 100,"
                    + " got " + calls.breakerFailureRate());
        }
    }

    private void portabilling(String url) {
        URI uri = uri(url);
        if (uri == null) {
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith("/rest") || path.contains("/rest/") || path.endsWith("/espf") || path.contains("/espf/")) {
            problems.add(label.apply("portabilling.url") + " '" + url + "' points inside the API: set it to the server"
                    + " root without /rest or /espf/v1, such as https://pb.example.net (the bridge adds them itself)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            problems.add(label.apply("portabilling.url") + " must carry no credentials, query or fragment: write the"
                    + " bare server root, such as https://pb.example.net, and set portabilling.login and portabilling.password");
        }
    }

    private void basicUser(String key, String user) {
        if (user.indexOf(':') >= 0) {
            problems.add(label.apply(key) + " must not contain ':' (Basic authentication separates user and password"
                    + " with it): choose another user name");
        }
    }

    /** The URL, or null when it is missing or malformed (already reported by the reader). */
    private static URI uri(String url) {
        try {
            return url.isEmpty() ? null : new URI(url);
        } catch (java.net.URISyntaxException malformed) {
            return null;
        }
    }
}
