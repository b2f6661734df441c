package dev.iptvbridge.bootstrap.demo;

import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Both simulators seeded with the demo world, and the bridge between them on an H2 file database,
 * wired exactly as {@code run} wires it: the configuration is written to the data directory so that
 * the operator's commands can be pointed at it while the sandbox runs.
 */
public final class SandboxWorld implements AutoCloseable {

    public static final String WEBHOOK_USER = "espf";
    public static final String WEBHOOK_PASSWORD = "espf-secret";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-secret";
    private static final String SCENARIO = "/scenarios/demo.yaml";

    private final MinervaSimulator minerva;
    private final PortaBillingSimulator billing;
    private final IptvBridge bridge;
    private final int httpPort;
    private final Path configFile;
    private final DataDirectoryLock lock;

    private SandboxWorld(MinervaSimulator minerva, PortaBillingSimulator billing, IptvBridge bridge, int httpPort,
                         Path configFile, DataDirectoryLock lock) {
        this.lock = lock;
        this.minerva = minerva;
        this.billing = billing;
        this.bridge = bridge;
        this.httpPort = httpPort;
        this.configFile = configFile;
    }

    /** @throws DataDirectoryInUseException when another sandbox runs on the same data directory */
    public static SandboxWorld start(SandboxOptions options) {
        // Before any port is taken: a second sandbox on the same directory is told so, not "address in use".
        DataDirectoryLock lock = DataDirectoryLock.acquire(options.dataDirectory());
        try {
            return start(options, lock);
        } catch (RuntimeException failure) {
            lock.close();
            throw failure;
        }
    }

    private static SandboxWorld start(SandboxOptions options, DataDirectoryLock lock) {
        SandboxSimulators simulators = SandboxSimulators.start(options, SCENARIO);
        IptvBridge bridge = null;
        try {
            // With both ports given the configuration is known at once, and the bridge is built while they start.
            Optional<SandboxSimulators.Urls> ahead = SandboxSimulators.urlsAhead(options);
            Path configFile;
            if (ahead.isPresent()) {
                configFile = SandboxConfiguration.write(options.dataDirectory(), options.httpPort(), ahead.get().billing(),
                        ahead.get().minerva(), options.overrides());
                bridge = IptvBridge.fromConfigFile(configFile, Map.of());
                simulators.await();
            } else {
                simulators.await();
                configFile = SandboxConfiguration.write(options.dataDirectory(), options.httpPort(),
                        simulators.billing().baseUrl(), simulators.minerva().baseUrl(), options.overrides());
                bridge = IptvBridge.fromConfigFile(configFile, Map.of());
            }
            int httpPort = bridge.daemon().start();
            simulators.billing().espf().configure("http://127.0.0.1:" + httpPort + bridge.config().webhook().path(),
                    WEBHOOK_USER, WEBHOOK_PASSWORD, "Authorization");
            // The demo world exists before the bridge: one comparison provisions it, as at a first installation
            // (run here rather than at the daemon's first start, so that it is queued when start returns).
            bridge.use(CompareSystemsUseCase.class).compare(new CompareCommand(false, false), ProgressListener.NONE);
            return new SandboxWorld(simulators.minerva(), simulators.billing(), bridge, httpPort, configFile, lock);
        } catch (RuntimeException failure) {
            if (bridge != null) {
                bridge.close();
            }
            simulators.close();
            throw failure;
        }
    }

    static InputStream resource(String name) {
        InputStream stream = SandboxWorld.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("resource " + name + " is missing from the jar: rebuild it");
        }
        return stream;
    }

    public MinervaSimulator minerva() {
        return minerva;
    }

    public PortaBillingSimulator billing() {
        return billing;
    }

    public IptvBridge bridge() {
        return bridge;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path configFile() {
        return configFile;
    }

    @Override
    public void close() {
        billing.espf().pause();
        bridge.close();
        billing.close();
        minerva.close();
        lock.close();
    }
}
