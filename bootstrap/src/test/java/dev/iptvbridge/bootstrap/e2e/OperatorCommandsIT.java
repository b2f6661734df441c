package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.cli.Main;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operator's commands, run against the same H2 file while the daemon runs. */
class OperatorCommandsIT {

    @TempDir
    static Path data;
    static SandboxWorld world;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
        awaitCustomer(world.minerva(), 1000889, enabledWith(BASIC_AND_SPORTS));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void reconcile_repairs_drift_in_minerva_while_the_daemon_runs() {
        SimCustomer alice = world.minerva().customer("1000889").orElseThrow();
        world.minerva().putCustomer(new SimCustomer(alice.externalId(), alice.login(), alice.name(), "DISABLED",
                List.of("CH-BASIC"), alice.wholeHomeDvr(), alice.maxDevices(), alice.createdAt(), alice.updatedAt()));

        Run dryRun = run("reconcile", "1000889", "--dry-run", "--config", config());
        assertThat(dryRun.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(dryRun.out).contains("set-packages", "enable", "nothing was changed");
        assertThat(world.minerva().customer("1000889").orElseThrow().status()).isEqualTo("DISABLED");

        Run reconcile = run("reconcile", "1000889", "--config", config());
        assertThat(reconcile.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(reconcile.out).contains("RESUMED");
        assertThat(world.minerva().customer("1000889")).hasValueSatisfying(
                customer -> assertThat(enabledWith(BASIC_AND_SPORTS).test(customer)).isTrue());
    }

    @Test
    void explain_prints_desired_observed_and_plan_as_json() {
        Run explain = run("explain", "1000890", "--format", "json", "--config", config());

        assertThat(explain.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(explain.out).contains("\"desired\"", "\"observed\"", "\"plan\"", "bob@tv.example")
                .doesNotContain("secret");
    }

    @Test
    void parked_and_retry_parked_answer_even_when_nothing_is_parked() {
        assertThat(run("parked", "--config", config()).out).contains("no parked entries");
        Run retry = run("retry-parked", "--config", config());
        assertThat(retry.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(retry.out).contains("0 parked entries queued again");
    }

    @Test
    void a_configuration_that_is_not_usable_exits_3_with_the_key_and_the_fix() throws Exception {
        Path broken = data.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(world.configFile()).replaceAll("(?m)^minerva\\.password.*$", ""));

        Run run = run("explain", "1000889", "--config", broken.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.CONFIG);
        assertThat(run.err).contains("minerva.password is missing", "IPTV_BRIDGE_MINERVA_PASSWORD");
    }

    @Test
    void help_is_everywhere_and_a_wrong_command_line_exits_2() {
        assertThat(run("--help").exitCode).isEqualTo(ExitCodes.OK);
        assertThat(run("reconcile", "--help").out).contains("--dry-run", "--config");
        assertThat(run("reconcile", "not-a-number", "--config", config()).exitCode).isEqualTo(ExitCodes.USAGE);
    }

    private static String config() {
        return world.configFile().toString();
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
