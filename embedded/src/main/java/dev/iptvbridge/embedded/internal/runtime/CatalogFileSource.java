package dev.iptvbridge.embedded.internal.runtime;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.CatalogFilePort;
import dev.iptvbridge.application.port.out.CatalogText;
import dev.iptvbridge.application.port.out.InvalidCatalogException;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The catalog file named by the configuration's {@code catalog} key, read again at each look. */
public final class CatalogFileSource implements CatalogFilePort {

    private final Path file;

    public CatalogFileSource(Path file) {
        this.file = requireNonNull(file, "file is null");
    }

    @Override
    public CatalogText read() {
        try {
            return new CatalogText(Files.readString(file, StandardCharsets.UTF_8),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException unreadable) {
            throw new InvalidCatalogException("catalog file " + file.toAbsolutePath() + " cannot be read ("
                    + unreadable + "): put it back, or fix the 'catalog' key and restart");
        }
    }

    @Override
    public Catalog parse(String content) {
        try {
            return CatalogLoader.parse(content, "file " + file);
        } catch (ConfigException wrong) {
            throw new InvalidCatalogException(String.join("; ", wrong.problems()));
        }
    }
}
