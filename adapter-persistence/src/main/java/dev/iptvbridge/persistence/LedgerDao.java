package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMappers;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL of {@code purchase_ledger} and {@code purchase_feed}. An entry is written over the version
 * it was read at; the feed row is locked ({@code FOR UPDATE}) by every write that needs the lease.
 */
@RegisterConstructorMappers({@RegisterConstructorMapper(LedgerRow.class),
        @RegisterConstructorMapper(LedgerDao.StateCount.class)})
interface LedgerDao {

    String FEED = "'minerva'";
    String NEEDS_WORK = "(state IN ('SEEN', 'CHARGING', 'CREDITING') OR (state = 'CHARGED' AND refund_asked))";

    // Taken when free, ran out (strictly before now), or already ours; the row lock lets one claimer win.
    @SqlUpdate("UPDATE purchase_feed SET holder = :owner, lease_until = :until WHERE feed = " + FEED
            + " AND (holder IS NULL OR holder = :owner OR lease_until < :now)")
    int hold(@Bind("owner") String owner, @Bind("now") Instant now, @Bind("until") Instant until);

    @SqlUpdate("UPDATE purchase_feed SET holder = NULL, lease_until = NULL WHERE feed = " + FEED + " AND holder = :owner")
    int release(@Bind("owner") String owner);

    @SqlQuery("SELECT holder FROM purchase_feed WHERE feed = " + FEED + " FOR UPDATE")
    Optional<String> lockHolder();

    @SqlQuery("SELECT lease_until FROM purchase_feed WHERE feed = " + FEED)
    Instant leaseUntil();

    @SqlQuery("SELECT cursor_seq FROM purchase_feed WHERE feed = " + FEED)
    long cursor();

    @SqlUpdate("UPDATE purchase_feed SET cursor_seq = :cursor WHERE feed = " + FEED + " AND cursor_seq < :cursor")
    int moveCursor(@Bind("cursor") long cursor);

    @SqlQuery("SELECT " + LedgerRow.COLUMNS + " FROM purchase_ledger WHERE purchase_id = :id")
    Optional<LedgerRow> find(@Bind("id") String purchaseId);

    // Rows are written through LedgerRow#bind (the fluent API): Jdbi's bean binding needs public types.
    String INSERT = "INSERT INTO purchase_ledger (" + LedgerRow.COLUMNS + ") VALUES (:purchaseId, :state, :version, "
            + ":seq, :externalId, :kind, :title, :price, :currency, :purchasedAt, :refundAsked, :chargeXdr, :creditXdr, "
            + ":attempts, :seenAt, :dueAt, :reason)";
    String UPDATE = """
            UPDATE purchase_ledger
               SET state = :state, version = :version, seq = :seq, refund_asked = :refundAsked,
                   charge_xdr = :chargeXdr, credit_xdr = :creditXdr, attempts = :attempts, due_at = :dueAt,
                   reason = :reason
             WHERE purchase_id = :purchaseId AND version = :expected""";

    @SqlQuery("SELECT " + LedgerRow.COLUMNS + " FROM purchase_ledger WHERE " + NEEDS_WORK
            + " AND due_at <= :now ORDER BY seq, purchase_id LIMIT :max")
    List<LedgerRow> due(@Bind("now") Instant now, @Bind("max") int max);

    @SqlQuery("SELECT " + LedgerRow.COLUMNS + " FROM purchase_ledger ORDER BY seq DESC, purchase_id LIMIT :limit")
    List<LedgerRow> all(@Bind("limit") int limit);

    @SqlQuery("SELECT " + LedgerRow.COLUMNS + " FROM purchase_ledger WHERE state = :state "
            + "ORDER BY seq DESC, purchase_id LIMIT :limit")
    List<LedgerRow> inState(@Bind("state") String state, @Bind("limit") int limit);

    @SqlQuery("SELECT state, COUNT(*) AS n FROM purchase_ledger GROUP BY state")
    List<StateCount> countByState();

    /** Null when no entry needs work. */
    @SqlQuery("SELECT MIN(seq) FROM purchase_ledger WHERE " + NEEDS_WORK)
    Long lowestOpenSeq();

    /** Null when every purchase is charged or parked. */
    @SqlQuery("SELECT MIN(seen_at) FROM purchase_ledger WHERE state IN ('SEEN', 'CHARGING')")
    Instant oldestUncharged();

    /** One line of {@link #countByState()}. */
    record StateCount(String state, long n) {
    }
}
