package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.internal.view.CatalogCheckView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Checks the configured catalog against Minerva's packages and PortaBilling's products and prints each
 * finding with its line, the problem and the fix. Exit 0 with warnings only, 3 with errors, 1 when a
 * system cannot be read. Changes nothing, touches no database.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the catalog against Minerva and PortaBilling: errors exit 3, warnings alone exit 0.")
public final class CatalogCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.open()) {
            Path file = bridge.config().catalog();
            CatalogCheckResult result = bridge.use(CheckCatalogUseCase.class).check(bridge.use(Catalog.class));
            CatalogCheckView view = CatalogCheckView.of(result, file);
            format.print(spec.commandLine().getOut(), view, () -> text(view, file));
            return result.hasErrors() ? ExitCodes.CONFIG : ExitCodes.OK;
        }
    }

    private static String text(CatalogCheckView view, Path file) {
        StringBuilder text = new StringBuilder();
        view.lines(file).forEach(line -> text.append(line).append('\n'));
        if (view.errors().isEmpty() && view.warnings().isEmpty()) {
            return text.append(file).append(" fits Minerva and PortaBilling: no error, no warning.\n").toString();
        }
        return text.append(view.errors().size()).append(" error(s), ").append(view.warnings().size())
                .append(" warning(s) in ").append(file).append(view.errors().isEmpty()
                        ? ": the daemon starts with it." : ": the daemon refuses it until they are fixed"
                        + " (or catalogCheck: warn).").append('\n').toString();
    }
}
