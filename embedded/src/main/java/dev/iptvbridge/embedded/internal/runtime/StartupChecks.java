package dev.iptvbridge.embedded.internal.runtime;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the remote systems take the bridge's credentials, and whether Minerva knows every package
 * the catalog names: once at start ({@link #verifyAtStart}: a refusal stops the start with exit 3,
 * a system that does not answer does not), then every {@link #EVERY} while started (every
 * {@link #AGAIN_WHILE_UNREACHABLE} while a system does not answer). Unlike the circuit breakers,
 * these run whatever the traffic, so that a password changed on the other side shows before the
 * first event needs it. {@code /health/ready} shows the latest {@link #outcomes()}.
 */
public final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);
    static final Duration EVERY = Duration.ofMinutes(1);
    static final Duration AGAIN_WHILE_UNREACHABLE = Duration.ofSeconds(5);
    public static final String PORTABILLING = "portabilling";
    public static final String MINERVA = "minerva";
    public static final String CATALOG = "catalog";

    private static final CheckOutcome NOT_YET = new CheckOutcome.Skipped("not checked yet");

    private final Map<String, String> urls;
    private final Runnable portaBillingLogin;
    private final Supplier<List<IptvPackage>> minervaPackages;
    private final Supplier<Catalog> catalog;
    private final Map<String, CheckOutcome> latest = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    /**
     * @param portaBillingLogin a login that throws {@link IntegrationException} when it fails
     * @param minervaPackages   {@code GET /packages}, throwing {@link IntegrationException} when it fails
     */
    public StartupChecks(String portaBillingUrl, Runnable portaBillingLogin, String minervaUrl,
                         Supplier<List<IptvPackage>> minervaPackages, Catalog catalog) {
        this(portaBillingUrl, portaBillingLogin, minervaUrl, minervaPackages, fixed(requireNonNull(catalog, "catalog is null")));
    }

    /** @param catalog the catalog in use at each check, which may switch while the bridge runs */
    public StartupChecks(String portaBillingUrl, Runnable portaBillingLogin, String minervaUrl,
                         Supplier<List<IptvPackage>> minervaPackages, Supplier<Catalog> catalog) {
        this.urls = Map.of(PORTABILLING, requireNonNull(portaBillingUrl, "portaBillingUrl is null"),
                MINERVA, requireNonNull(minervaUrl, "minervaUrl is null"));
        this.portaBillingLogin = requireNonNull(portaBillingLogin, "portaBillingLogin is null");
        this.minervaPackages = requireNonNull(minervaPackages, "minervaPackages is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        List.of(PORTABILLING, MINERVA, CATALOG).forEach(name -> latest.put(name, NOT_YET));
    }

    /**
     * Checks both systems at once and waits for both.
     *
     * @throws ConfigException when a system refuses the bridge's credentials or URL, naming it and the fix
     */
    public void verifyAtStart() {
        // Threads of their own: the common pool may have a single thread on a small machine.
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture.allOf(CompletableFuture.runAsync(this::checkPortaBilling, both),
                    CompletableFuture.runAsync(this::checkMinerva, both)).join();
        } finally {
            both.shutdownNow();
        }
        List<String> refusals = new ArrayList<>();
        outcomes().forEach((name, outcome) -> outcome.accept(new Describe()).ifRefused(detail -> refusals.add(
                name + " at " + urls.get(name) + " refused the bridge at start: " + detail + ". " + fix(name))));
        if (!refusals.isEmpty()) {
            throw new ConfigException(refusals);
        }
        outcomes().forEach((name, outcome) -> outcome.accept(new Describe()).ifFailing(detail -> LOG.warn(
                "start-up check {}: {}; starting all the same (events are stored and wait), checking again", name, detail)));
    }

    /** The latest outcome of each check: portabilling, minerva, catalog. */
    public Map<String, CheckOutcome> outcomes() {
        Map<String, CheckOutcome> ordered = new LinkedHashMap<>();
        List.of(PORTABILLING, MINERVA, CATALOG).forEach(name -> ordered.put(name, latest.get(name)));
        return ordered;
    }

    /** What an outcome says in words: its detail, or nothing when it passed. */
    public static String detail(CheckOutcome outcome) {
        return outcome.accept(new Describe()).text();
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-checks");
            thread.setDaemon(true);
            return thread;
        });
        schedule(PORTABILLING, this::checkPortaBilling);
        schedule(MINERVA, this::checkMinerva);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private synchronized void schedule(String name, Runnable check) {
        if (scheduler == null) {
            return;
        }
        Duration delay = latest.get(name).accept(new Describe()).unreachable() ? AGAIN_WHILE_UNREACHABLE : EVERY;
        scheduler.schedule(() -> {
            try {
                check.run();
            } catch (RuntimeException unexpected) {
                // a check that throws must not end the checking
                LOG.warn("start-up check {} failed unexpectedly: {}", name, unexpected.toString());
            }
            schedule(name, check);
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    void checkPortaBilling() {
        record(PORTABILLING, outcomeOf(() -> {
            portaBillingLogin.run();
            return null;
        }).outcome());
    }

    void checkMinerva() {
        Attempt<List<IptvPackage>> packages = outcomeOf(minervaPackages);
        record(MINERVA, packages.outcome());
        if (packages.value() == null) {
            record(CATALOG, new CheckOutcome.Skipped("not checked: Minerva did not answer GET /packages"));
            return;
        }
        Set<String> known = new TreeSet<>();
        packages.value().forEach(p -> known.add(p.id()));
        Set<String> unknown = new TreeSet<>(catalog.get().minervaPackages());
        unknown.removeAll(known);
        record(CATALOG, unknown.isEmpty() ? new CheckOutcome.Passed() : new CheckOutcome.Mismatch("Minerva does not know "
                + "the packages " + unknown + " that the catalog names (GET /packages lists " + known.size()
                + "): fix the ids in the catalog file, or create the packages in Minerva; accounts with them fail"));
    }

    private void record(String name, CheckOutcome outcome) {
        CheckOutcome before = latest.put(name, outcome);
        String now = detail(outcome);
        if (before != NOT_YET && !detail(before).equals(now)) {
            if (outcome.status().equals("UP")) {
                LOG.info("check {} passes again", name);
            } else {
                LOG.warn("check {} fails: {}", name, now);
            }
        }
    }

    private static Supplier<Catalog> fixed(Catalog catalog) {
        return () -> catalog;
    }

    private record Attempt<T>(T value, CheckOutcome outcome) {
    }

    private static <T> Attempt<T> outcomeOf(Supplier<T> call) {
        try {
            T value = call.get();
            return new Attempt<>(value, new CheckOutcome.Passed());
        } catch (IntegrationException failure) {
            return new Attempt<>(null, failure.accept(new Classify()));
        }
    }

    private static String fix(String name) {
        return PORTABILLING.equals(name)
                ? "Fix portabilling.login and portabilling.password (IPTV_BRIDGE_PORTABILLING_PASSWORD) or portabilling.url,"
                        + " then start again"
                : "Fix minerva.username and minerva.password (IPTV_BRIDGE_MINERVA_PASSWORD) or minerva.url, then start again";
    }
}
