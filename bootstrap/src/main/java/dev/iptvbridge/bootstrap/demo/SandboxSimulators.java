package dev.iptvbridge.bootstrap.demo;

import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The sandbox's two simulators, each started with its scenario on a thread of its own, so that they start
 * side by side and beside the bridge's own start (each is mostly class loading and a Jetty of its own).
 */
final class SandboxSimulators {

    private static final String HOST = "127.0.0.1";

    /** Where the simulators listen: PortaBilling's base URL and Minerva's API. */
    record Urls(String billing, String minerva) {
    }

    private final CompletableFuture<MinervaSimulator> minerva;
    private final CompletableFuture<PortaBillingSimulator> billing;

    private SandboxSimulators(CompletableFuture<MinervaSimulator> minerva, CompletableFuture<PortaBillingSimulator> billing) {
        this.minerva = minerva;
        this.billing = billing;
    }

    static SandboxSimulators start(SandboxOptions options, String scenario) {
        CompletableFuture<MinervaSimulator> minerva = inBackground("iptv-bridge-sandbox-minerva", () -> {
            MinervaSimulatorSettings defaults = MinervaSimulatorSettings.defaults();
            MinervaSimulator started = MinervaSimulator.start(new MinervaSimulatorSettings(HOST, options.minervaPort(),
                    defaults.username(), defaults.password()));
            started.loadScenario(SandboxWorld.resource(scenario));
            return started;
        });
        CompletableFuture<PortaBillingSimulator> billing = inBackground("iptv-bridge-sandbox-portabilling", () -> {
            PortaBillingSimulatorSettings defaults = PortaBillingSimulatorSettings.defaults();
            PortaBillingSimulator started = PortaBillingSimulator.start(new PortaBillingSimulatorSettings(HOST,
                    options.portaBillingPort(), defaults.login(), defaults.password(), defaults.tokenLifetime(),
                    defaults.idleLifetime()));
            started.loadScenario(SandboxWorld.resource(scenario));
            return started;
        });
        return new SandboxSimulators(minerva, billing);
    }

    /** The simulators' URLs before they listen, when both ports are given (not 0, which picks a free one). */
    static Optional<Urls> urlsAhead(SandboxOptions options) {
        if (options.portaBillingPort() == 0 || options.minervaPort() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Urls("http://" + HOST + ":" + options.portaBillingPort(),
                "http://" + HOST + ":" + options.minervaPort() + MinervaSimulator.API_PATH));
    }

    /** Waits for both; when either failed, closes the other and throws the failure. */
    void await() {
        try {
            CompletableFuture.allOf(minerva, billing).join();
        } catch (CompletionException failure) {
            close();
            throw failure.getCause() instanceof RuntimeException runtime ? runtime : failure;
        }
    }

    MinervaSimulator minerva() {
        return minerva.join();
    }

    PortaBillingSimulator billing() {
        return billing.join();
    }

    /** Closes those that started, once they have. */
    void close() {
        minerva.handle((started, failed) -> started).join();
        billing.handle((started, failed) -> started).join();
        minerva.thenAccept(MinervaSimulator::close);
        billing.thenAccept(PortaBillingSimulator::close);
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> start) {
        return CompletableFuture.supplyAsync(start, runnable -> new Thread(runnable, name).start());
    }
}
