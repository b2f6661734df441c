package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.CatalogFilePort;
import dev.iptvbridge.application.port.out.CatalogText;
import dev.iptvbridge.application.port.out.InvalidCatalogException;
import dev.iptvbridge.domain.catalog.Catalog;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalog file whose "text" is a name: {@link #write} names one of the catalogs it was taught with
 * {@link #define}; any other text is refused, as a file with a syntax error would be.
 */
public final class FakeCatalogFile implements CatalogFilePort {

    private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();
    private volatile Optional<CatalogText> text = Optional.empty();

    public FakeCatalogFile define(String name, Catalog catalog) {
        catalogs.put(name, catalog);
        return this;
    }

    public void write(String content, Instant modifiedAt) {
        text = Optional.of(new CatalogText(content, modifiedAt));
    }

    public void delete() {
        text = Optional.empty();
    }

    @Override
    public CatalogText read() {
        return text.orElseThrow(() -> new InvalidCatalogException("catalog file is gone: put it back"));
    }

    @Override
    public Catalog parse(String content) {
        Catalog catalog = catalogs.get(content);
        if (catalog == null) {
            throw new InvalidCatalogException("'" + content + "' is not a valid catalog");
        }
        return catalog;
    }
}
