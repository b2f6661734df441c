package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read never create or migrate a database; migrate never takes one down. The
 * configuration names its H2 file relative to itself, so these tests also show where that file goes.
 */
class ReadOnlyCommandsIT {

    @TempDir
    Path directory;
    Path config;
    Path databaseFile;

    @BeforeEach
    void configuration() {
        // Nothing answers on port 1: these commands must fail on the database before they need either system.
        config = SandboxConfiguration.write(directory, 0, "http://127.0.0.1:1", "http://127.0.0.1:1/xtv-ws-backoffice/api/v1",
                Map.of("database.url", "jdbc:h2:file:./db/bridge"));
        databaseFile = directory.resolve("db").resolve("bridge.mv.db");
    }

    @Test
    void explain_and_parked_on_a_database_never_migrated_exit_4_name_migrate_and_create_nothing() {
        for (String[] command : new String[][] {{"explain", "1000889"}, {"parked"}}) {
            Cli run = Cli.run(with(command, "--config", config.toString()));

            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.DATABASE);
            assertThat(run.err()).contains("has no IPTV Bridge schema yet", "only reads",
                    "iptv-bridge migrate --config " + config);
            assertThat(databaseFile).as("no database file created").doesNotExist();
            assertThat(directory.resolve("db")).doesNotExist();
        }
    }

    @Test
    void explain_on_an_older_schema_exits_4_and_names_migrate_and_migrate_fixes_it_beside_the_configuration() throws Exception {
        Flyway.configure().dataSource(h2Url(), "sa", "").locations("classpath:db/migration/iptvbridge")
                .table("iptv_bridge_schema_history").target("20261125193000").load().migrate();

        Cli explain = Cli.run("explain", "1000889", "--config", config.toString());
        assertThat(explain.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(explain.err()).contains("schema version 20261125193000, older than this release's",
                "iptv-bridge migrate --config " + config);

        Cli migrate = Cli.run("migrate", "--config", config.toString());
        assertThat(migrate.exitCode()).as(migrate.err()).isEqualTo(ExitCodes.OK);
        assertThat(databaseFile).as("relative to the configuration file, not the working directory").exists();
        assertThat(Path.of("db", "bridge.mv.db")).doesNotExist();

        Cli parked = Cli.run("parked", "--config", config.toString());
        assertThat(parked.exitCode()).as(parked.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void migrate_refuses_a_schema_newer_than_the_code_and_names_both_versions() throws Exception {
        assertThat(Cli.run("migrate", "--config", config.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        try (Connection connection = DriverManager.getConnection(h2Url(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"iptv_bridge_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(1000, '29991231000000', 'from a newer release', 'SQL', 'V29991231000000__x.sql', 0, 'sa', 0, TRUE)");
        }

        Cli migrate = Cli.run("migrate", "--config", config.toString());

        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(migrate.err()).contains("schema version 29991231000000, newer than this IPTV Bridge's 2026",
                "never taken down");
        Cli explain = Cli.run("explain", "1000889", "--config", config.toString());
        assertThat(explain.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(explain.err()).contains("29991231000000", "newer than this release's");
    }

    private String h2Url() {
        return "jdbc:h2:file:" + directory.resolve("db").resolve("bridge").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    private static String[] with(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
