package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import java.util.List;
import java.util.Optional;

/** Everything about one account, read without changing anything. */
public record AccountExplanation(long accountId, Optional<Account> account, Optional<Customer> customer,
                                 Reconciliation reconciliation, Optional<QueueEntry> queue,
                                 List<AuditEntry> recentAudit) {

    public AccountExplanation {
        requireNonNull(account, "account is null");
        requireNonNull(customer, "customer is null");
        requireNonNull(reconciliation, "reconciliation is null");
        requireNonNull(queue, "queue is null");
        recentAudit = List.copyOf(requireNonNull(recentAudit, "recentAudit is null"));
    }
}
