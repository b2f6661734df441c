package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.persistence.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Brings the database schema up to date; safe to run while daemons run. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create or update the database schema.")
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.open()) {
            MigrationView view = MigrationView.of(bridge.use(Database.class).migrate());
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }
}
