package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.InboxPort;
import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.StatusOutboxStats;
import dev.iptvbridge.application.port.out.StatusReport;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ports the bridge stores through, on one {@link Database}. Every method runs in its own
 * transaction and turns database errors into {@link dev.iptvbridge.application.port.out.TransientFailure}
 * (retry later) or {@link dev.iptvbridge.application.port.out.PermanentFailure}. Any request for a
 * parked entry ({@link #store} or {@link #enqueue}) gives it a fresh try with its attempts reset.
 * Worker ids ({@code owner}) must be unique among the workers sharing the database.
 */
public final class PersistenceAdapter implements InboxPort, WorkQueuePort, AuditLogPort, AppliedStatePort,
        StatusOutboxPort {

    private final String where;
    private final Inbox inbox;
    private final WorkQueue queue;
    private final QueueClaims claims;
    private final QueueReads reads;
    private final AuditLog audit;
    private final AppliedStates applied;
    private final StatusOutbox outbox;

    public PersistenceAdapter(Database database) {
        this(database, Duration.ZERO);
    }

    /**
     * As {@link #PersistenceAdapter(Database)}, and an entry that {@link #store} queues becomes due
     * {@code settleDelay} after its event arrived (never before it), so that the events of one change
     * meet in one reconcile. An entry already due stays due.
     */
    public PersistenceAdapter(Database database, Duration settleDelay) {
        requireNonNull(database, "database is null");
        requireNonNull(settleDelay, "settleDelay is null");
        if (settleDelay.isNegative()) {
            throw new IllegalArgumentException("settleDelay must not be negative, but is " + settleDelay);
        }
        this.where = database.where();
        this.inbox = new Inbox(database.jdbi(), database.pool(), database::isPostgres, settleDelay);
        this.queue = new WorkQueue(database.jdbi());
        this.claims = new QueueClaims(database.jdbi(), database::isPostgres);
        this.reads = new QueueReads(database.jdbi());
        this.audit = new AuditLog(database.jdbi());
        this.applied = new AppliedStates(database.jdbi());
        this.outbox = new StatusOutbox(database.jdbi());
    }

    @Override
    public StoreOutcome store(InboundEvent event) {
        requireNonNull(event, "event is null");
        return guard("store event " + event.eventId(), () -> inbox.store(event));
    }

    /** How many stores wait for a commit to take them; for tests. */
    int waitingStores() {
        return inbox.waitingStores();
    }

    @Override
    public int purgeReceivedBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff is null");
        return guard("purge events received before " + cutoff, () -> inbox.purgeReceivedBefore(cutoff));
    }

    @Override
    public void enqueue(WorkKey key, Instant dueAt) {
        requireNonNull(key, "key is null");
        requireNonNull(dueAt, "dueAt is null");
        run("queue " + key, () -> queue.enqueue(key, dueAt));
    }

    @Override
    public void enqueueSweep(WorkKey key, Instant dueAt, String run) {
        requireNonNull(key, "key is null");
        requireNonNull(dueAt, "dueAt is null");
        requireNonNull(run, "run is null");
        run("queue " + key + " for " + run, () -> queue.enqueueSweep(key, dueAt, Text.cut(run, 200)));
    }

    @Override
    public void schedule(WorkKey key, Instant at) {
        requireNonNull(key, "key is null");
        requireNonNull(at, "at is null");
        run("schedule " + key + " at " + at, () -> queue.schedule(key, at));
    }

    @Override
    public List<ClaimedWork> claim(String owner, int max, Instant now, Duration lease) {
        requireNonNull(owner, "owner is null");
        requireNonNull(now, "now is null");
        requireNonNull(lease, "lease is null");
        return guard("claim work for " + owner, () -> claims.claim(owner, max, now, lease));
    }

    @Override
    public Optional<ClaimedWork> claimKey(WorkKey key, String owner, Instant now, Duration lease) {
        requireNonNull(key, "key is null");
        requireNonNull(owner, "owner is null");
        return guard("claim " + key + " for " + owner, () -> queue.claimKey(key, owner, now, lease));
    }

    @Override
    public Optional<ClaimedWork> renew(ClaimedWork work, Instant now, Duration lease) {
        requireNonNull(work, "work is null");
        return guard("renew the lease of " + work.key(), () -> queue.renew(work, now, lease));
    }

    @Override
    public boolean complete(ClaimedWork work, Instant now) {
        requireNonNull(work, "work is null");
        requireNonNull(now, "now is null");
        return guard("complete " + work.key(), () -> queue.complete(work, now));
    }

    @Override
    public void retryLater(ClaimedWork work, Instant dueAt, String error) {
        requireNonNull(work, "work is null");
        requireNonNull(dueAt, "dueAt is null");
        run("retry " + work.key() + " later", () -> queue.retryLater(work, dueAt, Text.cut(error, 4000)));
    }

    @Override
    public void park(ClaimedWork work, String error) {
        requireNonNull(work, "work is null");
        run("park " + work.key(), () -> queue.park(work, Text.cut(error, 4000)));
    }

    @Override
    public void release(ClaimedWork work) {
        requireNonNull(work, "work is null");
        run("release " + work.key(), () -> queue.release(work));
    }

    @Override
    public List<QueueEntry> parked(int limit) {
        return guard("list parked entries", () -> reads.parked(limit));
    }

    @Override
    public int retryParked(Optional<WorkKey> key, Instant now) {
        requireNonNull(key, "key is null");
        requireNonNull(now, "now is null");
        return guard("retry parked entries", () -> reads.retryParked(key, now));
    }

    @Override
    public Optional<QueueEntry> find(WorkKey key) {
        requireNonNull(key, "key is null");
        return guard("read the queue entry of " + key, () -> reads.find(key));
    }

    @Override
    public QueueStats stats() {
        return guard("count the queue", reads::stats);
    }

    @Override
    public void append(AuditEntry entry) {
        requireNonNull(entry, "entry is null");
        run("append to the audit log of account " + entry.accountId(), () -> audit.append(entry));
    }

    @Override
    public List<AuditEntry> forAccount(long accountId, int limit) {
        return guard("read the audit log of account " + accountId, () -> audit.forAccount(accountId, limit));
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        return guard("read the audit log from " + from + " to " + to, () -> audit.between(from, to, limit));
    }

    @Override
    public void save(AppliedState state) {
        requireNonNull(state, "state is null");
        run("save the applied state of account " + state.accountId(), () -> applied.save(state));
    }

    @Override
    public Optional<AppliedState> find(long accountId) {
        return guard("read the applied state of account " + accountId, () -> applied.find(accountId));
    }

    @Override
    public int purgeBefore(Instant cutoff, int max) {
        requireNonNull(cutoff, "cutoff is null");
        return guard("purge audit lines before " + cutoff, () -> audit.purgeBefore(cutoff, max));
    }

    @Override
    public void put(long accountId, ProvisioningStatus status, String message, Instant now) {
        requireNonNull(status, "status is null");
        requireNonNull(message, "message is null");
        requireNonNull(now, "now is null");
        run("queue the status report of account " + accountId, () -> outbox.put(accountId, status, message, now));
    }

    @Override
    public List<PendingStatusReport> claimDue(String owner, int max, Instant now, Duration lease) {
        requireNonNull(owner, "owner is null");
        requireNonNull(now, "now is null");
        requireNonNull(lease, "lease is null");
        return guard("claim status reports for " + owner, () -> outbox.claim(owner, max, now, lease));
    }

    @Override
    public Optional<StatusReport> newest(long accountId) {
        return guard("read the last status reported for account " + accountId, () -> outbox.newest(accountId));
    }

    @Override
    public boolean sent(PendingStatusReport report) {
        requireNonNull(report, "report is null");
        return guard("remove the sent status report of account " + report.accountId(), () -> outbox.sent(report));
    }

    @Override
    public void sendLater(PendingStatusReport report, Instant dueAt, String error) {
        requireNonNull(report, "report is null");
        requireNonNull(dueAt, "dueAt is null");
        run("retry the status report of account " + report.accountId() + " later",
                () -> outbox.retryLater(report, dueAt, error));
    }

    @Override
    public void discard(PendingStatusReport report) {
        requireNonNull(report, "report is null");
        run("discard the status report of account " + report.accountId(), () -> outbox.discard(report));
    }

    @Override
    public StatusOutboxStats pendingStats() {
        return guard("count the status outbox", outbox::stats);
    }

    private <T> T guard(String operation, Supplier<T> action) {
        return Failures.guard(operation, where, action);
    }

    private void run(String operation, Runnable action) {
        Failures.guard(operation, where, action);
    }
}
