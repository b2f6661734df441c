package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.cli.Main;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaOperation;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the operator's commands print, for people and with {@code --format json} for programs, against a
 * running daemon: the JSON parses with the fields docs/operations.md names, and the text holds no Java
 * {@code toString} of a record or an Optional. One test runs the shaded jar in a JVM of its own.
 */
class OperatorOutputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ALICE = 1000889;
    private static final long BOB = 1000890;

    @TempDir
    static Path data;
    static SandboxWorld world;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
        awaitCustomer(world.minerva(), ALICE, enabledWith(BASIC_AND_SPORTS));
        awaitCustomer(world.minerva(), BOB, customer -> "ENABLED".equals(customer.status()));
        awaitIdle();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void reconcile_prints_the_customers_in_words_and_its_result_as_json() throws Exception {
        drift(ALICE, List.of("CH-BASIC"));

        Run text = run("reconcile", "" + ALICE, "--dry-run");
        assertThat(text.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(text.out).contains("desired:    enabled, login alice@tv.example, packages CH-BASIC, CH-SPORTS",
                "observed:   disabled, login alice@tv.example, packages CH-BASIC", "set-packages", "enable",
                "would make: RESUMED", "nothing was changed");
        assertNoJavaToString(text.out);

        JsonNode planned = json(run("reconcile", "" + ALICE, "--dry-run", "--format", "json"));
        assertThat(planned.get("outcome").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("desired").get("packages")).extracting(JsonNode::asText).containsExactlyElementsOf(BASIC_AND_SPORTS);
        assertThat(planned.get("observed").get("status").asText()).isEqualTo("DISABLED");
        assertThat(planned.get("plan").findValuesAsText("step")).contains("set-packages", "enable");
        assertThat(planned.get("applied")).isEmpty();

        JsonNode applied = json(run("reconcile", "" + ALICE, "--format", "json"));
        assertThat(applied.get("account").asLong()).isEqualTo(ALICE);
        assertThat(applied.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(applied.get("applied").findValuesAsText("step")).contains("set-packages", "enable");
        assertThat(applied.get("transition").asText()).isEqualTo("RESUMED");
        assertThat(applied.get("message").isNull()).isTrue();
        assertThat(world.minerva().customer("" + ALICE)).hasValueSatisfying(
                customer -> assertThat(enabledWith(BASIC_AND_SPORTS).test(customer)).isTrue());

        JsonNode inStep = json(run("reconcile", "" + ALICE, "--format", "json"));
        assertThat(inStep.get("outcome").asText()).isEqualTo("IN_STEP");
        assertThat(inStep.get("plan")).isEmpty();
    }

    @Test
    void a_parked_account_is_listed_with_its_attempts_and_error_then_queued_again() throws Exception {
        drift(BOB, world.minerva().customer("" + BOB).orElseThrow().packages());
        // A 400 is a permanent failure: parked at its first attempt.
        world.minerva().faults().failNext(MinervaOperation.STATUS, 400, 1);
        world.bridge().use(WorkQueuePort.class).enqueue(WorkKey.account(BOB), Instant.now());

        await().atMost(E2e.PATIENCE).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> !json(run("parked", "--format", "json")).isEmpty());
        JsonNode parked = json(run("parked", "--format", "json"));
        assertThat(parked.isArray()).isTrue();
        assertThat(parked).hasSize(1);
        JsonNode entry = parked.get(0);
        assertThat(entry.get("kind").asText()).isEqualTo("account");
        assertThat(entry.get("id").asLong()).isEqualTo(BOB);
        assertThat(entry.get("attempts").asInt()).isEqualTo(1);
        assertThat(Instant.parse(entry.get("queuedAt").asText())).isBefore(Instant.now());
        assertThat(entry.get("lastError").asText()).contains("PermanentFailure", "400");

        Run table = run("parked");
        assertThat(table.out).contains("ACCOUNT", "ATTEMPTS", "QUEUED AT", "LAST ERROR", "" + BOB, "PermanentFailure",
                "1 parked entry");
        assertNoJavaToString(table.out);

        JsonNode retried = json(run("retry-parked", "" + BOB, "--format", "json"));
        assertThat(retried.get("queued").asInt()).isEqualTo(1);
        assertThat(retried.get("account").asLong()).isEqualTo(BOB);
        awaitCustomer(world.minerva(), BOB, customer -> "ENABLED".equals(customer.status()));
        assertThat(json(run("parked", "--format", "json"))).isEmpty();
        assertThat(run("parked").out).isEqualTo("no parked entries\n");
    }

    @Test
    void reconcile_all_and_migrate_answer_in_a_sentence_and_in_json() throws Exception {
        JsonNode all = json(run("reconcile-all", "--format", "json"));
        assertThat(all.get("checked").get("accounts").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.get("checked").get("customers").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.get("counts").size()).as("every kind, 0 included").isEqualTo(8);
        assertThat(all.get("run").asText()).startsWith("cmp-");
        awaitIdle();

        Run migrate = run("migrate");
        assertThat(migrate.exitCode).isEqualTo(ExitCodes.OK);
        assertThat(migrate.out).matches("database at version \\d+, 0 migrations applied\n");
        JsonNode migration = json(run("migrate", "--format", "json"));
        assertThat(migration.get("version").asText()).matches("\\d+");
        assertThat(migration.get("applied").asInt()).isZero();
    }

    @Test
    void the_jar_prints_json_for_programs_and_refuses_a_limit_below_one() throws Exception {
        Path jar = Path.of("target", "iptv-bridge.jar");
        assertThat(jar).as("the shaded jar is built in the package phase").exists();

        Run migrate = runJar(jar, "migrate", "--format", "json");
        assertThat(migrate.exitCode).as(migrate.err).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(migrate.out).get("version").asText()).matches("\\d+");

        Run parked = runJar(jar, "parked", "--format", "json");
        assertThat(parked.exitCode).as(parked.err).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(parked.out).isArray()).isTrue();

        Run zero = runJar(jar, "parked", "--limit", "0");
        assertThat(zero.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err).contains("--limit must be 1 or more");
    }

    private static void drift(long account, List<String> packages) {
        SimCustomer customer = world.minerva().customer("" + account).orElseThrow();
        world.minerva().putCustomer(new SimCustomer(customer.externalId(), customer.login(), customer.name(), "DISABLED",
                packages, customer.wholeHomeDvr(), customer.maxDevices(), customer.createdAt(), customer.updatedAt()));
    }

    private static void awaitIdle() {
        WorkQueuePort queue = world.bridge().use(WorkQueuePort.class);
        await().atMost(E2e.PATIENCE).until(() -> {
            QueueStats stats = queue.stats();
            return stats.queued() == 0 && stats.claimed() == 0;
        });
    }

    static void assertNoJavaToString(String text) {
        assertThat(text).doesNotContain("[account=", "Optional", "Enabled[", "Disabled[", "IptvCustomer[", "Enable[",
                "SetPackages[", "QueueEntry[", "WorkKey[", "MigrationReport[");
    }

    private static JsonNode json(Run run) throws Exception {
        assertThat(run.exitCode).as(run.err).isIn(ExitCodes.OK, ExitCodes.FAILED);
        return JSON.readTree(run.out);
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", world.configFile().toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(all.toArray(String[]::new));
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }

    private static Run runJar(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--config", world.configFile().toString()));
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the jar answered within 90 s").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
