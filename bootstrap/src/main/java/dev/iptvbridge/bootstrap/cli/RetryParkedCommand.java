package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** Sends parked entries round again: one account, or all of them. */
@Command(name = "retry-parked", mixinStandardHelpOptions = true,
        description = "Queue parked accounts again (all of them, or the one given); the daemon's workers pick them up.")
public final class RetryParkedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "Only this i_account.")
    Long account;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openMigrated()) {
            int retried = bridge.use(ManageParkedUseCase.class)
                    .retryParked(account == null ? OptionalLong.empty() : OptionalLong.of(account));
            RetryParkedView view = new RetryParkedView(retried, account);
            format.print(spec.commandLine().getOut(), view, view::sentence);
            return ExitCodes.OK;
        }
    }
}
