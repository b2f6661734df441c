package dev.iptvbridge.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** Prints the explain view of one account as JSON; changes nothing. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show what billing says, what Minerva holds, the plan, the queue state and recent audit of an account.")
public final class ExplainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ACCOUNT", description = "The account's i_account.")
    long account;

    @Override
    public Integer call() throws JsonProcessingException {
        try (IptvBridge bridge = config.openMigrated()) {
            spec.commandLine().getOut().println(JSON.writeValueAsString(ExplainView.of(bridge.use(ExplainAccountUseCase.class).explain(account))));
            return ExitCodes.OK;
        }
    }
}
