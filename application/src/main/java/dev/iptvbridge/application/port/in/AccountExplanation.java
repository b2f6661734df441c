package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one account, read without changing anything. What the bridge itself knows (its
 * queue entry, audit trail and last applied state) is always there; billing's and Minerva's views
 * are {@link Reading}s, so that a system that does not answer is named rather than failing the whole.
 *
 * @param billing     billing's account, customer and the desired state, or why billing could not be read
 * @param minerva     the customer Minerva holds (empty: none), or why Minerva could not be read
 * @param queue       the account's queue entry, if any
 * @param recentAudit the newest audit lines first
 * @param lastApplied what the bridge last left in Minerva, if it ever changed anything there
 */
public record AccountExplanation(long accountId, Reading<BillingSide> billing, Reading<Optional<IptvCustomer>> minerva,
                                 Optional<QueueEntry> queue, List<AuditEntry> recentAudit,
                                 Optional<AppliedState> lastApplied) {

    public AccountExplanation {
        requireNonNull(billing, "billing is null");
        requireNonNull(minerva, "minerva is null");
        requireNonNull(queue, "queue is null");
        recentAudit = List.copyOf(requireNonNull(recentAudit, "recentAudit is null"));
        requireNonNull(lastApplied, "lastApplied is null");
    }

    /** Desired, observed, the plan and its transition: only when both billing and Minerva were read. */
    public Optional<Reconciliation> reconciliation() {
        return billing.asOptional().flatMap(side -> minerva.asOptional()
                .map(observed -> Reconciliation.of(side.desired(), observed)));
    }

    /**
     * True when billing answered that it has no such account and the bridge has no record of it
     * (no queue entry, audit line or applied state), and Minerva holds no customer for it as far as
     * it could be read: an account nobody knows, not a terminated one.
     */
    public boolean nobodyKnows() {
        boolean notInBilling = billing.asOptional().map(side -> side.account().isEmpty()).orElse(false);
        boolean notInMinerva = minerva.asOptional().map(Optional::isEmpty).orElse(true);
        return notInBilling && notInMinerva && queue.isEmpty() && recentAudit.isEmpty() && lastApplied.isEmpty();
    }
}
