package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAllResult;
import dev.iptvbridge.application.port.in.ReconcileAllUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Queues every account for a reconcile, showing progress; the daemon's workers do the rest. */
@Command(name = "reconcile-all", mixinStandardHelpOptions = true,
        description = "Queue every billing account and every Minerva customer for a reconcile (repairs any drift).")
public final class ReconcileAllCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openMigrated()) {
            ReconcileAllResult result;
            if (format.json()) {
                // A program reads the answer; a progress bar would only be noise on its standard error.
                result = bridge.use(ReconcileAllUseCase.class).reconcileAll((done, total, what) -> { });
            } else {
                try (ProgressBar bar = new ProgressBar("queueing", -1)) {
                    result = bridge.use(ReconcileAllUseCase.class).reconcileAll((done, total, what) -> {
                        bar.maxHint(total);
                        bar.stepTo(done);
                        bar.setExtraMessage(what);
                    });
                }
            }
            ReconcileAllView view = ReconcileAllView.of(result);
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }
}
