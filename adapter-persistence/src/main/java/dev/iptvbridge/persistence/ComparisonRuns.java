package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.DriftKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The comparison lease (one row, {@code name = 'comparison'}) and the history of runs. */
final class ComparisonRuns {

    private static final String LEASE = "comparison";

    private final Jdbi jdbi;

    ComparisonRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    boolean lease(String owner, Instant now, Duration length) {
        Instant at = TimeMapping.toMicros(now);
        Instant until = TimeMapping.toMicros(now.plus(length));
        int taken = jdbi.withHandle(handle -> handle.createUpdate("UPDATE compare_lease SET owner = :owner, "
                        + "lease_until = :until WHERE name = :name AND (owner = :owner OR lease_until < :now)")
                .bind("owner", owner).bind("until", until).bind("name", LEASE).bind("now", at).execute());
        if (taken == 1) {
            return true;
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO compare_lease (name, owner, lease_until) "
                    + "VALUES (:name, :owner, :until)").bind("name", LEASE).bind("owner", owner).bind("until", until)
                    .execute());
            return true;
        } catch (RuntimeException failure) {
            if (Failures.isUniqueViolation(failure)) {
                return false;
            }
            throw failure;
        }
    }

    void release(String owner) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM compare_lease WHERE name = :name AND owner = :owner")
                .bind("name", LEASE).bind("owner", owner).execute());
    }

    void record(ComparisonRecord run) {
        String counts = run.counts().entrySet().stream().map(count -> count.getKey().name() + "=" + count.getValue())
                .collect(Collectors.joining(","));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO compare_run (run, environment, dry_run, started_at, "
                        + "finished_at, accounts, customers, counts, queued, completed) VALUES (:run, :environment, "
                        + ":dryRun, :startedAt, :finishedAt, :accounts, :customers, :counts, :queued, :completed)")
                .bind("run", run.run()).bind("environment", run.environment()).bind("dryRun", run.dryRun())
                .bind("startedAt", TimeMapping.toMicros(run.startedAt()))
                .bind("finishedAt", TimeMapping.toMicros(run.finishedAt())).bind("accounts", run.accounts())
                .bind("customers", run.customers()).bind("counts", counts).bind("queued", run.queued())
                .bind("completed", run.completed()).execute());
    }

    Optional<ComparisonRecord> lastCompleted(String environment, boolean includeDryRuns) {
        String dry = includeDryRuns ? "" : " AND NOT dry_run";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT run, environment, dry_run, started_at, finished_at, "
                        + "accounts, customers, counts, queued, completed FROM compare_run WHERE environment = :environment "
                        + "AND completed" + dry + " ORDER BY finished_at DESC LIMIT 1")
                .bind("environment", environment).map((rs, ctx) -> read(rs)).findOne());
    }

    private static ComparisonRecord read(ResultSet rs) throws SQLException {
        Map<DriftKind, Long> counts = new EnumMap<>(DriftKind.class);
        for (String pair : rs.getString("counts").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                counts.put(DriftKind.valueOf(pair.substring(0, equals)), Long.parseLong(pair.substring(equals + 1)));
            }
        }
        return new ComparisonRecord(rs.getString("run"), rs.getString("environment"), rs.getBoolean("dry_run"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getLong("accounts"),
                rs.getLong("customers"), counts, rs.getLong("queued"), rs.getBoolean("completed"));
    }
}
