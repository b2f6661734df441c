package dev.iptvbridge.sandbox.portabilling;

import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldAccount;
import dev.iptvbridge.sandbox.world.WorldCustomer;
import dev.iptvbridge.sandbox.world.WorldSink;
import java.util.List;
import java.util.Map;

/** Puts a generated world's customers and accounts into the store as they are: no events, as if they had always been there. */
final class WorldLoader implements WorldSink {

    /** The products the generated world uses: those of the sandbox catalog. */
    static final List<Long> CATALOG = List.of(101L, 102L, 103L, 201L);
    private static final String SINCE = "2026-01-01";
    // One list for every account with the add-on: records copy lists, but an immutable one is kept as it is.
    private static final List<AddonRecord> SPORTS = List.of(new AddonRecord(201, SINCE + "T00:00:00", null));

    private final BillingStore store;
    private final int iEnv;

    private WorldLoader(BillingStore store, int iEnv) {
        this.store = store;
        this.iEnv = iEnv;
    }

    /** Adds the world to what the store holds (normally nothing but products). */
    static World.Counts load(BillingStore store, World world) {
        World.Counts counts = world.forEach(new WorldLoader(store, store.environment()));
        store.loaded();
        return counts;
    }

    static void requireCatalog(Map<Long, ProductRecord> products) {
        for (long product : CATALOG) {
            if (!products.containsKey(product)) {
                throw Fault.badRequest("'generate' needs the sandbox catalog's products " + CATALOG + " but product " + product
                        + " is missing: copy the products of the bundled scenarios/demo.yaml");
            }
        }
    }

    @Override
    public void customer(WorldCustomer customer) {
        store.put(new CustomerRecord(customer.iCustomer(), customer.name(), iEnv, customer.suspended() ? "S" : "O", false));
    }

    @Override
    public void account(WorldAccount account) {
        store.put(new AccountRecord(account.iAccount(), account.id(), account.iCustomer(), iEnv, account.iProduct(),
                account.blocked(), account.billStatus(), account.sportsAddon() ? SPORTS : List.of(), SINCE));
    }
}
