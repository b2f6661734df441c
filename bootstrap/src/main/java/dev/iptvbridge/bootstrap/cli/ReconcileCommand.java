package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.application.port.in.CompareCommand;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reconciles one account now, printing what it found and did. It takes the account's lease as a
 * worker does, so that it never writes to Minerva beside a daemon working on the same account.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Reconcile one account now (or show the plan with --dry-run). Exit 1 when a step failed, "
                + "5 when a daemon held the account's lease for longer than --wait.",
            "With --all instead of ACCOUNT: compare every billing account with Minerva from the two lists, report "
                + "the differences and queue the accounts that differ (nothing with --dry-run). Exit 0 when the "
                + "comparison completed, 1 when it could not finish, 5 when another comparison is running."})
public final class ReconcileCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(500);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "The account's i_account.")
    Long account;

    @Option(names = "--all", description = "Compare every account of the served environment instead of one.")
    boolean all;

    @Option(names = "--delete-orphans", description = "With --all: also queue orphans (numeric Minerva customers "
            + "billing does not know), whose reconcile deletes them.")
    boolean deleteOrphans;

    @Option(names = "--output", paramLabel = "FILE", description = "With --all: write the whole list to FILE "
            + "(.json or .csv).")
    Path output;

    @Option(names = "--dry-run", description = "Show the plan (with --all: the differences) without changing "
            + "anything (takes no lease).")
    boolean dryRun;

    @Option(names = "--wait", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "0",
            description = "How long to wait for the account's lease when a daemon holds it (default: retry.lease). "
                    + "With --all: wait until the queued accounts are reconciled (at most SECONDS when given).")
    Long waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (all == (account != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name one ACCOUNT, or --all for every account (not both)");
        }
        if (all) {
            return new CompareRun(spec, format).run(config, new CompareCommand(dryRun, deleteOrphans), output,
                    Optional.ofNullable(waitSeconds).map(Duration::ofSeconds));
        }
        if (deleteOrphans || output != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--delete-orphans and --output go with --all");
        }
        try (IptvBridge bridge = config.openMigrated()) {
            if (dryRun) {
                ReconcileAccountResult result = bridge.use(ReconcileAccountUseCase.class)
                        .reconcile(new ReconcileAccountCommand(account, true, List.of()));
                print(ReconcileViews.of(result));
                return result.failure().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
            }
            Duration wait = waitSeconds == null ? bridge.config().retry().lease() : Duration.ofSeconds(waitSeconds);
            return reconcileHeld(bridge.use(ProcessWorkUseCase.class), wait).accept(new HeldReconcile.Visitor<>() {
                @Override
                public Integer reconciled(HeldReconcile.Reconciled answer) {
                    print(ReconcileViews.of(answer.result()));
                    return answer.result().failure().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
                }

                @Override
                public Integer heldElsewhere(HeldReconcile.HeldElsewhere held) {
                    spec.commandLine().getErr().printf("account %d is being reconciled by %s (its lease runs until %s); "
                            + "nothing was done. Try again later, or wait longer with --wait SECONDS.%n",
                            account, held.owner(), held.leaseUntil());
                    if (format.json()) {
                        print(ReconcileViews.busy(account, held));
                    }
                    return ExitCodes.TRY_AGAIN;
                }
            });
        }
    }

    private void print(ReconcileView view) {
        format.print(spec.commandLine().getOut(), view, () -> ResultText.of(view));
    }

    private HeldReconcile reconcileHeld(ProcessWorkUseCase work, Duration wait) throws InterruptedException {
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/reconcile";
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            HeldReconcile answer = work.reconcileHeld(account, owner);
            Optional<HeldReconcile.HeldElsewhere> held = answer.accept(new HeldReconcile.Visitor<>() {
                @Override
                public Optional<HeldReconcile.HeldElsewhere> reconciled(HeldReconcile.Reconciled done) {
                    return Optional.empty();
                }

                @Override
                public Optional<HeldReconcile.HeldElsewhere> heldElsewhere(HeldReconcile.HeldElsewhere elsewhere) {
                    return Optional.of(elsewhere);
                }
            });
            if (held.isEmpty() || System.nanoTime() + POLL.toNanos() > deadline) {
                return answer;
            }
            if (!told) {
                spec.commandLine().getErr().printf("account %d is held by %s until %s; waiting up to %ds%n", account,
                        held.get().owner(), held.get().leaseUntil(), wait.toSeconds());
                spec.commandLine().getErr().flush();
                told = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
