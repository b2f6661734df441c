package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.RemoteSystemsPort;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import dev.iptvbridge.minerva.MinervaAdapter;
import dev.iptvbridge.portabilling.PortaBillingAdapter;
import jakarta.inject.Singleton;
import java.util.List;

/** The remote systems' availability, read from the adapters' circuit breakers. */
public final class RemoteSystemsModule extends AbstractModule {

    @Provides
    @Singleton
    static RemoteSystems remoteSystems(PortaBillingAdapter portabilling, MinervaAdapter minerva, BridgeMetrics metrics) {
        return new RemoteSystems(List.of(
                new RemoteSystemCheck(RemoteSystem.PORTABILLING, portabilling.baseUrl(), portabilling::isAvailable,
                        portabilling::circuitState, portabilling::lastFailure, portabilling::probe),
                new RemoteSystemCheck(RemoteSystem.MINERVA, minerva.baseUrl(), minerva::isAvailable,
                        minerva::circuitState, minerva::lastFailure, minerva::probe)), metrics.registry());
    }

    @Provides
    @Singleton
    static RemoteSystemsPort port(RemoteSystems remoteSystems) {
        return remoteSystems;
    }
}
