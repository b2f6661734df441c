package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reconciles one account now, printing what it found and did; works beside a running daemon. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile one account now (or show the plan with --dry-run). Exit 1 when a step failed.")
public final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ACCOUNT", description = "The account's i_account.")
    long account;

    @Option(names = "--dry-run", description = "Show the plan without changing anything.")
    boolean dryRun;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openMigrated()) {
            ReconcileAccountResult result = bridge.use(ReconcileAccountUseCase.class)
                    .reconcile(new ReconcileAccountCommand(account, dryRun, List.of()));
            spec.commandLine().getOut().print(ResultText.of(result));
            return result.failure().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
