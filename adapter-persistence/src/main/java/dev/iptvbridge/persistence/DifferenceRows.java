package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A difference as a row of {@code compare_difference}: want_* and have_* NULL when there is no customer. */
final class DifferenceRows {

    private DifferenceRows() {
    }

    static void bind(PreparedBatch batch, String run, Difference d) {
        batch.bind("run", run).bind("seq", d.seq()).bind("kind", d.kind().name()).bind("queued", d.queued());
        // Typed binds throughout: a batch takes each column's type from its first row, NULL or not.
        Long account = d.account().isPresent() ? d.account().getAsLong() : null;
        batch.bindByType("account", account, Long.class)
                .bindByType("externalId", d.externalId().orElse(null), String.class)
                .bindByType("reason", d.reason().orElse(null), String.class);
        customer(batch, "want", d.want());
        customer(batch, "have", d.have());
    }

    private static void customer(PreparedBatch batch, String side, Optional<IptvCustomer> customer) {
        batch.bindByType(side + "Status", customer.map(c -> c.status().name()).orElse(null), String.class)
                .bindByType(side + "Login", customer.map(IptvCustomer::login).orElse(null), String.class)
                .bindByType(side + "Name", customer.map(IptvCustomer::name).orElse(null), String.class)
                .bindByType(side + "Packages", customer.map(SnapshotRows::packages).orElse(null), String.class)
                .bindByType(side + "Dvr", customer.map(IptvCustomer::wholeHomeDvr).orElse(null), Boolean.class);
    }

    static Difference read(ResultSet rs) throws SQLException {
        long account = rs.getLong("account_id");
        OptionalLong id = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(account);
        return new Difference(rs.getLong("seq"), id, Optional.ofNullable(rs.getString("external_id")),
                DriftKind.valueOf(rs.getString("kind")), customer(rs, "want", account), customer(rs, "have", account),
                Optional.ofNullable(rs.getString("reason")), rs.getBoolean("queued"));
    }

    private static Optional<IptvCustomer> customer(ResultSet rs, String side, long account) throws SQLException {
        String status = rs.getString(side + "_status");
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new IptvCustomer(account, rs.getString(side + "_login"), rs.getString(side + "_name"),
                IptvStatus.valueOf(status), SnapshotRows.packages(rs.getString(side + "_packages")),
                rs.getBoolean(side + "_dvr")));
    }
}
