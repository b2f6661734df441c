package dev.iptvbridge.bootstrap.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The billing data the soak starts from: accounts on TV Basic over a few hundred open customers, none in Minerva yet. */
final class SoakWorld {

    static final long FIRST_ACCOUNT = 3_000_000;
    static final long FIRST_CUSTOMER = 8_000_000;
    static final int CUSTOMERS = 300;
    static final int ENVIRONMENT = 3;

    private SoakWorld() {
    }

    static Path write(Path file, int accounts) throws IOException {
        StringBuilder yaml = new StringBuilder("environment: " + ENVIRONMENT + "\nproducts:\n")
                .append("  - {i_product: 101, name: TV Basic, addon_priority: 0}\n")
                .append("  - {i_product: 102, name: TV Family, addon_priority: 0}\n")
                .append("  - {i_product: 103, name: Voice Only, addon_priority: 0}\n")
                .append("  - {i_product: 201, name: Sports pack, addon_priority: 10}\n")
                .append("customers:\n");
        for (int customer = 0; customer < CUSTOMERS; customer++) {
            yaml.append("  - {i_customer: ").append(FIRST_CUSTOMER + customer).append(", name: ")
                    .append(customerName(FIRST_CUSTOMER + customer)).append(", bill_status: O, blocked: N}\n");
        }
        yaml.append("accounts:\n");
        for (int account = 0; account < accounts; account++) {
            yaml.append("  - {i_account: ").append(FIRST_ACCOUNT + account).append(", id: soak").append(account)
                    .append("@tv.example, i_customer: ").append(FIRST_CUSTOMER + account % CUSTOMERS)
                    .append(", i_product: 101, blocked: N, bill_status: O}\n");
        }
        Files.writeString(file, yaml);
        return file;
    }

    static String customerName(long customer) {
        return "Soak customer " + customer;
    }
}
