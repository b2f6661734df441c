package dev.iptvbridge.bootstrap.e2e;

import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.sandbox.minerva.JournalEntry;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the catalog-change tests share: the new catalog, a bridge on it, a world made fast, the journal read. */
final class CatalogWorld {

    /** The sandbox catalog with sports moved into product 101: its accounts, and only they, change. */
    static final String SPORTS_IN_BASIC = """
            servicePackages:
              basic:  {minervaPackages: [CH-BASIC]}
              family: {minervaPackages: [CH-BASIC, CH-KIDS, SVOD-CATALOG, CALLER-ID], wholeHomeDvr: true}
              sports: {minervaPackages: [CH-SPORTS]}
            products:
              "101": [basic, sports]
              "102": [family]
            addons:
              "201": [sports]
            """;
    static final String[] NAMES = {"Alice Anders", "Bob Brown", "Carol Chen"};
    private static final Pattern CUSTOMER_PATH = Pattern.compile("/customers/([0-9]+)");

    private CatalogWorld() {
    }

    static IptvBridge bridge(Path directory, PortaBillingSimulator billing, MinervaSimulator minerva,
                             Map<String, String> overrides) {
        Map<String, String> keys = new java.util.HashMap<>(Map.of("maintenance.sweepInterval", "0s",
                "maintenance.catalogPollInterval", "1s", "workers", "4"));
        keys.putAll(overrides);
        Path file = SandboxConfiguration.write(directory, 0, billing.baseUrl(), minerva.baseUrl(), keys);
        BridgeConfig config = ConfigLoader.load(file, Map.of());
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC());
    }

    static void writeCatalog(IptvBridge bridge, String yaml) {
        try {
            Files.writeString(bridge.config().catalog(), yaml);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    static void awaitGeneration(IptvBridge bridge, long generation) {
        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> bridge.use(ActiveCatalog.class).current().generation() == generation);
    }

    /** Every queue entry done (no ESPF event is sent in these worlds: their accounts are made in step). */
    static void awaitQueueEmpty(IptvBridge bridge) {
        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            QueueStats stats = bridge.use(WorkQueuePort.class).stats();
            return stats.queued() == 0 && stats.claimed() == 0;
        });
    }

    /**
     * An account in billing, in step in Minerva, and in the bridge's record, as if reconciled; nothing is
     * sent to the bridge.
     */
    static long inStep(PortaBillingSimulator billing, MinervaSimulator minerva, IptvBridge bridge, int i, long product) {
        long customer = 5001 + i % 3;
        String login = "world" + i + "@tv.example";
        long id = billing.addAccount(E2e.account(login, customer, product));
        Instant now = Instant.now();
        List<String> packages = product == 101 ? E2e.BASIC : E2e.FAMILY;
        minerva.putCustomer(new SimCustomer(String.valueOf(id), login, NAMES[(int) (customer - 5001)], SimCustomer.ENABLED,
                packages, product == 102, 3, now, now));
        bridge.use(AccountProductsPort.class).save(new AccountProducts(id, product, List.of(), now));
        return id;
    }

    /** The accounts Minerva's journal shows a call for, from entry {@code from} on. */
    static Set<Long> calledAccounts(MinervaSimulator minerva, int from) {
        Set<Long> accounts = new TreeSet<>();
        List<JournalEntry> journal = minerva.journal();
        for (JournalEntry entry : journal.subList(Math.min(from, journal.size()), journal.size())) {
            Matcher matcher = CUSTOMER_PATH.matcher(entry.path());
            if (matcher.find()) {
                accounts.add(Long.parseLong(matcher.group(1)));
            }
        }
        return accounts;
    }
}
