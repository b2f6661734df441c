package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Lists the entries that gave up, with their last error. */
@Command(name = "parked", mixinStandardHelpOptions = true, description = "List parked accounts and their last error.")
public final class ParkedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many, 1 or more (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more (it was " + limit
                    + "): it is how many parked entries to list");
        }
        try (IptvBridge bridge = config.openReadOnly("parked")) {
            List<QueueEntry> parked = bridge.use(ManageParkedUseCase.class).parked(limit);
            List<ParkedView> views = parked.stream().map(ParkedView::of).toList();
            format.print(spec.commandLine().getOut(), views, () -> table(views));
            return ExitCodes.OK;
        }
    }

    private static String table(List<ParkedView> parked) {
        if (parked.isEmpty()) {
            return "no parked entries";
        }
        Table table = new Table("ACCOUNT", "ATTEMPTS", "QUEUED AT", "LAST ERROR");
        for (ParkedView entry : parked) {
            table.row(entry.who(), String.valueOf(entry.attempts()), entry.queuedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                    entry.lastError());
        }
        return table.toString() + parked.size() + (parked.size() == 1 ? " parked entry" : " parked entries")
                + "; fix the cause, then retry-parked\n";
    }
}
