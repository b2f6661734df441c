package dev.iptvbridge.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh H2 file databases under one temporary directory per JVM. */
final class TestH2 {

    private static final Path ROOT = createRoot();

    private TestH2() {
    }

    static Path freshDirectory() {
        try {
            return Files.createTempDirectory(ROOT, "db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatabaseSettings freshFile() {
        return new DatabaseSettings("jdbc:h2:file:" + freshDirectory().resolve("bridge").toAbsolutePath(), "sa", "", 10);
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("iptv-bridge-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
