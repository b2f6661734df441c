package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The bridge's database: a connection pool (its own, or a host's {@link DataSource}), Jdbi over
 * it, and the schema migrations. Opening does not touch the schema; {@link #migrate()} does, when
 * the caller says so. {@link #close()} closes only a pool the bridge opened itself.
 */
public final class Database implements AutoCloseable {

    static final String MIGRATIONS = "classpath:db/migration/iptvbridge";
    static final String HISTORY_TABLE = "iptv_bridge_schema_history";
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private final String where;
    private final DataSource pool;
    private final HikariDataSource ownPool;
    private final Jdbi jdbi;
    private final Flyway flyway;
    private final AtomicBoolean migrated = new AtomicBoolean();
    private volatile Boolean postgres;

    private Database(String where, DataSource pool, HikariDataSource ownPool, Boolean postgres) {
        this.where = where;
        this.pool = pool;
        this.ownPool = ownPool;
        this.postgres = postgres;
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
        return newOwn(settings.maskedUrl(), new HikariDataSource(config), JdbcUrls.isPostgres(settings.url()));
    }

    /**
     * Over a host's own pool (H2 or PostgreSQL), which stays the host's: {@link #close()} leaves it
     * open. Which database it is, is asked of the first connection the queue takes, not here.
     */
    public static Database open(DataSource hostPool) {
        requireNonNull(hostPool, "hostPool is null");
        return new Database("the host's DataSource", hostPool, null, null);
    }

    private static Database newOwn(String where, HikariDataSource pool, boolean postgres) {
        return new Database(where, pool, pool, postgres);
    }

    /**
     * Hands the pool's figures (connections active, idle, pending, wait times) to a metrics tracker,
     * once; a host's own pool is the host's to measure, so nothing happens for it.
     */
    public void trackPool(com.zaxxer.hikari.metrics.MetricsTrackerFactory tracker) {
        requireNonNull(tracker, "tracker is null");
        if (ownPool != null && ownPool.getMetricsTrackerFactory() == null) {
            ownPool.setMetricsTrackerFactory(tracker);
        }
    }

    /**
     * Applies the migrations not yet applied; running it again applies nothing.
     *
     * @throws SchemaMismatchException when the schema is newer than this code: it is never taken down
     */
    public MigrationReport migrate() {
        SchemaInspection.refuseDowngrade(schema(), where);
        try {
            MigrateResult result = flyway.migrate();
            migrated.set(true);
            MigrationInfo current = flyway.info().current();
            return new MigrationReport(result.migrationsExecuted, current == null ? "" : current.getVersion().getVersion());
        } catch (RuntimeException e) {
            throw Failures.translate("migrate the schema of " + where, e);
        }
    }

    /**
     * How the schema compares with this code's migrations; reads only.
     *
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the database cannot be read
     */
    public SchemaState schema() {
        return SchemaInspection.of(flyway, where);
    }

    /**
     * As {@link #schema()}, before opening a pool, and never creating anything: an H2 file that is not
     * there is {@link SchemaState.Missing} and stays not there. For the commands that only read.
     */
    public static SchemaState inspect(DatabaseSettings settings) {
        requireNonNull(settings, "settings is null");
        Flyway readOnly = Flyway.configure(Database.class.getClassLoader())
                .dataSource(JdbcUrls.existingOnly(settings.url()), settings.username().isEmpty() ? null : settings.username(),
                        settings.password().isEmpty() ? null : settings.password())
                .locations(MIGRATIONS).table(HISTORY_TABLE).load();
        return SchemaInspection.of(readOnly, settings.maskedUrl());
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

    /** The pool itself, for the statements that bypass Jdbi (a store's, {@link InboxWriter}). */
    DataSource pool() {
        return pool;
    }

    /** Where the database is, for messages: the masked URL, or the host's pool. */
    String where() {
        return where;
    }

    boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = pool.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw Failures.translate("read which database " + where + " is", new ConnectionException(e));
            }
            postgres = known;
        }
        return known;
    }

    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    @Override
    public String toString() {
        return "Database[" + where + "]";
    }
}
