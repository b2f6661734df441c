package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.DriftedAccountsPort;
import dev.iptvbridge.application.port.out.InboxPort;
import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WakingStatusOutbox;
import dev.iptvbridge.persistence.ComparisonAdapter;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.DatabaseSettings;
import dev.iptvbridge.persistence.PersistenceAdapter;
import dev.iptvbridge.persistence.ServiceHistoryStore;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** The database: inbox, work queue, audit log and applied state. Migrations run from main, not from here. */
public final class PersistenceModule extends AbstractModule {

    @Provides
    @Singleton
    static Database database(BridgeConfig config) {
        BridgeConfig.DatabaseConfig db = config.database();
        return Database.open(new DatabaseSettings(db.url(), db.username(), db.password(), db.maxPoolSize()));
    }

    @Provides
    @Singleton
    static PersistenceAdapter adapter(Database database, BridgeConfig config) {
        return new PersistenceAdapter(database, config.queue().settleDelay());
    }

    @Provides
    @Singleton
    static InboxPort inbox(PersistenceAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static WorkQueuePort queue(PersistenceAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static AuditLogPort audit(PersistenceAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static AppliedStatePort appliedState(PersistenceAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static ComparisonAdapter comparison(Database database) {
        return new ComparisonAdapter(database);
    }

    @Provides
    @Singleton
    static ComparisonSnapshotPort comparisonSnapshot(ComparisonAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static ComparisonRunsPort comparisonRuns(ComparisonAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static DriftedAccountsPort driftedAccounts(ComparisonAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static ServiceHistoryPort serviceHistory(Database database) {
        return new ServiceHistoryStore(database);
    }

    @Provides
    @Singleton
    static StatusOutboxPort statusOutbox(PersistenceAdapter adapter, Provider<StatusReportSender> sender) {
        // The sender is reached through a provider: it sends from this outbox, so it is built after it.
        return new WakingStatusOutbox(adapter, () -> sender.get().wake());
    }
}
