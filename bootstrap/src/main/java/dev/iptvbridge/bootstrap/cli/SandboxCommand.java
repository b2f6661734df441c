package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.demo.DataDirectoryInUseException;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.bootstrap.demo.Walkthrough;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The bridge on its embedded defaults between the two simulators, with a printed walk-through. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the bridge (H2 under ./data/sandbox) with PortaBilling and Minerva simulators in this process, "
                + "seeded with a demo world, and print the commands that walk an account through its life.")
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--http-port", defaultValue = "8080", description = "The bridge's port (default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--portabilling-port", defaultValue = "8088", description = "Default ${DEFAULT-VALUE}.")
    int portaBillingPort;

    @Option(names = "--minerva-port", defaultValue = "9090", description = "Default ${DEFAULT-VALUE}.")
    int minervaPort;

    @Option(names = "--data", defaultValue = "data/sandbox", paramLabel = "DIR",
            description = "Where the database and configuration go (default ${DEFAULT-VALUE}); one sandbox per directory.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        SandboxWorld world;
        try {
            world = SandboxWorld.start(new SandboxOptions(httpPort, portaBillingPort, minervaPort, data, Map.of()));
        } catch (DataDirectoryInUseException busy) {
            spec.commandLine().getErr().println("iptv-bridge: " + busy.getMessage());
            return ExitCodes.TRY_AGAIN;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            world.close();
            stopped.countDown();
        }, "iptv-bridge-sandbox-shutdown"));
        System.out.println(Walkthrough.text(world));
        stopped.await();
        return ExitCodes.OK;
    }
}
