package dev.iptvbridge.embedded.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code http.tls.*} and {@code http.metricsAuth}, adding a problem for each wrong value. */
final class TlsReader {

    private final Map<String, String> values;
    private final List<String> problems;
    private final Path baseDirectory;

    TlsReader(Map<String, String> values, List<String> problems, Path baseDirectory) {
        this.values = values;
        this.problems = problems;
        this.baseDirectory = baseDirectory;
    }

    TlsSettings read() {
        String keystore = values.getOrDefault("http.tls.keystore", "").trim();
        if (keystore.isEmpty()) {
            return TlsSettings.OFF;
        }
        Path path = baseDirectory.resolve(keystore).normalize();
        if (!Files.isReadable(path)) {
            problems.add("http.tls.keystore '" + path + "' cannot be read: give the path of a PKCS#12 keystore (.p12), "
                    + "or leave http.tls.keystore out to serve plain HTTP");
        }
        String password = values.getOrDefault("http.tls.password", "");
        if (password.isEmpty()) {
            problems.add("http.tls.password is missing: set the keystore's password, better in "
                    + ConfigKeys.environmentName("http.tls.password"));
        } else if (Files.isReadable(path)) {
            opens(path, password);
        }
        return new TlsSettings(Optional.of(path), password, scanInterval());
    }

    // Checked here so that a wrong password or file is named before the listener tries it.
    private void opens(Path path, String password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore.getInstance("PKCS12").load(in, password.toCharArray());
        } catch (IOException | GeneralSecurityException unreadable) {
            problems.add("http.tls.keystore '" + path + "' cannot be opened with http.tls.password: a wrong password, "
                    + "or not a PKCS#12 file (convert PEM files with openssl pkcs12 -export)");
        }
    }

    boolean flag(String key) {
        String value = values.getOrDefault(key, "false").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " '" + value + "' must be true or false");
        }
        return value.equals("true");
    }

    private Duration scanInterval() {
        String value = values.getOrDefault("http.tls.scanInterval", "1m").trim();
        try {
            Duration interval = Durations.parse(value);
            if (interval.toSeconds() < 1) {
                problems.add("http.tls.scanInterval must be at least 1s, got " + value);
                return Duration.ofMinutes(1);
            }
            return interval;
        } catch (DateTimeParseException | NumberFormatException malformed) {
            problems.add("http.tls.scanInterval '" + value + "' is not a duration: write 10s, 1m or 1h");
            return Duration.ofMinutes(1);
        }
    }
}
