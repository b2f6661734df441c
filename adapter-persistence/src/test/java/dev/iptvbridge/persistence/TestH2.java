package dev.iptvbridge.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh H2 file databases under one temporary directory per JVM. */
final class TestH2 {

    private static final Path ROOT = createRoot();
    private static Path template;

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
        return settingsFor(freshDirectory());
    }

    /**
     * A fresh file database with the schema already migrated: a copy of one migrated once per JVM,
     * which is much faster than running Flyway for every test. MigrationIT covers migrating itself.
     */
    static synchronized DatabaseSettings freshMigratedFile() {
        try {
            if (template == null) {
                DatabaseSettings settings = freshFile();
                try (Database database = Database.open(settings)) {
                    database.migrate();
                }
                template = Path.of(settings.url().substring("jdbc:h2:file:".length()) + ".mv.db");
            }
            Path directory = freshDirectory();
            Files.copy(template, directory.resolve("bridge.mv.db"));
            return settingsFor(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatabaseSettings settingsFor(Path directory) {
        return new DatabaseSettings("jdbc:h2:file:" + directory.resolve("bridge").toAbsolutePath(), "sa", "", 10);
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("iptv-bridge-h2-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "h2-test-files-cleanup"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The JVM is exiting; a leftover temporary directory is all that can go wrong.
        }
    }
}
