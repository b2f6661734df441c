package dev.iptvbridge.bootstrap.demo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the sandbox listens and keeps its data. Port 0 picks a free port.
 *
 * @param overrides configuration keys to set on top of the sandbox's own (for tests and benchmarks)
 */
public record SandboxOptions(int httpPort, int portaBillingPort, int minervaPort, Path dataDirectory,
                             Map<String, String> overrides) {

    public SandboxOptions {
        overrides = Map.copyOf(overrides);
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(8080, 8088, 9090, Path.of("data", "sandbox"), Map.of());
    }

    /** Free ports, the given data directory: for tests. */
    public static SandboxOptions ephemeral(Path dataDirectory, Map<String, String> overrides) {
        return new SandboxOptions(0, 0, 0, dataDirectory, overrides);
    }
}
