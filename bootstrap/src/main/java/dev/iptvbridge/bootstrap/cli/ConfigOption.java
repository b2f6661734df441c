package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every operator command takes. */
public final class ConfigOption {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The configuration file (YAML); IPTV_BRIDGE_* environment variables override its keys.")
    Path file;

    IptvBridge open() {
        return IptvBridge.fromConfigFile(file, System.getenv());
    }
}
