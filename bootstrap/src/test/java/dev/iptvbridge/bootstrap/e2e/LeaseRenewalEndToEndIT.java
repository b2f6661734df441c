package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.JournalEntry;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconcile longer than the lease (a lease of 3 s, a Minerva that takes a second a call): the
 * worker renews its lease, so no other worker or daemon claims the account meanwhile, and no two
 * owners' calls for one account ever overlap in Minerva's journal.
 */
class LeaseRenewalEndToEndIT {

    private static final Pattern CUSTOMER_PATH = Pattern.compile("/customers/([^/]+)");
    // A call that starts before the previous one for the account ended means two owners at once.
    private static final Duration CLOCK_SLACK = Duration.ofMillis(50);

    @TempDir
    Path data;

    @Test
    void on_h2_workers_of_one_daemon_never_take_an_account_from_each_other() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            List<IptvBridge> bridges = List.of(bridge(data.resolve("h2"), billing, minerva, Map.of()));
            slowReconcilesNeverOverlap(billing, minerva, bridges);
        }
    }

    @Test
    void on_postgres_two_daemons_never_take_an_account_from_each_other() throws Exception {
        TestPostgres.Connection3 database = TestPostgres.freshDatabase();
        Map<String, String> shared = Map.of("database.url", database.url(), "database.username", database.user(),
                "database.password", database.password());
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            List<IptvBridge> bridges = List.of(bridge(data.resolve("first"), billing, minerva, shared),
                    bridge(data.resolve("second"), billing, minerva, shared));
            slowReconcilesNeverOverlap(billing, minerva, bridges);
        }
    }

    private void slowReconcilesNeverOverlap(PortaBillingSimulator billing, MinervaSimulator minerva,
                                            List<IptvBridge> bridges) {
        billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        try {
            int port = 0;
            for (IptvBridge bridge : bridges) {
                int started = bridge.daemon().start();
                port = port == 0 ? started : port;
            }
            billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                    SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
            billing.espf().parallelism(4);
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                accounts.add(billing.addAccount(account("slow" + i + "@tv.example", 5001 + i % 3, 101)));
            }
            awaitAll(minerva, accounts, E2e.BASIC);

            minerva.faults().latency(Duration.ofMillis(1000));
            int from = minerva.journal().size();
            for (long id : accounts) {
                billing.updateAccount(id, Map.of("blocked", "Y"));
                billing.updateAccount(id, Map.of("i_product", 102));
                billing.updateAccount(id, Map.of("blocked", "N"));
            }
            assertThat(billing.espf().awaitIdle(Duration.ofSeconds(120))).isTrue();
            awaitAll(minerva, accounts, FAMILY);
            E2e.awaitQuiet(billing, bridges.get(0), Duration.ofSeconds(120));

            List<JournalEntry> journal = minerva.journal();
            assertThat(overlaps(journal.subList(from, journal.size())))
                    .as("calls for one account that overlapped another's (two owners at once)").isEmpty();
        } finally {
            bridges.forEach(IptvBridge::close);
        }
    }

    private static void awaitAll(MinervaSimulator minerva, List<Long> accounts, List<String> packages) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> accounts.stream()
                .allMatch(id -> minerva.customer(String.valueOf(id))
                        .filter(E2e.enabledWith(packages)).isPresent()));
    }

    static List<String> overlaps(List<JournalEntry> journal) {
        Map<String, List<JournalEntry>> byAccount = new HashMap<>();
        for (JournalEntry entry : journal) {
            Matcher customer = CUSTOMER_PATH.matcher(entry.path());
            if (customer.find()) {
                byAccount.computeIfAbsent(customer.group(1), k -> new ArrayList<>()).add(entry);
            }
        }
        List<String> overlaps = new ArrayList<>();
        byAccount.forEach((account, calls) -> {
            calls.sort(Comparator.comparing(JournalEntry::time));
            for (int i = 1; i < calls.size(); i++) {
                JournalEntry previous = calls.get(i - 1);
                if (calls.get(i).time().plus(CLOCK_SLACK).isBefore(previous.time().plus(previous.duration()))) {
                    overlaps.add(account + ": " + calls.get(i) + " began during " + previous);
                }
            }
        });
        return overlaps;
    }

    private static IptvBridge bridge(Path directory, PortaBillingSimulator billing, MinervaSimulator minerva,
                                     Map<String, String> database) {
        Map<String, String> keys = new HashMap<>(database);
        keys.putAll(Map.of("workers", "4", "maintenance.sweepInterval", "0s", "retry.lease", "3s"));
        Path file = SandboxConfiguration.write(directory, 0, billing.baseUrl(), minerva.baseUrl(), keys);
        BridgeConfig config = ConfigLoader.load(file, Map.of());
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC());
    }
}
