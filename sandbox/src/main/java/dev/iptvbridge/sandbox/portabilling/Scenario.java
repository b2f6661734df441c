package dev.iptvbridge.sandbox.portabilling;

import java.util.List;

/** The PortaBilling part of a scenario file, validated. */
record Scenario(int environment, List<ProductRecord> products, List<CustomerRecord> customers, List<AccountRecord> accounts) {

    Scenario {
        products = List.copyOf(products);
        customers = List.copyOf(customers);
        accounts = List.copyOf(accounts);
    }
}
