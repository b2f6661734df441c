package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CatalogPoll;
import dev.iptvbridge.application.port.in.CatalogValidator;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.in.ReloadCatalogUseCase;
import dev.iptvbridge.application.port.in.WatchCatalogUseCase;
import dev.iptvbridge.application.port.out.CatalogFilePort;
import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.port.out.CatalogText;
import dev.iptvbridge.application.port.out.InvalidCatalogException;
import dev.iptvbridge.application.port.out.StoredCatalog;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.CatalogDigest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One bridge's side of the shared catalog (docs/adr/0013). Level-triggered: each look compares this
 * bridge's file with what it last saw and the database's active generation with the one in use. A
 * file edited while the bridge runs that passes the check becomes the next generation. At start, and on
 * a reload request that finds the text as it was, the file wins only when it was modified after the
 * active generation was stored, so that a bridge started with an old file does not undo a newer
 * catalog. Called from one thread.
 */
public final class CatalogSwitchService implements WatchCatalogUseCase, ReloadCatalogUseCase {

    private final ActiveCatalog active;
    private final CatalogFilePort file;
    private final CatalogValidator validator;
    private final CatalogStorePort store;
    private final CatalogPublisher publisher;
    private final Clock clock;
    private final Instant startedAt;
    private String lastText;
    private boolean looked;
    private long reloadSeen = -1;
    private Optional<String> refused = Optional.empty();
    private long differsWarnedAt = -1;

    @Inject
    public CatalogSwitchService(ActiveCatalog active, CatalogFilePort file, CatalogValidator validator, CatalogStorePort store,
                         CatalogPublisher publisher, Clock clock) {
        this.active = requireNonNull(active, "active is null");
        this.file = requireNonNull(file, "file is null");
        this.validator = requireNonNull(validator, "validator is null");
        this.store = requireNonNull(store, "store is null");
        this.publisher = requireNonNull(publisher, "publisher is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.startedAt = clock.instant();
    }

    @Override
    public long requestReload() {
        return store.requestReload(clock.instant());
    }

    @Override
    public synchronized CatalogPoll poll() {
        List<String> news = new ArrayList<>();
        long reload = store.lastReloadRequest();
        boolean asked = reloadSeen >= 0 && reload > reloadSeen;
        reloadSeen = reload;
        if (asked) {
            news.add("catalog reload asked (request " + reload + "): reading the catalog file again");
        }
        boolean newlyRefused = lookAtFile(asked, news);
        follow(news);
        ActiveCatalog.Version now = active.current();
        return new CatalogPoll(now.generation(), now.digest(), refused, newlyRefused, news);
    }

    // Returns whether it refused the file now.
    private boolean lookAtFile(boolean asked, List<String> news) {
        CatalogText text;
        Catalog candidate;
        try {
            text = file.read();
            boolean first = !looked;
            looked = true;
            boolean changed = !text.content().equals(lastText);
            if (!asked && !changed) {
                return false;
            }
            lastText = text.content();
            candidate = file.parse(text.content());
            List<String> errors = validator.errors(candidate);
            if (!errors.isEmpty()) {
                return refuse(String.join("; ", errors), asked);
            }
            refused = Optional.empty();
            consider(text, candidate, first || !changed, news);
            return false;
        } catch (InvalidCatalogException wrong) {
            // Read again at the next look: the file may come back as it was, and must then count again.
            lastText = null;
            looked = true;
            return refuse(wrong.getMessage(), asked);
        } catch (IntegrationException unchecked) {
            // Not refused for good: the check could not read Minerva or billing, so look again at the next poll.
            lastText = null;
            return refuse("the changed catalog could not be checked against Minerva and PortaBilling ("
                    + unchecked.getMessage() + "); the current catalog stays in use and the check is tried again", asked);
        }
    }

    // byAge: the text was not just edited (first look, or a reload of the same text): it wins only if modified last.
    private void consider(CatalogText text, Catalog candidate, boolean byAge, List<String> news) {
        String digest = CatalogDigest.of(candidate);
        Optional<StoredCatalog> current = store.active();
        if (current.isPresent() && current.get().digest().equals(digest)) {
            return;
        }
        if (byAge && current.isPresent() && !text.modifiedAt().isAfter(current.get().storedAt())) {
            news.add("the catalog file (" + CatalogDigest.shortOf(digest) + ", modified " + text.modifiedAt()
                    + ") is older than the active catalog generation " + current.get().generation() + " ("
                    + CatalogDigest.shortOf(current.get().digest()) + ", stored " + current.get().storedAt() + " by "
                    + current.get().storedBy() + "): using the active one; to make this file win, touch it and run"
                    + " `catalog reload`");
            return;
        }
        Catalog old = current.flatMap(this::parseStored).orElse(active.catalog());
        publisher.publish(current, old, candidate, text.content(), news, active::switchTo);
    }

    private void follow(List<String> news) {
        OptionalLong generation = store.activeGeneration();
        if (generation.isEmpty() || generation.getAsLong() <= active.current().generation()) {
            return;
        }
        Optional<StoredCatalog> stored = store.active();
        Optional<Catalog> catalog = stored.flatMap(this::parseStored);
        if (catalog.isEmpty()) {
            return;
        }
        StoredCatalog newest = stored.get();
        Catalog replaced = active.catalog();
        active.switchTo(new ActiveCatalog.Version(catalog.get(), newest.digest(), newest.generation()));
        news.add("switched to catalog generation " + newest.generation() + " (" + CatalogDigest.shortOf(newest.digest())
                + "), stored by " + newest.storedBy() + " at " + newest.storedAt());
        publisher.queueRecent(replaced, newest, catalog.get(), startedAt, news);
        if (lastText != null && refused.isEmpty() && differsWarnedAt != newest.generation()
                && !digestOf(lastText).equals(Optional.of(newest.digest()))) {
            differsWarnedAt = newest.generation();
            news.add("this bridge's catalog file differs from the active generation " + newest.generation()
                    + ": the newest validated generation wins; make the files alike on every bridge");
        }
    }

    private Optional<Catalog> parseStored(StoredCatalog stored) {
        try {
            return Optional.of(file.parse(stored.content()));
        } catch (InvalidCatalogException unreadable) {
            refuse("the active catalog generation " + stored.generation() + " in the database cannot be read: "
                    + unreadable.getMessage(), false);
            return Optional.empty();
        }
    }

    private Optional<String> digestOf(String content) {
        try {
            return Optional.of(CatalogDigest.of(file.parse(content)));
        } catch (InvalidCatalogException wrong) {
            return Optional.empty();
        }
    }

    private boolean refuse(String why, boolean asked) {
        boolean fresh = asked || !refused.equals(Optional.of(why));
        refused = Optional.of(why);
        if (fresh) {
            publisher.refused(why);
        }
        return fresh;
    }
}
