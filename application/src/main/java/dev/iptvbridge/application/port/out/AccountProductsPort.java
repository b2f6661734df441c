package dev.iptvbridge.application.port.out;

import java.util.List;

/**
 * The bridge's own record of each served account's main product and add-ons, one entry per account,
 * replaced by every reconcile that read the account. Failures are {@link IntegrationException}s.
 */
public interface AccountProductsPort {

    /** Records nothing and finds nothing. */
    AccountProductsPort NONE = new AccountProductsPort() {
        @Override
        public void save(AccountProducts products) {
        }

        @Override
        public void forget(long accountId) {
        }

        @Override
        public List<AccountProducts> page(long afterAccountId, int limit) {
            return List.of();
        }
    };

    void save(AccountProducts products);

    /** Drops the entry of an account billing no longer shows; nothing when there is none. */
    void forget(long accountId);

    /** Up to {@code limit} entries with an account id above {@code afterAccountId}, in ascending id order. */
    List<AccountProducts> page(long afterAccountId, int limit);
}
