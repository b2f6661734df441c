package dev.iptvbridge.sandbox.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every record of a world, collected for a test to look at. */
final class Collected implements WorldSink {

    final List<WorldCustomer> customers = new ArrayList<>();
    final List<WorldAccount> accounts = new ArrayList<>();
    final Map<String, WorldIptvCustomer> iptv = new LinkedHashMap<>();
    final Map<Long, WorldCustomer> customerById = new HashMap<>();

    static Collected of(World world) {
        Collected collected = new Collected();
        world.forEach(collected);
        return collected;
    }

    @Override
    public void customer(WorldCustomer customer) {
        customers.add(customer);
        customerById.put(customer.iCustomer(), customer);
    }

    @Override
    public void account(WorldAccount account) {
        accounts.add(account);
    }

    @Override
    public void iptvCustomer(WorldIptvCustomer customer) {
        if (iptv.put(customer.externalId(), customer) != null) {
            throw new AssertionError("Minerva customer " + customer.externalId() + " handed over twice");
        }
    }
}
