package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** Lists the entries that gave up, with their last error. */
@Command(name = "parked", mixinStandardHelpOptions = true, description = "List parked accounts and their last error.")
public final class ParkedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openReadOnly("parked")) {
            List<QueueEntry> parked = bridge.use(ManageParkedUseCase.class).parked(limit);
            if (parked.isEmpty()) {
                spec.commandLine().getOut().println("no parked entries");
            }
            for (QueueEntry entry : parked) {
                spec.commandLine().getOut().printf("%-20s attempts=%-3d since=%s error=%s%n", entry.key(), entry.attempts(), entry.dueAt(),
                        entry.lastError().orElse("-"));
            }
            return ExitCodes.OK;
        }
    }
}
