package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaFaults;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The soak and chaos run (see docs/reliability.md): both simulators in this JVM, two daemons in
 * JVMs of their own on one embedded PostgreSQL, account changes at a steady rate, the chaos of
 * {@link SoakChaos}; a line every minute, then the verdict. Exits 0 only when every goal is met.
 * Not a test: run it with {@code bench/soak [--minutes N] [--rate R] [--accounts A] [--seed S]}.
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException bad) {
            System.out.println("soak: " + bad.getMessage());
            System.exit(2);
            return;
        }
        Path data = Files.createTempDirectory("iptv-bridge-soak");
        SoakClock clock = new SoakClock();
        clock.print(String.format("soak: %d min at %d changes/s over %,d accounts, seed %d; logs and data in %s",
                options.duration().toMinutes(), options.rate(), options.accounts(), options.seed(), data));
        int exit;
        try (SoakPostgres postgres = new SoakPostgres(SoakDaemon.freePort(), data.resolve("postgres"));
             MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            postgres.start();
            postgres.createDatabase("soak");
            minerva.loadScenario(Soak.class.getResourceAsStream("/scenarios/demo.yaml"));
            billing.loadScenario(SoakWorld.write(data.resolve("billing.yaml"), options.accounts()));
            SoakDaemon a = daemon("a", data, postgres, billing, minerva);
            SoakDaemon b = daemon("b", data, postgres, billing, minerva);
            // Ctrl-C must not leave the daemons running: they are JVMs of their own.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                a.killQuietly();
                b.killQuietly();
            }));
            try {
                a.start();
                b.start();
            } catch (RuntimeException | java.io.IOException notStarted) {
                a.stop();
                b.stop();
                throw notStarted;
            }
            billing.espf().configure("http://127.0.0.1:" + a.port() + "/espf/events", SandboxWorld.WEBHOOK_USER,
                    SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
            billing.espf().parallelism(4);
            billing.espf().retryDelay(Duration.ofSeconds(2));
            billing.espf().timeout(Duration.ofSeconds(10));
            billing.espf().duplicateFraction(0.01, options.seed());
            SoakRun run = new SoakRun(options, clock, billing, minerva, new SoakProbe(postgres.url("soak")), a, b,
                    CatalogLoader.load(data.resolve("a").resolve("catalog.yaml")));
            try {
                exit = run.execute(new SoakChaos(targets(minerva, a, postgres), options.duration(), clock));
            } finally {
                a.stop();
                b.stop();
            }
        }
        if (exit == 0) {
            clock.print("every goal met");
            deleteQuietly(data);
        } else {
            clock.print("a goal was missed; daemon logs: " + data.resolve("a").resolve("daemon.log") + ", "
                    + data.resolve("b").resolve("daemon.log"));
        }
        System.exit(exit);
    }

    private static void deleteQuietly(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static SoakDaemon daemon(String name, Path data, SoakPostgres postgres, PortaBillingSimulator billing,
                                     MinervaSimulator minerva) throws Exception {
        int port = SoakDaemon.freePort();
        Path directory = data.resolve(name);
        Path config = SandboxConfiguration.write(directory, port, billing.baseUrl(), minerva.baseUrl(), Map.of(
                "database.url", postgres.url("soak"), "database.username", "postgres", "database.password", "",
                "workers", "8", "database.maxPoolSize", "12", "maintenance.sweepInterval", "0s",
                // The production defaults for retries, not the sandbox's quicker ones.
                "retry.baseDelay", "1s", "retry.maxDelay", "10m",
                "minerva.readTimeout", SoakChaos.MINERVA_READ_TIMEOUT.toSeconds() + "s"));
        return new SoakDaemon(name, config, port, directory.resolve("daemon.log"));
    }

    private static SoakChaos.Targets targets(MinervaSimulator minerva, SoakDaemon victim, SoakPostgres postgres) {
        return new SoakChaos.Targets() {
            @Override
            public MinervaFaults minerva() {
                return minerva.faults();
            }

            @Override
            public void killDaemon() throws Exception {
                victim.kill();
            }

            @Override
            public void startDaemon() throws Exception {
                victim.start();
            }

            @Override
            public void restartPostgres(Duration down) throws Exception {
                postgres.stop();
                Thread.sleep(down.toMillis());
                postgres.start();
            }
        };
    }
}
