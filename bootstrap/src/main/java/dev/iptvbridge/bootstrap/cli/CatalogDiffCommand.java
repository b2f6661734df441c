package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.application.port.in.DiffCatalogQuery;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Shows what a new catalog changes and which accounts it touches, before anything happens. Reads the
 * bridge's own record of each account's products: nothing from PortaBilling or Minerva.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changes from the OLD catalog file to the NEW one and which accounts it touches,"
                + " from the bridge's own record of their products (nothing is read from PortaBilling).")
public final class CatalogDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The catalog file in use.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The catalog file to compare with it.")
    Path after;

    @Mixin
    ConfigOption config;

    @Option(names = "--output", paramLabel = "FILE.json",
            description = "Also write the whole answer as JSON to this file (every affected account).")
    Path output;

    @Option(names = "--sample", defaultValue = "5", paramLabel = "N",
            description = "Describe this many affected accounts in full, 0 or more (default ${DEFAULT-VALUE}).")
    int sample;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (sample < 0) {
            throw new ParameterException(spec.commandLine(), "--sample must be 0 or more (it was " + sample
                    + "): it is how many affected accounts to describe in full");
        }
        Catalog old = CatalogLoader.load(before);
        Catalog next = CatalogLoader.load(after);
        try (IptvBridge bridge = config.openReadOnly("catalog diff")) {
            CatalogDiffResult result = bridge.use(DiffCatalogUseCase.class).diff(new DiffCatalogQuery(old, next, sample));
            CatalogDiffView view = CatalogDiffView.of(result);
            if (output != null) {
                write(view);
            }
            format.print(spec.commandLine().getOut(), view, () -> CatalogDiffText.of(view, output));
            return ExitCodes.OK;
        }
    }

    private void write(CatalogDiffView view) {
        try {
            Files.writeString(output, Json.of(view) + "\n", StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new ConfigException("--output " + output.toAbsolutePath() + " cannot be written (" + unwritable
                    + "): name a file in a directory you can write to");
        }
    }
}
