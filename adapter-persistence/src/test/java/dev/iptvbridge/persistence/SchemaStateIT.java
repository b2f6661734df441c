package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The read-only look at a schema, and migrate's refusal to take a newer one down. */
class SchemaStateIT {

    @Test
    void a_missing_h2_file_is_missing_and_looking_does_not_create_it() {
        Path directory = TestH2.freshDirectory();
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:file:" + directory.resolve("bridge"), "sa", "", 2);

        assertThat(Database.inspect(settings)).isEqualTo(new SchemaState.Missing(Migrations.latest()));
        assertThat(directory.resolve("bridge.mv.db")).doesNotExist();
    }

    @ContractTest
    void an_empty_database_is_missing(Engine engine) {
        assertThat(Database.inspect(engine.freshDatabase())).isEqualTo(new SchemaState.Missing(Migrations.latest()));
    }

    @ContractTest
    void an_older_schema_is_behind_and_a_migrated_one_current(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        flyway(settings, Database.MIGRATIONS).target("20261125193000").load().migrate();

        assertThat(Database.inspect(settings)).isEqualTo(new SchemaState.Behind("20261125193000", Migrations.latest()));
        try (Database database = Database.open(settings)) {
            database.migrate();
            assertThat(database.schema()).isEqualTo(new SchemaState.Current(Migrations.latest()));
        }
        assertThat(Database.inspect(settings)).isEqualTo(new SchemaState.Current(Migrations.latest()));
    }

    @ContractTest
    void migrate_refuses_a_newer_schema_and_names_both_versions(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        flyway(settings, Database.MIGRATIONS, "classpath:db/future").load().migrate();

        assertThat(Database.inspect(settings)).isEqualTo(new SchemaState.Ahead("29991231000000", Migrations.latest()));
        try (Database database = Database.open(settings)) {
            assertThatThrownBy(database::migrate).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("29991231000000").hasMessageContaining(Migrations.latest())
                    .hasMessageContaining("never taken down");
        }
    }

    @Test
    void the_code_version_is_the_newest_migration_shipped() throws Exception {
        assertThat(SchemaInspection.codeVersion()).isEqualTo(Migrations.latest());
        assertThat(Files.exists(Path.of("src/main/resources/db/migration/iptvbridge"))).isTrue();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseSettings settings,
                                                                                 String... locations) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(JdbcUrls.withAutoServer(settings.url()), settings.username(), settings.password())
                .locations(locations).table(Database.HISTORY_TABLE);
    }
}
