package dev.iptvbridge.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.AcceptEventUseCase;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.PurgeAuditLogUseCase;
import dev.iptvbridge.application.port.in.PurgeInboxUseCase;
import dev.iptvbridge.application.port.in.SendStatusReportsUseCase;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.bootstrap.daemon.Daemon;
import dev.iptvbridge.embedded.internal.metrics.MeteredBilling;
import dev.iptvbridge.embedded.internal.metrics.MeteredIptvPlatform;
import dev.iptvbridge.embedded.internal.metrics.MeteredReconcile;
import dev.iptvbridge.domain.catalog.Catalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production injector builds, with explicit bindings only, and resolves every use case. */
class ProductionInjectorTest {

    @TempDir
    Path directory;

    @Test
    void the_production_injector_resolves_every_use_case_and_the_daemon() {
        Map<String, String> keys = Map.ofEntries(
                Map.entry("webhook.username", "espf"), Map.entry("webhook.password", "secret"),
                Map.entry("admin.username", "admin"), Map.entry("admin.password", "secret"),
                Map.entry("portabilling.url", "http://127.0.0.1:1"), Map.entry("portabilling.login", "bridge"),
                Map.entry("portabilling.password", "secret"), Map.entry("minerva.url", "http://127.0.0.1:2/api"),
                Map.entry("minerva.username", "bridge"), Map.entry("minerva.password", "secret"),
                Map.entry("database.url", "jdbc:h2:file:" + directory.resolve("db")), Map.entry("catalog", "catalog.yaml"));

        try (IptvBridge bridge = IptvBridge.create(ConfigLoader.fromValues(keys, Map.of(), directory), Catalog.empty(),
                Clock.systemUTC())) {
            for (Class<?> useCase : List.of(AcceptEventUseCase.class, ReconcileAccountUseCase.class,
                    ProcessWorkUseCase.class, CompareSystemsUseCase.class, ReadDriftUseCase.class, ExplainAccountUseCase.class,
                    SendStatusReportsUseCase.class, PurgeAuditLogUseCase.class, StatusOutboxPort.class,
                    ManageParkedUseCase.class, PurgeInboxUseCase.class, Daemon.class, WorkQueuePort.class)) {
                assertThat(bridge.use(useCase)).as(useCase.getSimpleName()).isNotNull();
            }
            assertThat(bridge.use(ReconcileAccountUseCase.class)).isInstanceOf(MeteredReconcile.class);
            assertThat(bridge.use(IptvPlatformPort.class)).isInstanceOf(MeteredIptvPlatform.class);
            assertThat(bridge.use(BillingPort.class)).isInstanceOf(MeteredBilling.class);
        }
    }
}
