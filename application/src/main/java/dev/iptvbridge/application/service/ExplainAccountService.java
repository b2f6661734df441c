package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.BillingSide;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.Reading;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Reads everything about one account and plans without applying. The bridge's own records are read
 * first and must be readable; billing and Minerva each may fail on their own, which the explanation says.
 */
public final class ExplainAccountService implements ExplainAccountUseCase {

    static final int RECENT_AUDIT = 20;

    private final DesiredStateReader reader;
    private final IptvPlatformPort platform;
    private final WorkQueuePort queue;
    private final AuditLogPort audit;
    private final AppliedStatePort applied;

    @Inject
    public ExplainAccountService(DesiredStateReader reader, IptvPlatformPort platform, WorkQueuePort queue,
                                 AuditLogPort audit, AppliedStatePort applied) {
        this.reader = requireNonNull(reader, "reader is null");
        this.platform = requireNonNull(platform, "platform is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.applied = requireNonNull(applied, "applied is null");
    }

    @Override
    public AccountExplanation explain(long accountId) {
        var entry = queue.find(WorkKey.account(accountId));
        var trail = audit.forAccount(accountId, RECENT_AUDIT);
        var last = applied.find(accountId);
        Reading<BillingSide> billing = reading(() -> {
            BillingView view = reader.look(accountId);
            return new BillingSide(view.account(), view.customer(), view.desired());
        });
        return new AccountExplanation(accountId, billing, reading(() -> platform.find(accountId)), entry, trail, last);
    }

    private static <T> Reading<T> reading(Supplier<T> read) {
        try {
            return new Reading.Read<>(read.get());
        } catch (IntegrationException failure) {
            return new Reading.Unread<>(String.valueOf(failure.getMessage()));
        }
    }
}
