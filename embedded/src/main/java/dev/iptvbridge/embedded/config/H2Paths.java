package dev.iptvbridge.embedded.config;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The relative-path rule of {@code database.url}: an H2 file is found as the catalog is, beside the configuration. */
final class H2Paths {

    // jdbc:h2:[file:]PATH[;SETTINGS]; another sub-protocol (mem:, tcp:, ssl:, zip:, nio: ...) names no local path.
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(file:)?(?![a-zA-Z]{2,}:)([^;]+)(.*)$");

    private H2Paths() {
    }

    /**
     * The URL with a relative H2 file path ({@code ./data/bridge}, {@code data/bridge}, {@code ../db})
     * made absolute against {@code baseDirectory}; absolute paths ({@code /var/...}, {@code C:/...}),
     * home paths ({@code ~/...}) and every other URL unchanged.
     */
    static String relativeTo(Path baseDirectory, String url) {
        Matcher h2 = H2_FILE.matcher(url);
        if (baseDirectory == null || !h2.matches()) {
            return url;
        }
        String path = h2.group(2);
        if (path.startsWith("~") || path.startsWith("/") || path.startsWith("\\") || path.matches("^[a-zA-Z]:.*")) {
            return url;
        }
        String absolute = baseDirectory.toAbsolutePath().resolve(path).normalize().toString().replace('\\', '/');
        return "jdbc:h2:file:" + absolute + h2.group(3);
    }
}
