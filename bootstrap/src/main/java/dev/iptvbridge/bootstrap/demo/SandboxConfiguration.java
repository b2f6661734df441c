package dev.iptvbridge.bootstrap.demo;

import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the bridge's configuration and the demo catalog for a sandbox: what an operator would write by hand. */
public final class SandboxConfiguration {

    private SandboxConfiguration() {
    }

    /** @return the configuration file, {@code iptv-bridge.yaml} in {@code directory} */
    public static Path write(Path directory, int httpPort, String portaBillingUrl, String minervaUrl,
                             Map<String, String> overrides) {
        try {
            Path absolute = Files.createDirectories(directory).toAbsolutePath();
            try (InputStream catalog = SandboxWorld.resource("/sandbox/catalog.yaml")) {
                Files.copy(catalog, absolute.resolve("catalog.yaml"), StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("http.host", "127.0.0.1");
            keys.put("http.port", String.valueOf(httpPort));
            keys.put("webhook.username", SandboxWorld.WEBHOOK_USER);
            keys.put("webhook.password", SandboxWorld.WEBHOOK_PASSWORD);
            keys.put("admin.username", SandboxWorld.ADMIN_USER);
            keys.put("admin.password", SandboxWorld.ADMIN_PASSWORD);
            keys.put("environment", "3");
            keys.put("portabilling.url", portaBillingUrl);
            keys.put("portabilling.login", PortaBillingSimulatorSettings.defaults().login());
            keys.put("portabilling.password", PortaBillingSimulatorSettings.defaults().password());
            keys.put("minerva.url", minervaUrl);
            keys.put("minerva.username", MinervaSimulatorSettings.defaults().username());
            keys.put("minerva.password", MinervaSimulatorSettings.defaults().password());
            keys.put("database.url", "jdbc:h2:file:" + absolute.resolve("iptv-bridge").toString().replace('\\', '/'));
            keys.put("workers", "4");
            keys.put("catalog", "catalog.yaml");
            keys.put("retry.baseDelay", "500ms");
            keys.put("retry.maxDelay", "30s");
            keys.put("maintenance.sweepInterval", "5m");
            keys.put("maintenance.compareOnFirstStart", "false");
            keys.putAll(overrides);
            StringBuilder yaml = new StringBuilder("# Written by the IPTV Bridge sandbox: the bridge's configuration.\n");
            keys.forEach((key, value) -> yaml.append(key).append(": \"").append(value.replace("\"", "\\\"")).append("\"\n"));
            Path file = absolute.resolve("iptv-bridge.yaml");
            Files.writeString(file, yaml.toString());
            return file;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the sandbox configuration under " + directory
                    + ": check that the directory is writable", unwritable);
        }
    }
}
