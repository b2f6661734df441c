package dev.iptvbridge.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheBuilder;
import org.jdbi.v3.core.cache.JdbiCacheLoader;

/**
 * Jdbi's caches of parsed and rendered SQL on Caffeine. Jdbi's own cache takes one lock for every read,
 * and with dozens of workers on two cores each statement queued on it (docs/performance.md, the drain):
 * Caffeine reads without a lock.
 */
final class CaffeineJdbiCache implements JdbiCacheBuilder {

    private final int maxSize;

    CaffeineJdbiCache() {
        this(1_000);
    }

    private CaffeineJdbiCache(int maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public <K, V> JdbiCache<K, V> build() {
        return new Bound<>(Caffeine.newBuilder().maximumSize(maxSize).build(), null);
    }

    @Override
    public <K, V> JdbiCache<K, V> buildWithLoader(JdbiCacheLoader<K, V> loader) {
        return new Bound<>(Caffeine.newBuilder().maximumSize(maxSize).build(), loader);
    }

    @Override
    public JdbiCacheBuilder maxSize(int size) {
        return new CaffeineJdbiCache(size);
    }

    private record Bound<K, V>(Cache<K, V> cache, JdbiCacheLoader<K, V> loader) implements JdbiCache<K, V> {

        @Override
        public V get(K key) {
            return loader == null ? cache.getIfPresent(key) : cache.get(key, loader::create);
        }

        @Override
        public V getWithLoader(K key, JdbiCacheLoader<K, V> with) {
            return cache.get(key, with::create);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getStats() {
            return (T) cache.stats();
        }
    }
}
