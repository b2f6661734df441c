package dev.iptvbridge.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The catalog's commands (docs/catalog.md); each is a subcommand in a file of its own. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Write a starting catalog, check one against Minerva and PortaBilling, see what a change"
                + " touches, and switch the bridges on a database to a changed one.",
        subcommands = {CatalogImportCommand.class, CatalogCheckCommand.class, CatalogDiffCommand.class,
                CatalogReloadCommand.class})
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name what to do with the catalog: "
                + String.join(", ", spec.subcommands().keySet()) + " (see catalog --help)");
    }
}
