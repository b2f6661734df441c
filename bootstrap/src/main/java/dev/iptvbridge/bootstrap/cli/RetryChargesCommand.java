package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sends parked purchases round again, after the cause was fixed: one, or all of them. */
@Command(name = "retry-charges", mixinStandardHelpOptions = true,
        description = "Retry parked purchases (all of them, or the one given) once the cause is fixed.")
public final class RetryChargesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "PURCHASE", arity = "0..1", description = "Only this purchase id, such as PUR-000123.")
    String purchase;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openMigrated()) {
            int retried = bridge.use(ManageChargesUseCase.class).retry(Optional.ofNullable(purchase));
            RetryChargesView view = new RetryChargesView(retried, purchase);
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }
}
