package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

class MigrationIT {

    @ContractTest
    void migratesAnEmptyDatabaseOnceAndThenAppliesNothing(Engine engine) throws Exception {
        DatabaseSettings settings = engine.freshDatabase();
        try (Database database = Database.open(settings)) {
            assertThat(database.isReady()).as("ready before migrating").isFalse();

            MigrationReport first = database.migrate();
            assertThat(first.applied()).isEqualTo(Migrations.count());
            assertThat(first.currentVersion()).isEqualTo(Migrations.latest());
            assertThat(database.isReady()).isTrue();

            MigrationReport second = database.migrate();
            assertThat(second).isEqualTo(new MigrationReport(0, Migrations.latest()));
        }
        try (Connection connection = DriverManager.getConnection(JdbcUrls.withAutoServer(settings.url()),
                settings.username(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM \"iptv_bridge_schema_history\" WHERE \"type\" = 'SQL' AND \"success\"")) {
            // Flyway quotes the name, so H2 keeps it in lower case as PostgreSQL does.
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(Migrations.count());
        }
    }

    @ContractTest
    void openingTouchesNoSchema(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        try (Database database = Database.open(settings)) {
            assertThat(database.isReady()).isFalse();
        }
        try (Database database = Database.open(settings)) {
            assertThat(database.migrate().applied()).isEqualTo(Migrations.count());
        }
    }

    @ContractTest
    void eventsStoredBeforeTheInboxWasKeyedByEnvironmentKeepTheirKeys(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(JdbcUrls.withAutoServer(settings.url()), settings.username(), settings.password())
                .locations(Database.MIGRATIONS).table(Database.HISTORY_TABLE).target("20261125193000").load().migrate();
        try (Database database = Database.open(settings)) {
            database.jdbi().useHandle(handle -> handle.execute("""
                    INSERT INTO inbox_event (event_id, event_type, environment, subject_kind, subject_id, received_at)
                    VALUES (501, 'Subscriber/Updated', 3, 'ACCOUNT', 7, CURRENT_TIMESTAMP),
                           (502, 'Subscriber/Updated', NULL, 'ACCOUNT', 8, CURRENT_TIMESTAMP)"""));

            database.migrate();

            List<String> keys = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT environment || '/' || event_id FROM inbox_event ORDER BY event_id").mapTo(String.class).list());
            assertThat(keys).containsExactly("3/501", "-1/502");
        }
    }
}
