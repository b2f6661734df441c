package dev.iptvbridge.embedded.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Turns checked string values into the typed configuration, collecting every problem it finds. */
final class ConfigReader {

    private final Map<String, String> values;
    private final List<String> problems;
    private final Path baseDirectory;
    private final Map<String, String> fromVariables;

    ConfigReader(Map<String, String> values, List<String> problems, Path baseDirectory, Map<String, String> fromVariables) {
        this.values = values;
        this.problems = problems;
        this.baseDirectory = baseDirectory;
        this.fromVariables = fromVariables;
    }

    /** The key as a problem names it: with the variable its value came from, if it came from one. */
    String label(String key) {
        String variable = fromVariables.get(key);
        return variable == null ? key : key + " (from " + variable + ")";
    }

    BridgeConfig read() {
        BridgeConfig config = readValues();
        new ConfigRules(problems, this::label).check(config);
        return config;
    }

    private BridgeConfig readValues() {
        TlsReader tls = new TlsReader(values, problems, baseDirectory);
        return new BridgeConfig(
                new BridgeConfig.HttpSettings(text("http.host"), port("http.port"), tls.read(), tls.flag("http.metricsAuth")),
                new BridgeConfig.WebhookSettings(path("webhook.path"), text("webhook.username"), secret("webhook.password"),
                        text("webhook.header"), positive("webhook.maxBodyBytes")),
                new BridgeConfig.AdminSettings(text("admin.username"), secret("admin.password")),
                environment(),
                new BridgeConfig.PortaBillingConfig(url("portabilling.url"), text("portabilling.login"),
                        secret("portabilling.password"), positiveDuration("portabilling.connectTimeout"),
                        positiveDuration("portabilling.readTimeout")),
                new BridgeConfig.MinervaConfig(url("minerva.url"), text("minerva.username"), secret("minerva.password"),
                        positive("minerva.maxConcurrency"), positiveDecimal("minerva.ratePerSecond"),
                        positiveDuration("minerva.connectTimeout"), positiveDuration("minerva.readTimeout")),
                new BridgeConfig.DatabaseConfig(database(), text("database.username"), values.getOrDefault("database.password", ""),
                        positive("database.maxPoolSize")),
                positive("workers"),
                catalog(),
                new BridgeConfig.RetrySettings(positive("retry.maxAttempts"), positiveDuration("retry.baseDelay"),
                        positiveDuration("retry.maxDelay"), positiveDuration("retry.lease")),
                new BridgeConfig.MaintenanceSettings(positiveDuration("maintenance.inboxRetention"),
                        offOrPositiveDuration("maintenance.sweepInterval"),
                        offOrPositiveDuration("maintenance.auditRetention"),
                        new BridgeConfig.CompareSettings(dailyTime("maintenance.sweepAt"),
                                tls.flag("maintenance.compareOnFirstStart"), tls.flag("maintenance.deleteOrphans"),
                                positive("maintenance.billingPageReads"), positive("maintenance.minervaPageReads")),
                        offOrPositiveDuration("maintenance.revenueCheckInterval"),
                        positiveDuration("maintenance.catalogPollInterval")),
                new BridgeConfig.ResilienceSettings(remoteCalls("minerva"), remoteCalls("portabilling")),
                catalogCheck(),
                new BridgeConfig.QueueSettings(offOrPositiveDuration("queue.settleDelay"),
                        offOrPositiveDuration("queue.trustAppliedFor")),
                new PurchaseReader(values, problems, this::label).read(positiveDuration("purchases.pollInterval"),
                        positive("purchases.pageSize"), positiveDuration("purchases.lease")));
    }

    private BridgeConfig.RemoteCallSettings remoteCalls(String system) {
        return new BridgeConfig.RemoteCallSettings(positive(system + ".retry.attempts"),
                positiveDuration(system + ".retry.wait"), positive(system + ".breaker.failureRate"),
                positive(system + ".breaker.window"), positiveDuration(system + ".breaker.openFor"));
    }

    private Duration positiveDuration(String key) {
        Duration value = duration(key);
        if (value.isZero() || value.isNegative()) {
            if (!values.getOrDefault(key, "").isBlank() && problemsAbout(key) == 0) {
                problems.add(label(key) + " must be longer than 0, got '" + values.get(key).trim()
                        + "': write a positive duration such as 200ms, 10s or 2m");
            }
            return Duration.ofSeconds(1);
        }
        return value;
    }

