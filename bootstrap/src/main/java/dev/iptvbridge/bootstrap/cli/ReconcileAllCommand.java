package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.CompareCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reconcile-all}: the older name of {@code reconcile --all}, with the same options. */
@Command(name = "reconcile-all", mixinStandardHelpOptions = true,
        description = "Same as reconcile --all: compare every billing account with Minerva and queue the "
                + "accounts that differ.")
public final class ReconcileAllCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Option(names = "--dry-run", description = "Report the differences only: queue nothing, change nothing.")
    boolean dryRun;

    @Option(names = "--delete-orphans", description = "Also queue orphans (numeric Minerva customers billing does "
            + "not know), whose reconcile deletes them.")
    boolean deleteOrphans;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the whole list to FILE (.json or .csv).")
    Path output;

    @Option(names = "--wait", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "0",
            description = "Wait until the queued accounts are reconciled (at most SECONDS when given).")
    Long waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        return new CompareRun(spec, format).run(config, new CompareCommand(dryRun, deleteOrphans), output, Optional.ofNullable(waitSeconds).map(Duration::ofSeconds));
    }
}
