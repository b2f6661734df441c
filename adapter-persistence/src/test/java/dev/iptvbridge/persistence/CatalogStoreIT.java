package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.StoredCatalog;
import dev.iptvbridge.domain.billing.AddOn;
import java.util.List;
import java.util.Optional;

class CatalogStoreIT {

    private static final String YAML = "servicePackages:\n  basic:\n    minervaPackages: [ch-basic]\n";

    @ContractTest
    void theNewestGenerationIsActiveAndASecondStoreOfOneGenerationLoses(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            CatalogStoreAdapter store = new CatalogStoreAdapter(db.database);
            assertThat(store.activeGeneration()).isEmpty();
            assertThat(store.active()).isEmpty();

            assertThat(store.store(new StoredCatalog(1, "a".repeat(64), YAML, T0, "daemon-a"))).isTrue();
            assertThat(store.store(new StoredCatalog(2, "b".repeat(64), YAML + "# v2\n", T0.plusSeconds(5), "daemon-a")))
                    .isTrue();
            assertThat(store.store(new StoredCatalog(2, "c".repeat(64), YAML, T0.plusSeconds(6), "daemon-b")))
                    .as("daemon-b lost the race for generation 2").isFalse();

            assertThat(store.activeGeneration()).hasValue(2);
            assertThat(store.active()).contains(new StoredCatalog(2, "b".repeat(64), YAML + "# v2\n", T0.plusSeconds(5),
                    "daemon-a"));
        }
    }

    @ContractTest
    void reloadRequestsCountUp(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            CatalogStoreAdapter store = new CatalogStoreAdapter(db.database);
            assertThat(store.lastReloadRequest()).isZero();

            assertThat(store.requestReload(T0)).isEqualTo(1);
            assertThat(store.requestReload(T0.plusSeconds(1))).isEqualTo(2);

            assertThat(store.lastReloadRequest()).isEqualTo(2);
        }
    }

    @ContractTest
    void accountProductsAreReplacedForgottenAndReadInPagesOfAscendingIds(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            CatalogStoreAdapter store = new CatalogStoreAdapter(db.database);
            AccountProducts withAddOns = new AccountProducts(7, 101, List.of(AddOn.from(201, T0),
                    new AddOn(202, T0.minusSeconds(60), Optional.of(T0.plusSeconds(3600)))), T0);
            for (long id = 1; id <= 5; id++) {
                store.save(new AccountProducts(id, 100, List.of(), T0));
            }
            store.save(new AccountProducts(7, 100, List.of(), T0));
            store.save(withAddOns);
            store.save(withAddOns);
            store.forget(3);
            store.forget(99);

            assertThat(store.page(Long.MIN_VALUE, 3)).extracting(AccountProducts::accountId).containsExactly(1L, 2L, 4L);
            assertThat(store.page(4, 3)).extracting(AccountProducts::accountId).containsExactly(5L, 7L);
            assertThat(store.page(5, 10)).containsExactly(withAddOns);
            assertThat(store.page(7, 10)).isEmpty();
        }
    }

    @ContractTest
    void productsAsTheyWereAreNotWrittenAgainAndAChangeIs(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            CatalogStoreAdapter store = new CatalogStoreAdapter(db.database);
            store.save(new AccountProducts(7, 100, List.of(AddOn.from(201, T0)), T0));
            store.save(new AccountProducts(7, 100, List.of(AddOn.from(201, T0)), T0.plusSeconds(60)));
            assertThat(store.page(6, 10)).as("read again unchanged: the row as it was")
                    .containsExactly(new AccountProducts(7, 100, List.of(AddOn.from(201, T0)), T0));

            AccountProducts moved = new AccountProducts(7, 101, List.of(AddOn.from(201, T0)), T0.plusSeconds(120));
            store.save(moved);
            assertThat(store.page(6, 10)).containsExactly(moved);
        }
    }
}
