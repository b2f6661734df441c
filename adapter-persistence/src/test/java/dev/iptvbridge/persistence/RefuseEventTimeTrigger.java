package dev.iptvbridge.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger refusing an inbox row with an event time as a data exception (SQLState 22007). */
public final class RefuseEventTimeTrigger implements Trigger {

    private int eventTime;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = 'EVENT_TIME'")) {
            query.setString(1, schemaName);
            query.setString(2, tableName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                eventTime = row.getInt(1) - 1;
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow[eventTime] != null) {
            throw new SQLException("event_time refused by the test's trigger", "22007");
        }
    }
}
