package dev.iptvbridge.persistence;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/** Compares a database's migration history with the code's migrations, reading only. */
final class SchemaInspection {

    // H2: "database not found" when a URL says IFEXISTS=TRUE (embedded, and through AUTO_SERVER or TCP).
    private static final Set<Integer> H2_NOT_FOUND = Set.of(90146, 90013, 90149);
    private static volatile String codeVersion;

    private SchemaInspection() {
    }

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when the database cannot be read */
    static SchemaState of(Flyway flyway, String where) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException failure) {
            if (notFound(failure)) {
                return new SchemaState.Missing(codeVersion());
            }
            throw Failures.translate("read the schema version of the database at " + where, failure);
        }
        // Resolved migrations are the code's; applied ones it does not ship are a newer release's.
        MigrationVersion newestCode = Arrays.stream(info.all()).filter(m -> m.isVersioned() && m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        String code = newestCode.getVersion() == null ? "" : newestCode.getVersion();
        MigrationInfo[] applied = info.applied();
        MigrationVersion newestApplied = Arrays.stream(applied).filter(MigrationInfo::isVersioned)
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElse(null);
        if (newestApplied == null) {
            return new SchemaState.Missing(code);
        }
        if (newestApplied.compareTo(newestCode) > 0) {
            return new SchemaState.Ahead(newestApplied.getVersion(), code);
        }
        if (info.pending().length > 0) {
            return new SchemaState.Behind(newestApplied.getVersion(), code);
        }
        return new SchemaState.Current(code);
    }

    /** @throws SchemaMismatchException when the database is newer than the code */
    static void refuseDowngrade(SchemaState state, String where) {
        state.accept(new SchemaState.Visitor<Void>() {
            @Override
            public Void current(SchemaState.Current current) {
                return null;
            }

            @Override
            public Void missing(SchemaState.Missing missing) {
                return null;
            }

            @Override
            public Void behind(SchemaState.Behind behind) {
                return null;
            }

            @Override
            public Void ahead(SchemaState.Ahead ahead) {
                throw new SchemaMismatchException("the database at " + where + " has schema version "
                        + ahead.databaseVersion() + ", newer than this IPTV Bridge's " + ahead.codeVersion()
                        + ": a newer release migrated it, and a schema is never taken down. Run that release "
                        + "(or a newer one), or restore a backup taken before it migrated", ahead);
            }
        });
    }

    /**
     * The newest migration this code ships, when there is no database to ask: Flyway lists them
     * against an empty in-memory H2 database (H2 is there, since the database missing is an H2 file).
     */
    static String codeVersion() {
        String known = codeVersion;
        if (known == null) {
            MigrationInfo[] pending = Flyway.configure(Database.class.getClassLoader())
                    .dataSource("jdbc:h2:mem:iptv-bridge-code-version", "sa", null)
                    .locations(Database.MIGRATIONS).table(Database.HISTORY_TABLE).load().info().pending();
            known = Arrays.stream(pending).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo)
                    .map(MigrationVersion::getVersion).orElse("");
            codeVersion = known;
        }
        return known;
    }

    private static boolean notFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_NOT_FOUND.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
