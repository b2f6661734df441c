package dev.iptvbridge.sandbox.minerva;

import dev.iptvbridge.sandbox.world.ExpectedDrift;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the Minerva simulator on its own until Ctrl-C. */
@Command(name = "minerva-sim", mixinStandardHelpOptions = true, subcommands = MakePurchaseCommand.class,
        description = "Runs the Minerva back-office simulator (the modelled API of docs/minerva.md) until Ctrl-C.")
public final class MinervaSimulatorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", defaultValue = "9090", description = "TCP port, 0 for a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--username", defaultValue = "minerva", description = "Basic-auth user (default: ${DEFAULT-VALUE}).")
    private String username;

    @Option(names = "--password", defaultValue = "minerva-secret", description = "Basic-auth password (default: minerva-secret).")
    private String password;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario YAML whose 'packages' section seeds Minerva (default: the bundled demo.yaml).")
    private Path scenario;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Added latency per request in ms (default: ${DEFAULT-VALUE}).")
    private long latencyMs;

    @Option(names = "--generate", paramLabel = "SPEC",
            description = "Hold a generated world's customers, e.g. accounts=1000000,seed=42,missing=0.01 (the same SPEC as portabilling-sim's).")
    private String generate;

    @Option(names = "--expected-drift", paramLabel = "FILE", description = "With --generate: write the world's drift (external id -> kind) as JSON here.")
    private Path expectedDrift;

    @Override
    public Integer call() throws Exception {
        if (latencyMs < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--latency-ms must be 0 or more, not " + latencyMs);
        }
        World world;
        try {
            world = generate == null ? null : World.generate(WorldSpec.parse(generate));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--generate: " + e.getMessage());
        }
        MinervaSimulator simulator = MinervaSimulator.start(new MinervaSimulatorSettings(host, port, username, password));
        try {
            if (scenario != null) {
                simulator.loadScenario(scenario);
            } else {
                try (InputStream demo = MinervaSimulatorCommand.class.getResourceAsStream("/scenarios/demo.yaml")) {
                    if (demo == null) {
                        throw new IllegalStateException("the bundled /scenarios/demo.yaml is missing: pass --scenario FILE");
                    }
                    simulator.loadScenario(demo);
                }
            }
            if (world != null) {
                World.Counts counts = simulator.loadWorld(world);
                spec.commandLine().getOut().println("Generated " + counts.iptvCustomers() + " customers of a world of "
                        + counts.accounts() + " accounts");
                if (expectedDrift != null) {
                    ExpectedDrift.write(world, expectedDrift);
                }
            }
            simulator.faults().latency(Duration.ofMillis(latencyMs));
        } catch (RuntimeException e) {
            simulator.stop();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "minerva-sim-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Minerva simulator listening on " + simulator.baseUrl()
                + " (user " + username + ", " + simulator.packages().size() + " packages); Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MinervaSimulatorCommand()).execute(args));
    }
}