    /** Zero turns the feature off; below zero is an error. */
    private Duration offOrPositiveDuration(String key) {
        Duration value = duration(key);
        if (value.isNegative()) {
            problems.add(label(key) + " must not be negative, got '" + values.get(key).trim()
                    + "': write 0s to turn it off, or a positive duration");
            return Duration.ZERO;
        }
        return value;
    }

    // "off", or a time of day such as 03:30.
    private java.util.Optional<java.time.LocalTime> dailyTime(String key) {
        String value = values.getOrDefault(key, "off").trim();
        if (value.isEmpty() || value.equalsIgnoreCase("off")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalTime.parse(value));
        } catch (java.time.format.DateTimeParseException notATime) {
            problems.add(label(key) + " '" + value + "' is not a time of day: write it as HH:MM, such as 03:30, or off");
            return java.util.Optional.empty();
        }
    }

    private long problemsAbout(String key) {
        return problems.stream().filter(problem -> problem.startsWith(label(key) + " ")).count();
    }

    private String text(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            problems.add(label(key) + " is missing: set it in the configuration file or in " + ConfigKeys.environmentName(key));
            return "";
        }
        return value.trim();
    }

    private String secret(String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            problems.add(label(key) + " is missing: set it in the configuration file or, better for a secret, in "
                    + ConfigKeys.environmentName(key));
            return "";
        }
        return value;
    }

    private String path(String key) {
        String value = text(key);
        if (!value.isEmpty() && !value.startsWith("/")) {
            problems.add(label(key) + " '" + value + "' must start with '/', for example /espf/events");
        }
        return value;
    }

    private String url(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(label(key) + " '" + value + "' is not an http(s) URL with a host: write it like https://host:port/path");
            }
        } catch (java.net.URISyntaxException malformed) {
            problems.add(label(key) + " '" + value + "' is not a valid URL (" + malformed.getReason()
                    + "): write it like https://host:port/path");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private String database() {
        String value = text("database.url");
        if (!value.isEmpty() && !value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
            problems.add(label("database.url") + " '" + value + "' is neither H2 nor PostgreSQL: use jdbc:h2:file:./data/iptv-bridge "
                    + "or jdbc:postgresql://host:5432/iptv_bridge");
        }
        return H2Paths.relativeTo(baseDirectory, value);
    }

    private int port(String key) {
        int port = integer(key);
        if (port < 0 || port > 65535) {
            problems.add(label(key) + " " + port + " is not a TCP port: use 1-65535 (0 picks a free port)");
        }
        return port;
    }

    private int positive(String key) {
        int value = integer(key);
        if (value < 1) {
            problems.add(label(key) + " must be at least 1, got " + value);
        }
        return value;
    }

    private int integer(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notNumber) {
            if (!value.isEmpty()) {
                problems.add(label(key) + " '" + value + "' is not a whole number");
            }
            return 0;
        }
    }

    private double positiveDecimal(String key) {
        String value = text(key);
        try {
            double number = Double.parseDouble(value);
            if (!(number > 0)) {
                problems.add(label(key) + " must be above 0, got " + value);
            }
            return number;
        } catch (NumberFormatException notNumber) {
            problems.add(label(key) + " '" + value + "' is not a number");
            return 0;
        }
    }

    private OptionalInt environment() {
        String value = values.getOrDefault("environment", "").trim();
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException notNumber) {
            problems.add(label("environment") + " '" + value + "' is not an i_env number: give the billing environment this bridge "
                    + "serves, or leave it out to serve every environment");
            return OptionalInt.empty();
        }
    }

    private Path catalog() {
        String value = text("catalog");
        return value.isEmpty() ? Path.of("") : baseDirectory.resolve(value).normalize();
    }

    private CatalogCheckMode catalogCheck() {
        String value = text("catalogCheck");
        try {
            return value.isEmpty() ? CatalogCheckMode.FAIL : CatalogCheckMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(label("catalogCheck") + " '" + value + "' is not a catalog check mode: write fail (a catalog"
                    + " with errors stops the start) or warn (its errors are logged and shown as DEGRADED)");
            return CatalogCheckMode.FAIL;
        }
    }

    private Duration duration(String key) {
        String value = text(key);
        try {
            return Durations.parse(value);
        } catch (DateTimeParseException | NumberFormatException malformed) {
            if (!value.isEmpty()) {
                problems.add(label(key) + " '" + value + "' is not a duration: write 500ms, 30s, 10m, 6h, 7d or ISO-8601 like PT30S");
            }
            return Duration.ZERO;
        }
    }
}
