package dev.iptvbridge.sandbox.portabilling;

import dev.iptvbridge.sandbox.world.WorldSpec;
import java.util.List;
import java.util.Optional;

/** The PortaBilling part of a scenario file, validated; {@code world} is its {@code generate} section. */
record Scenario(int environment, List<ProductRecord> products, List<CustomerRecord> customers, List<AccountRecord> accounts,
                Optional<WorldSpec> world) {

    Scenario {
        products = List.copyOf(products);
        customers = List.copyOf(customers);
        accounts = List.copyOf(accounts);
    }
}
