package dev.iptvbridge.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code catalog import} and {@code catalog check}: the catalog against the two live systems (docs/catalog.md). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Write a starting catalog from Minerva and PortaBilling, or check a catalog against them.",
        subcommands = {CatalogImportCommand.class, CatalogCheckCommand.class})
public final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
