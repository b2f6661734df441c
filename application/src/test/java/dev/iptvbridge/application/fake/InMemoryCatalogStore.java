package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.port.out.StoredCatalog;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The shared catalog generations and reload requests, in memory; several services may share one. */
public final class InMemoryCatalogStore implements CatalogStorePort {

    private final ConcurrentSkipListMap<Long, StoredCatalog> generations = new ConcurrentSkipListMap<>();
    private final AtomicLong reloads = new AtomicLong();

    @Override
    public OptionalLong activeGeneration() {
        return generations.isEmpty() ? OptionalLong.empty() : OptionalLong.of(generations.lastKey());
    }

    @Override
    public Optional<StoredCatalog> active() {
        return generations.isEmpty() ? Optional.empty() : Optional.of(generations.lastEntry().getValue());
    }

    @Override
    public boolean store(StoredCatalog next) {
        return generations.putIfAbsent(next.generation(), next) == null;
    }

    @Override
    public long requestReload(Instant at) {
        return reloads.incrementAndGet();
    }

    @Override
    public long lastReloadRequest() {
        return reloads.get();
    }
}
