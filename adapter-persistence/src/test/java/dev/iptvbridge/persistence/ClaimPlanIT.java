package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL each lane's claim reads the index of {@code (state, lane, due_at)} in due order and
 * stops at its limit: no sort of the due rows, however many a sweep queued. The same queries without
 * that index sort, which shows the rows are enough for the planner to care.
 */
class ClaimPlanIT {

    private static final Instant NOW = Fixture.T0.plusSeconds(3600);

    private Fixture db;

    @BeforeEach
    void fillTheQueueAsABigSweepLeavesIt() {
        db = Fixture.open(Engine.POSTGRES);
        db.database.jdbi().useHandle(handle -> {
            // 30,000 sweep entries due, 2,000 live ones due, 3,000 being worked on; then fresh statistics.
            insert(handle, 1, 30_000, "QUEUED", "SWEEP", "'comparison 1'");
            insert(handle, 30_001, 32_000, "QUEUED", "LIVE", "NULL");
            insert(handle, 32_001, 35_000, "CLAIMED", "LIVE", "NULL");
            handle.execute("ANALYZE work_queue");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachLanesClaimIsAnIndexRangeScanInDueOrderWithNoSort() {
        for (String lane : List.of("LIVE", "SWEEP")) {
            for (String sql : List.of(QueueDao.QUEUED_DUE, QueueDao.QUEUED_DUE + " FOR UPDATE SKIP LOCKED")) {
                String plan = explain(sql, lane);
                assertThat(plan).as(lane + ": " + plan).contains("Index Scan using work_queue_state_lane_due")
                        .doesNotContain("Sort").doesNotContain("Seq Scan");
            }
        }
        assertThat(explain(QueueDao.LEASE_EXPIRED, null)).contains("Index Scan using work_queue_state_lease")
                .doesNotContain("Sort");
    }

    @Test
    void withoutTheLaneIndexTheSameClaimWouldSort() {
        db.database.jdbi().useHandle(handle -> {
            handle.execute("DROP INDEX work_queue_state_lane_due");
            handle.execute("ANALYZE work_queue");
        });

        assertThat(explain(QueueDao.QUEUED_DUE, "SWEEP")).contains("Sort");
    }

    private String explain(String sql, String lane) {
        return db.database.jdbi().withHandle(handle -> {
            var query = handle.createQuery("EXPLAIN " + sql).bind("now", NOW).bind("limit", 1);
            if (lane != null) {
                query.bind("lane", lane);
            }
            return String.join("\n", query.mapTo(String.class).list());
        });
    }

    private static void insert(Handle handle, int from, int to, String state, String lane, String run) {
        boolean claimed = state.equals("CLAIMED");
        handle.createUpdate("INSERT INTO work_queue (work_kind, work_id, state, version, attempts, queued_at, due_at, "
                        + "owner, lease_until, last_error, event_ids, asked_again, lane, sweep_run) "
                        + "SELECT 'ACCOUNT', n, :state, 1, 0, :t0 + n * INTERVAL '1 millisecond', "
                        + ":t0 + n * INTERVAL '1 millisecond', " + (claimed ? "'w1', :lease" : "NULL, NULL")
                        + ", NULL, '', FALSE, :lane, " + run + " FROM generate_series(:from, :to) AS n")
                .bind("state", state).bind("lane", lane).bind("t0", Fixture.T0).bind("lease", NOW.plusSeconds(30))
                .bind("from", from).bind("to", to).execute();
    }
}
