package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A row of {@code applied_state}. A deleted customer is {@code present = false} with the customer
 * columns null; {@code packages} holds the package ids one per line.
 */
record AppliedStateRow(long accountId, boolean present, String login, String customerName, String status,
                       String packages, Boolean wholeHomeDvr, Instant appliedAt) {

    static AppliedStateRow of(AppliedState state) {
        if (state.customer().isEmpty()) {
            return new AppliedStateRow(state.accountId(), false, null, null, null, null, null, state.appliedAt());
        }
        IptvCustomer customer = state.customer().get();
        for (String id : customer.packages()) {
            if (id.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Package id " + id.replace("\n", "\\n") + " of account "
                        + state.accountId() + " contains a line break, which the applied state cannot store");
            }
        }
        return new AppliedStateRow(state.accountId(), true, customer.login(), customer.name(),
                customer.status().name(), String.join("\n", customer.packages()), customer.wholeHomeDvr(),
                state.appliedAt());
    }

    AppliedState toState() {
        if (!present) {
            return new AppliedState(accountId, Optional.empty(), appliedAt);
        }
        TreeSet<String> ids = new TreeSet<>();
        if (!packages.isEmpty()) {
            ids.addAll(Arrays.asList(packages.split("\n")));
        }
        IptvCustomer customer = new IptvCustomer(accountId, login, customerName, IptvStatus.valueOf(status), ids,
                Boolean.TRUE.equals(wholeHomeDvr));
        return new AppliedState(accountId, Optional.of(customer), appliedAt);
    }
}
