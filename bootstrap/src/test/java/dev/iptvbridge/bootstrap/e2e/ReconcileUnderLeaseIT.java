package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.cli.Main;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code reconcile ACCOUNT} takes the account's lease as a worker does, beside a running daemon. */
class ReconcileUnderLeaseIT {

    private static final long ACCOUNT = 1000889;

    @TempDir
    Path data;

    @Test
    void reconcile_says_who_holds_the_account_and_asks_to_try_again_then_works_once_it_is_free() {
        try (SandboxWorld world = SandboxWorld.start(SandboxOptions.ephemeral(data,
                Map.of("maintenance.sweepInterval", "0s")))) {
            awaitCustomer(world.minerva(), ACCOUNT, enabledWith(BASIC_AND_SPORTS));
            WorkQueuePort queue = world.bridge().use(WorkQueuePort.class);
            // The sandbox's own daemon may still be finishing the account: take the lease once it is free.
            AtomicReference<ClaimedWork> taken = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                queue.claimKey(WorkKey.account(ACCOUNT), "other-daemon/3", Instant.now(), Duration.ofMinutes(5))
                        .ifPresent(taken::set);
                return taken.get() != null;
            });
            ClaimedWork held = taken.get();
            int changesBefore = world.minerva().journal().size();

            Run busy = run("reconcile", String.valueOf(ACCOUNT), "--wait", "1", "--config", world.configFile().toString());

            assertThat(busy.exitCode).isEqualTo(ExitCodes.TRY_AGAIN);
            assertThat(busy.err).contains("other-daemon/3", "Try again later");
            assertThat(world.minerva().journal()).hasSize(changesBefore);

            queue.release(held);
            Run done = run("reconcile", String.valueOf(ACCOUNT), "--config", world.configFile().toString());

            assertThat(done.exitCode).isEqualTo(ExitCodes.OK);
            assertThat(queue.find(WorkKey.account(ACCOUNT))).as("the entry completed").isEmpty();
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }
}
