package dev.iptvbridge.sandbox.portabilling;

import dev.iptvbridge.sandbox.world.ExpectedDrift;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the PortaBilling simulator alone until interrupted: {@code portabilling-sim --port 8088 --webhook-url ...}. */
@Command(name = "portabilling-sim", mixinStandardHelpOptions = true,
        description = "Runs the PortaBilling simulator: API under /rest, ESPF status API under /espf/v1, ESPF webhooks to --webhook-url.")
public final class PortaBillingSimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8088", description = "TCP port on 127.0.0.1, 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--login", defaultValue = "bridge", description = "API login (default: ${DEFAULT-VALUE}).")
    String login;

    @Option(names = "--password", defaultValue = "bridge-secret", description = "API password, also accepted as API token (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario YAML (default: the bundled /scenarios/demo.yaml).")
    Path scenario;

    @Option(names = "--webhook-url", description = "The bridge's ESPF webhook, e.g. http://127.0.0.1:8080/espf/events. Without it events wait in the queue.")
    String webhookUrl;

    @Option(names = "--webhook-username", defaultValue = "", description = "Basic auth user for the webhook.")
    String webhookUsername;

    @Option(names = "--webhook-password", defaultValue = "", description = "Basic auth password for the webhook.")
    String webhookPassword;

    @Option(names = "--webhook-header", defaultValue = "Authorization", description = "Header that carries the credentials (default: ${DEFAULT-VALUE}).")
    String webhookHeader;

    @Option(names = "--event-family", defaultValue = "grouped", description = "grouped (Subscriber/*, Customer/*) or internal (Account/Blocked, ...) (default: ${DEFAULT-VALUE}).")
    String eventFamily;

    @Option(names = "--generate", paramLabel = "SPEC",
            description = "Instead of the scenario's accounts, a generated world, e.g. accounts=1000000,seed=42,missing=0.01,orphan=0.001 "
                    + "(kinds: missing, should_be_enabled, should_be_disabled, wrong_packages, wrong_profile, should_be_deleted, orphan, foreign).")
    String generate;

    @Option(names = "--expected-drift", paramLabel = "FILE", description = "With --generate: write the world's drift (external id -> kind) as JSON here.")
    Path expectedDrift;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Added latency per API call in ms (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Override
    public Integer call() throws Exception {
        EventFamily family;
        try {
            family = EventFamily.valueOf(eventFamily.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("--event-family must be grouped or internal, got '" + eventFamily + "'");
            return 2;
        }
        World world;
        try {
            world = generate == null ? null : World.generate(WorldSpec.parse(generate));
        } catch (IllegalArgumentException e) {
            System.err.println("--generate: " + e.getMessage());
            return 2;
        }
        if (latencyMs < 0) {
            System.err.println("--latency-ms must be 0 or more, not " + latencyMs);
            return 2;
        }
        PortaBillingSimulatorSettings settings = PortaBillingSimulatorSettings.defaults()
                .withCredentials(login, password).withPort(port);
        settings = new PortaBillingSimulatorSettings(host, settings.port(), settings.login(), settings.password(),
                settings.tokenLifetime(), settings.idleLifetime());
        PortaBillingSimulator simulator = PortaBillingSimulator.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "portabilling-sim-shutdown"));
        try {
            if (scenario != null) {
                simulator.loadScenario(scenario);
            } else {
                try (InputStream demo = PortaBillingSimulatorCommand.class.getResourceAsStream("/scenarios/demo.yaml")) {
                    if (demo == null) {
                        throw new IllegalStateException("the bundled /scenarios/demo.yaml is missing: give --scenario FILE");
                    }
                    simulator.loadScenario(demo);
                }
            }
            if (world != null) {
                World.Counts counts = simulator.loadWorld(world);
                System.out.println("Generated " + counts.accounts() + " accounts of " + counts.customers() + " customers");
                if (expectedDrift != null) {
                    ExpectedDrift.write(world, expectedDrift);
                }
            }
            simulator.latency(java.time.Duration.ofMillis(latencyMs));
            simulator.espf().family(family);
            if (webhookUrl != null) {
                simulator.espf().configure(webhookUrl, webhookUsername, webhookPassword, webhookHeader);
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            simulator.stop();
            return 2;
        }
        System.out.println("PortaBilling simulator listening on " + simulator.baseUrl()
                + " (API " + simulator.baseUrl() + "/rest, ESPF status API " + simulator.baseUrl() + "/espf/v1)");
        System.out.println(webhookUrl == null ? "No --webhook-url: ESPF events wait in the queue."
                : "ESPF events (" + eventFamily + ") go to " + webhookUrl);
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PortaBillingSimulatorCommand()).execute(args));
    }
}
