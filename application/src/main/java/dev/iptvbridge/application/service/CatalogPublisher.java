package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.port.out.StoredCatalog;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.CatalogDiff;
import dev.iptvbridge.domain.catalog.CatalogDigest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stores a checked catalog as the next generation and, only when that store wins (another bridge may
 * have stored the same generation first), queues the accounts it touches, once, and audits the switch.
 */
public final class CatalogPublisher {

    /** Account id of the audit lines about the catalog as a whole. */
    static final long NO_ACCOUNT = 0;

    private final CatalogStorePort store;
    private final AffectedAccounts affected;
    private final WorkQueuePort queue;
    private final AuditLogPort audit;
    private final Clock clock;
    private final CatalogSwitchSettings settings;

    @Inject
    public CatalogPublisher(CatalogStorePort store, AccountProductsPort accounts, WorkQueuePort queue, AuditLogPort audit,
                     Clock clock, CatalogSwitchSettings settings) {
        this.store = requireNonNull(store, "store is null");
        this.affected = new AffectedAccounts(accounts);
        this.queue = requireNonNull(queue, "queue is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * @param current   the active generation, empty before the first
     * @param old       the catalog in use until now, which the change is measured against
     * @return the new version, or empty when another bridge stored this generation first
     */
    void publish(Optional<StoredCatalog> current, Catalog old, Catalog candidate, String content, List<String> news,
                 Consumer<ActiveCatalog.Version> switchTo) {
        Instant now = clock.instant();
        String digest = CatalogDigest.of(candidate);
        long generation = current.map(StoredCatalog::generation).orElse(0L) + 1;
        if (!store.store(new StoredCatalog(generation, digest, content, now, settings.instance()))) {
            news.add("another bridge stored catalog generation " + generation + " first; following it");
            return;
        }
        // Switched before the scan: a reconcile that read the old catalog recorded its account's products
        // before it read the catalog, so before this switch, and the scan below finds it.
        switchTo.accept(new ActiveCatalog.Version(candidate, digest, generation));
        CatalogDiff diff = new CatalogDiff(old, candidate);
        // Due a little later, so that every bridge on the database has switched before one claims them.
        Instant due = now.plus(settings.queueDelay());
        String run = "catalog:" + CatalogDigest.shortOf(digest);
        long reach = affected.forEach(diff, now, account -> queue.enqueueSweep(WorkKey.account(account.accountId()),
                due, run));
        String from = current.map(stored -> CatalogDigest.shortOf(stored.digest())).orElse("none");
        String detail = "generation " + generation + ": catalog " + from + " -> " + CatalogDigest.shortOf(digest)
                + ", " + diff.changes().size() + " change(s), " + reach + " account(s) queued";
        audit.append(new AuditEntry(now, NO_ACCOUNT, List.of(), AuditCategory.CATALOG, "switch", AuditOutcome.OK, detail));
        news.add("switched to catalog " + detail);
    }

    /**
     * After following a generation another bridge stored: queues the accounts it touches whose products
     * were recorded since shortly before it was stored (or this bridge started, if later), which this bridge
     * may have reconciled with the catalog it replaced; the bridge that stored it queued the others.
     */
    void queueRecent(Catalog old, StoredCatalog followed, Catalog now, Instant startedAt, List<String> news) {
        Instant stored = followed.storedAt().isAfter(startedAt) ? followed.storedAt() : startedAt;
        Instant since = stored.minus(settings.queueDelay());
        Instant due = clock.instant().plus(settings.queueDelay());
        String run = "catalog:" + CatalogDigest.shortOf(followed.digest());
        long queued = affected.forEach(new CatalogDiff(old, now), clock.instant(),
                account -> queue.enqueueSweep(WorkKey.account(account.accountId()), due, run),
                account -> !account.readAt().isBefore(since));
        if (queued > 0) {
            news.add(queued + " account(s) reconciled here around the switch queued again for generation "
                    + followed.generation());
        }
    }

    void refused(String why) {
        audit.append(new AuditEntry(clock.instant(), NO_ACCOUNT, List.of(), AuditCategory.CATALOG, "refuse",
                AuditOutcome.FAILED, "catalog file refused, the active catalog stays: " + why));
    }
}
