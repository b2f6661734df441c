package dev.iptvbridge.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.CatalogValidator;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.application.port.in.ReloadCatalogUseCase;
import dev.iptvbridge.application.port.in.WatchCatalogUseCase;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.internal.worker.CatalogWatcher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWiringTest {

    @TempDir
    Path directory;

    @Test
    void the_production_injector_resolves_the_catalog_use_cases_and_one_active_catalog() {
        Map<String, String> keys = Map.ofEntries(
                Map.entry("webhook.username", "espf"), Map.entry("webhook.password", "secret"),
                Map.entry("admin.username", "admin"), Map.entry("admin.password", "secret"),
                Map.entry("portabilling.url", "http://127.0.0.1:1"), Map.entry("portabilling.login", "bridge"),
                Map.entry("portabilling.password", "secret"), Map.entry("minerva.url", "http://127.0.0.1:2/api"),
                Map.entry("minerva.username", "bridge"), Map.entry("minerva.password", "secret"),
                Map.entry("database.url", "jdbc:h2:file:" + directory.resolve("db")), Map.entry("catalog", "catalog.yaml"));

        try (IptvBridge bridge = IptvBridge.create(ConfigLoader.fromValues(keys, Map.of(), directory), Catalog.empty(),
                Clock.systemUTC())) {
            for (Class<?> part : List.of(DiffCatalogUseCase.class, WatchCatalogUseCase.class, ReloadCatalogUseCase.class,
                    CatalogValidator.class, CatalogStorePort.class, AccountProductsPort.class, CatalogWatcher.class)) {
                assertThat(bridge.use(part)).as(part.getSimpleName()).isNotNull();
            }
            assertThat(bridge.use(ActiveCatalog.class)).isSameAs(bridge.use(ActiveCatalog.class));
            assertThat(bridge.use(ActiveCatalog.class).current().generation()).isZero();
            assertThat(bridge.use(WatchCatalogUseCase.class)).isSameAs(bridge.use(ReloadCatalogUseCase.class));
        }
    }
}
