package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import jakarta.inject.Inject;

/** Reads everything about one account and plans without applying. */
public final class ExplainAccountService implements ExplainAccountUseCase {

    static final int RECENT_AUDIT = 20;

    private final DesiredStateReader reader;
    private final IptvPlatformPort platform;
    private final WorkQueuePort queue;
    private final AuditLogPort audit;

    @Inject
    public ExplainAccountService(DesiredStateReader reader, IptvPlatformPort platform, WorkQueuePort queue,
                                 AuditLogPort audit) {
        this.reader = requireNonNull(reader, "reader is null");
        this.platform = requireNonNull(platform, "platform is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public AccountExplanation explain(long accountId) {
        BillingView view = reader.read(accountId);
        Reconciliation reconciliation = Reconciliation.of(view.desired(), platform.find(accountId));
        return new AccountExplanation(accountId, view.account(), view.customer(), reconciliation,
                queue.find(WorkKey.account(accountId)), audit.forAccount(accountId, RECENT_AUDIT));
    }
}
