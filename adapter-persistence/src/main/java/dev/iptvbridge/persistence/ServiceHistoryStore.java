package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceStanding;
import dev.iptvbridge.domain.history.ServiceState;
import dev.iptvbridge.domain.provisioning.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The service history in table {@code service_history}, one row per change, apart from the audit
 * log so that its purge leaves the history whole. Errors become the ports' failures, as in
 * {@link PersistenceAdapter}.
 */
public final class ServiceHistoryStore implements ServiceHistoryPort {

    static final int FETCH_SIZE = 1000;
    private static final String COLUMNS = "account_id, service_package, state, reason, at, event_ids";

    private final String where;
    private final Jdbi jdbi;

    public ServiceHistoryStore(Database database) {
        requireNonNull(database, "database is null");
        this.where = database.where();
        this.jdbi = database.jdbi();
    }

    @Override
    public void append(List<ServiceChange> changes) {
        requireNonNull(changes, "changes is null");
        if (changes.isEmpty()) {
            return;
        }
        Failures.guard("write the service history of account " + changes.get(0).account(), where,
                () -> jdbi.useTransaction(handle -> {
                    PreparedBatch batch = handle.prepareBatch("INSERT INTO service_history (" + COLUMNS
                            + ") VALUES (:account, :servicePackage, :state, :reason, :at, :eventIds)");
                    for (ServiceChange change : changes) {
                        batch.bind("account", change.account())
                                .bind("servicePackage", Text.cut(change.servicePackage(), 200))
                                .bind("state", change.standing().state().name())
                                .bind("reason", change.standing().reason().map(Enum::name).orElse(null))
                                .bind("at", change.at())
                                .bind("eventIds", EventIds.encode(change.eventIds(), EventIds.AUDIT_LIMIT))
                                .add();
                    }
                    batch.execute();
                }));
    }

    @Override
    public List<ServiceChange> changes(long accountId) {
        return Failures.guard("read the service history of account " + accountId, where,
                () -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                                + " FROM service_history WHERE account_id = :account ORDER BY at, seq")
                        .bind("account", accountId)
                        .map((rs, ctx) -> change(rs))
                        .list()));
    }

    @Override
    public void forEachBefore(Instant before, Consumer<ServiceChange> sink) {
        requireNonNull(before, "before is null");
        requireNonNull(sink, "sink is null");
        // In a transaction with a fetch size, PostgreSQL streams through a cursor instead of loading every row.
        Failures.guard("read the service history before " + before, where,
                () -> jdbi.useTransaction(handle -> handle.createQuery("SELECT " + COLUMNS
                                + " FROM service_history WHERE at < :before"
                                + " ORDER BY account_id, service_package, at, seq")
                        .bind("before", before)
                        .setFetchSize(FETCH_SIZE)
                        .map((rs, ctx) -> change(rs))
                        .useStream(rows -> rows.forEach(sink))));
    }

    private static ServiceChange change(ResultSet rs) throws SQLException {
        ServiceState state = ServiceState.valueOf(rs.getString("state"));
        Optional<Reason> reason = Optional.ofNullable(rs.getString("reason")).map(Reason::valueOf);
        return new ServiceChange(rs.getLong("account_id"), rs.getString("service_package"),
                new ServiceStanding(state, reason), rs.getObject("at", OffsetDateTime.class).toInstant(),
                EventIds.decode(rs.getString("event_ids")));
    }
}
