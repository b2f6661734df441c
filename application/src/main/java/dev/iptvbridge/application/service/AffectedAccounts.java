package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.domain.catalog.CatalogDiff;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The accounts a catalog change touches, from the bridge's own record of their products, read a page
 * at a time so that memory stays flat however many accounts the bridge serves.
 */
final class AffectedAccounts {

    static final int PAGE = 1000;

    private final AccountProductsPort accounts;

    AffectedAccounts(AccountProductsPort accounts) {
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** Hands each affected account to {@code each}, in ascending id order; returns how many. */
    long forEach(CatalogDiff diff, Instant now, Consumer<AccountProducts> each) {
        return forEach(diff, now, each, account -> true);
    }

    /** As {@link #forEach(CatalogDiff, Instant, Consumer)}, over the accounts {@code only} accepts. */
    long forEach(CatalogDiff diff, Instant now, Consumer<AccountProducts> each, Predicate<AccountProducts> only) {
        long count = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AccountProducts> page = accounts.page(after, PAGE);
            for (AccountProducts account : page) {
                if (only.test(account) && diff.affects(account.mainProduct(), account.effectiveAddOnsAt(now))) {
                    each.accept(account);
                    count++;
                }
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.get(page.size() - 1).accountId();
        }
    }
}
