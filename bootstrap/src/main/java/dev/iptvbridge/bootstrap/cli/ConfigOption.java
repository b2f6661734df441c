package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every operator command takes. */
public final class ConfigOption {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The configuration file (YAML); IPTV_BRIDGE_* environment variables override its keys.")
    Path file;

    IptvBridge open() {
        return IptvBridge.fromConfigFile(file, System.getenv());
    }

    /** Without loading the catalog, which may not exist yet ({@code catalog import} writes it). */
    IptvBridge openWithoutCatalog() {
        return IptvBridge.create(ConfigLoader.load(file, System.getenv()), Catalog.empty(), Clock.systemUTC());
    }

    /**
     * For the commands that only read ({@code explain}, {@code parked}): never creates or migrates the
     * database, and refuses a missing, older or newer schema with a sentence naming {@code migrate}.
     */
    IptvBridge openReadOnly(String command) {
        return ReadOnlyDatabase.open(file, System.getenv(), command);
    }

    /** Opened with its schema brought up to date, as every operator command needs it; safe beside a daemon. */
    IptvBridge openMigrated() {
        IptvBridge bridge = open();
        try {
            bridge.use(Database.class).migrate();
            return bridge;
        } catch (RuntimeException failure) {
            bridge.close();
            throw failure;
        }
    }
}
