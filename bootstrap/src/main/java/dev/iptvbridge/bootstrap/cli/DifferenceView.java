package dev.iptvbridge.bootstrap.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;

/**
 * One difference of the report: {@code account} for an account id (an orphan's {@code externalId}
 * read as a number), {@code externalId} instead for a foreign customer; {@code want} or {@code have}
 * null when the customer should not exist or does not.
 */
record DifferenceView(@JsonInclude(JsonInclude.Include.NON_NULL) Long account,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String externalId, String kind, CustomerView want,
                      CustomerView have, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    /** A Minerva customer as the report shows it. */
    record CustomerView(String status, String login, String name, List<String> packages, boolean wholeHomeDvr) {

        static CustomerView of(IptvCustomer customer) {
            return new CustomerView(customer.status().name().toLowerCase(java.util.Locale.ROOT), customer.login(),
                    customer.name(), List.copyOf(customer.packages()), customer.wholeHomeDvr());
        }
    }

    static DifferenceView of(Difference difference) {
        return new DifferenceView(difference.account().isPresent() ? difference.account().getAsLong() : null,
                difference.externalId().orElse(null), difference.kind().label(),
                difference.want().map(CustomerView::of).orElse(null), difference.have().map(CustomerView::of).orElse(null),
                difference.reason().orElse(null));
    }

    /** How the terminal's table names it: the account, or the foreign {@code externalId}. */
    String name() {
        return account != null ? String.valueOf(account) : externalId;
    }
}
