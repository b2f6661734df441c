package dev.iptvbridge.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migrations the adapter ships, read from its sources (failsafe runs in the module's directory,
 * and on the packaged jar), so that tests need no count kept by hand.
 */
final class Migrations {

    private Migrations() {
    }

    static int count() {
        return versions().size();
    }

    static String latest() {
        List<String> versions = versions();
        return versions.get(versions.size() - 1);
    }

    private static List<String> versions() {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration", "iptvbridge"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
