package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.ConfigException;
import dev.iptvbridge.persistence.SchemaMismatchException;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorCommand;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar iptv-bridge.jar COMMAND}: the daemon, the sandbox and the operator's commands. */
@Command(name = "iptv-bridge", mixinStandardHelpOptions = true, version = "IPTV Bridge 0.1.0",
        description = "Keeps the Minerva IPTV platform in step with PortaBilling.",
        subcommands = {RunCommand.class, SandboxCommand.class, ReconcileCommand.class, ReconcileAllCommand.class,
            ExplainCommand.class, HistoryCommand.class, RevenueCommand.class, ParkedCommand.class, RetryParkedCommand.class,
            MigrateCommand.class, ChargesCommand.class, RetryChargesCommand.class, MinervaSimulatorCommand.class,
            PortaBillingSimulatorCommand.class, CatalogCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the operation failed, 2 bad usage, 3 configuration not usable, "
                + "4 database unavailable."})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // An embedded H2 serves its file to the operator's tools on a port: keep that port on loopback.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            Throwable cause = IptvBridge.causeOf(failure);
            commandLine.getErr().println("iptv-bridge: " + cause.getMessage());
            if (cause instanceof ConfigException) {
                return ExitCodes.CONFIG;
            }
            if (cause instanceof SchemaMismatchException) {
                return ExitCodes.DATABASE;
            }
            if (cause instanceof IntegrationException && String.valueOf(cause.getMessage()).toLowerCase().contains("database")) {
                return ExitCodes.DATABASE;
            }
            return ExitCodes.FAILED;
        });
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
