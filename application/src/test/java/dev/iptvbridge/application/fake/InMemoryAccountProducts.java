package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** Each account's recorded products, in memory, in id order. */
public final class InMemoryAccountProducts implements AccountProductsPort {

    private final ConcurrentSkipListMap<Long, AccountProducts> products = new ConcurrentSkipListMap<>();

    @Override
    public void save(AccountProducts accountProducts) {
        products.put(accountProducts.accountId(), accountProducts);
    }

    @Override
    public void forget(long accountId) {
        products.remove(accountId);
    }

    @Override
    public List<AccountProducts> page(long afterAccountId, int limit) {
        List<AccountProducts> page = new ArrayList<>();
        for (AccountProducts entry : products.tailMap(afterAccountId, false).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(entry);
        }
        return page;
    }
}
