package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.port.out.StoredCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The shared catalog and the record of each served account's products, on one {@link Database}. Every
 * method runs in its own transaction; database errors become
 * {@link dev.iptvbridge.application.port.out.TransientFailure} or
 * {@link dev.iptvbridge.application.port.out.PermanentFailure}, as in {@link PersistenceAdapter}.
 */
public final class CatalogStoreAdapter implements CatalogStorePort, AccountProductsPort {

    private final String where;
    private final CatalogGenerations generations;
    private final AccountProductsStore products;

    public CatalogStoreAdapter(Database database) {
        requireNonNull(database, "database is null");
        this.where = database.where();
        this.generations = new CatalogGenerations(database.jdbi());
        this.products = new AccountProductsStore(database.jdbi());
    }

    @Override
    public OptionalLong activeGeneration() {
        return guard("read the active catalog generation", generations::activeGeneration);
    }

    @Override
    public Optional<StoredCatalog> active() {
        return guard("read the active catalog", generations::active);
    }

    @Override
    public boolean store(StoredCatalog next) {
        requireNonNull(next, "next is null");
        return guard("store catalog generation " + next.generation(), () -> generations.store(next));
    }

    @Override
    public long requestReload(Instant at) {
        requireNonNull(at, "at is null");
        return guard("record a catalog reload request", () -> generations.requestReload(at));
    }

    @Override
    public long lastReloadRequest() {
        return guard("read the catalog reload requests", generations::lastReloadRequest);
    }

    @Override
    public void save(AccountProducts accountProducts) {
        requireNonNull(accountProducts, "accountProducts is null");
        Failures.guard("record the products of account " + accountProducts.accountId(), where,
                () -> products.save(accountProducts));
    }

    @Override
    public void forget(long accountId) {
        Failures.guard("forget the products of account " + accountId, where, () -> products.forget(accountId));
    }

    @Override
    public List<AccountProducts> page(long afterAccountId, int limit) {
        return guard("read the recorded products of accounts after " + afterAccountId,
                () -> products.page(afterAccountId, limit));
    }

    private <T> T guard(String operation, Supplier<T> action) {
        return Failures.guard(operation, where, action);
    }
}
