package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.DatabaseSettings;
import dev.iptvbridge.persistence.SchemaMismatchException;
import dev.iptvbridge.persistence.SchemaState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * How the commands that only read open the bridge: the schema is looked at first without creating
 * anything (an H2 file that is not there stays not there), and only a current schema is opened. A
 * missing or older schema is refused with a sentence naming {@code migrate}; nothing is ever migrated here.
 */
final class ReadOnlyDatabase {

    private ReadOnlyDatabase() {
    }

    /** @throws SchemaMismatchException (exit 4) when the schema is missing, older or newer than this release's */
    static IptvBridge open(Path file, Map<String, String> environment, String command) {
        BridgeConfig config = ConfigLoader.load(file, environment);
        BridgeConfig.DatabaseConfig db = config.database();
        DatabaseSettings settings = new DatabaseSettings(db.url(), db.username(), db.password(), db.maxPoolSize());
        SchemaState state = Database.inspect(settings);
        Optional<String> refusal = state.accept(new Refusal(settings.maskedUrl(), command,
                "iptv-bridge migrate --config " + file));
        if (refusal.isPresent()) {
            throw new SchemaMismatchException(refusal.get(), state);
        }
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC());
    }

    private record Refusal(String where, String command, String migrate) implements SchemaState.Visitor<Optional<String>> {

        @Override
        public Optional<String> current(SchemaState.Current current) {
            return Optional.empty();
        }

        @Override
        public Optional<String> missing(SchemaState.Missing missing) {
            return Optional.of("the database at " + where + " has no IPTV Bridge schema yet (this release's is version "
                    + missing.codeVersion() + "), and `" + command + "` only reads: it never creates or migrates one. "
                    + "Check database.url, or create the schema with `" + migrate + "`");
        }

        @Override
        public Optional<String> behind(SchemaState.Behind behind) {
            return Optional.of("the database at " + where + " has schema version " + behind.databaseVersion()
                    + ", older than this release's " + behind.codeVersion() + ", and `" + command + "` only reads: "
                    + "it never migrates. Bring the schema up to date with `" + migrate + "`");
        }

        @Override
        public Optional<String> ahead(SchemaState.Ahead ahead) {
            return Optional.of("the database at " + where + " has schema version " + ahead.databaseVersion()
                    + ", newer than this release's " + ahead.codeVersion() + ": a newer IPTV Bridge migrated it. "
                    + "Run `" + command + "` with that release (or a newer one)");
        }
    }
}
