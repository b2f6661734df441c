package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The bridge's database: a connection pool, Jdbi over it, and the schema migrations. Opening
 * does not touch the schema; {@link #migrate()} does, when the caller says so.
 */
public final class Database implements AutoCloseable {

    static final String MIGRATIONS = "classpath:db/migration/iptvbridge";
    static final String HISTORY_TABLE = "iptv_bridge_schema_history";
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Flyway flyway;
    private final AtomicBoolean migrated = new AtomicBoolean();

    private Database(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        TimeMapping.register(jdbi);
        this.flyway = Flyway.configure(Database.class.getClassLoader()).dataSource(pool).locations(MIGRATIONS)
                .table(HISTORY_TABLE).load();
    }

    /** Builds the pool; it connects lazily, so a database that is down shows in {@link #migrate()}. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, CONNECTION_TIMEOUT);
    }

    static Database open(DatabaseSettings settings, Duration connectionTimeout) {
        requireNonNull(settings, "settings is null");
        HikariConfig config = new HikariConfig();
        config.setPoolName("iptv-bridge");
        config.setJdbcUrl(JdbcUrls.withAutoServer(settings.url()));
        config.setUsername(settings.username().isEmpty() ? null : settings.username());
        config.setPassword(settings.password().isEmpty() ? null : settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setExceptionOverride(new BrokenConnections());
        // Start without a connection: a database that is down is reported by migrate() and isReady().
        config.setInitializationFailTimeout(-1);
        return new Database(settings, new HikariDataSource(config));
    }

    /** Applies the migrations not yet applied; running it again applies nothing. */
    public MigrationReport migrate() {
        try {
            MigrateResult result = flyway.migrate();
            migrated.set(true);
            MigrationInfo current = flyway.info().current();
            return new MigrationReport(result.migrationsExecuted, current == null ? "" : current.getVersion().getVersion());
        } catch (RuntimeException e) {
            throw Failures.translate("migrate the schema of " + settings.maskedUrl(), e);
        }
    }

    /** True when the database answers and its schema is fully migrated. */
    public boolean isReady() {
        try (Connection connection = pool.getConnection()) {
            if (!connection.isValid(2)) {
                return false;
            }
        } catch (SQLException e) {
            return false;
        }
        if (!migrated.get()) {
            try {
                MigrationInfo[] pending = flyway.info().pending();
                migrated.set(flyway.info().current() != null && pending.length == 0);
            } catch (RuntimeException e) {
                return false;
            }
        }
        return migrated.get();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    DatabaseSettings settings() {
        return settings;
    }

    boolean isPostgres() {
        return JdbcUrls.isPostgres(settings.url());
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + settings.maskedUrl() + "]";
    }
}
