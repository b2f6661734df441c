package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReloadCatalogUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.BridgeConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Asks every daemon running on the database to read its catalog file again now. */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Ask every bridge running on the database to read its catalog file again, check it and switch.")
public final class CatalogReloadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    /** The JSON shape of the answer. */
    record ReloadView(long request, String pollInterval) {
        String sentence() {
            return "catalog reload request " + request + " recorded: every running bridge on this database reads its"
                    + " catalog file within " + pollInterval + " (maintenance.catalogPollInterval) and switches if it"
                    + " passes its check; a refusal shows in its log, its metrics and /health/ready";
        }
    }

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openReadOnly("catalog reload")) {
            long request = bridge.use(ReloadCatalogUseCase.class).requestReload();
            ReloadView view = new ReloadView(request, bridge.use(BridgeConfig.class).maintenance().catalogPollInterval()
                    .toString().substring(2).toLowerCase(java.util.Locale.ROOT));
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }
}
