package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.internal.view.ExplainJson;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the explain view of one account, for people or as the JSON {@code GET /accounts/{i_account}}
 * answers; changes nothing, and never creates or migrates the database.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show what billing says, what Minerva holds, the plan, the queue state, the last applied state "
                + "and recent audit of an account. Billing or Minerva being down is said, not fatal.")
public final class ExplainCommand implements Callable<Integer> {

    /** How the view is printed. */
    public enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ACCOUNT", description = "The account's i_account.")
    long account;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default, for people) or json (exactly what GET /accounts/{i_account} answers).")
    Format format;

    @Override
    public Integer call() {
        try (IptvBridge bridge = config.openReadOnly("explain")) {
            ExplainView view = ExplainView.of(bridge.use(ExplainAccountUseCase.class).explain(account));
            if (format == Format.json) {
                spec.commandLine().getOut().println(ExplainJson.write(view));
            } else {
                spec.commandLine().getOut().print(ExplainText.of(view));
            }
            return ExitCodes.OK;
        }
    }
}
