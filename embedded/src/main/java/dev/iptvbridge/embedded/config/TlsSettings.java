package dev.iptvbridge.embedded.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTPS of the daemon's listener: a PKCS#12 keystore, looked at every {@code scanInterval} and
 * served anew when it changed. No keystore: plain HTTP. {@code toString} hides the password.
 *
 * @param keystore     {@code http.tls.keystore}; empty: TLS is off
 * @param password     {@code http.tls.password}, of the keystore and of its key
 * @param scanInterval {@code http.tls.scanInterval}, how often the keystore file is checked for a change
 */
public record TlsSettings(Optional<Path> keystore, String password, Duration scanInterval) {

    public static final TlsSettings OFF = new TlsSettings(Optional.empty(), "", Duration.ofMinutes(1));

    public boolean enabled() {
        return keystore.isPresent();
    }

    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore.map(Path::toString).orElse("none") + ", scanInterval=" + scanInterval + "]";
    }
}
