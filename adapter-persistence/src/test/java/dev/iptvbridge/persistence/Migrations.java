package dev.iptvbridge.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The migrations the adapter ships, read from its classes directory, so tests need no count kept by hand. */
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
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/db/migration/iptvbridge").toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
