package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.AccountProducts;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The {@code account_products} table: one row per account, written only when its products changed. */
final class AccountProductsStore {

    private final Jdbi jdbi;

    AccountProductsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void save(AccountProducts products) {
        String addOns = AddOnText.encode(products.addOns());
        // Most reconciles find the products as they were: one read, and nothing written. A change is an update,
        // an account seen for the first time an insert. Each statement on its own (autocommit), as for the applied
        // state: a first insert that lost a race fails, and runs again as a read.
        Optimistic.retry("record the products of account " + products.accountId(), () -> jdbi.withHandle(handle -> {
            Optional<Boolean> same = handle.createQuery(
                            "SELECT main_product, add_ons FROM account_products WHERE account_id = :id")
                    .bind("id", products.accountId())
                    .map((rs, ctx) -> rs.getLong(1) == products.mainProduct() && addOns.equals(rs.getString(2)))
                    .findOne();
            if (same.isEmpty()) {
                write(handle, """
                        INSERT INTO account_products (account_id, main_product, add_ons, read_at)
                        VALUES (:id, :main, :addOns, :readAt)""", products, addOns);
            } else if (!same.get()) {
                write(handle, """
                        UPDATE account_products SET main_product = :main, add_ons = :addOns, read_at = :readAt
                         WHERE account_id = :id""", products, addOns);
            }
            return null;
        }));
    }

    private static void write(Handle handle, String sql, AccountProducts products, String addOns) {
        handle.createUpdate(sql).bind("id", products.accountId()).bind("main", products.mainProduct())
                .bind("addOns", addOns).bind("readAt", products.readAt()).execute();
    }

    void forget(long accountId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM account_products WHERE account_id = :id")
                .bind("id", accountId).execute());
    }

    List<AccountProducts> page(long afterAccountId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT account_id, main_product, add_ons, read_at FROM account_products
                         WHERE account_id > :after ORDER BY account_id LIMIT :limit""")
                .bind("after", afterAccountId).bind("limit", limit)
                .map((rs, ctx) -> new AccountProducts(rs.getLong("account_id"), rs.getLong("main_product"),
                        AddOnText.decode(rs.getString("add_ons")),
                        rs.getObject("read_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
