package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

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
}
