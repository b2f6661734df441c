package dev.iptvbridge.sandbox.minerva;

import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldIptvCustomer;
import dev.iptvbridge.sandbox.world.WorldSink;
import java.time.Instant;

/** Puts a generated world's Minerva customers into the store, replacing every customer it held. */
final class WorldCustomers implements WorldSink {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    private static final int MAX_DEVICES = 4;

    private final CustomerStore store;

    private WorldCustomers(CustomerStore store) {
        this.store = store;
    }

    static World.Counts load(CustomerStore store, World world) {
        store.clearCustomers();
        return world.forEach(new WorldCustomers(store));
    }

    @Override
    public void iptvCustomer(WorldIptvCustomer customer) {
        store.put(new SimCustomer(customer.externalId(), customer.login(), customer.name(),
                customer.enabled() ? SimCustomer.ENABLED : SimCustomer.DISABLED, customer.packages(), customer.wholeHomeDvr(),
                MAX_DEVICES, SINCE, SINCE));
    }
}
