package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.daemon.StopSignals;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.config.EffectiveConfig;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The daemon: runs until SIGTERM or Ctrl-C, then stops cleanly. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bridge daemon: the ESPF endpoint, the workers, health and metrics.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--print-config", arity = "0..1", fallbackValue = "yaml", paramLabel = "yaml|json",
            description = "Print the effective configuration (defaults and IPTV_BRIDGE_* overrides applied, secrets as "
                    + "****) and exit, without starting anything.")
    String printConfig;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (printConfig != null) {
            return print(printConfig.toLowerCase(Locale.ROOT));
        }
        IptvBridge bridge = config.open();
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            bridge.close();
            stopped.countDown();
        };
        // Signals stop the daemon before the JVM's (and H2's) shutdown hooks run; the hook covers the rest.
        StopSignals.install(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "iptv-bridge-shutdown"));
        bridge.daemon().start();
        stopped.await();
        return ExitCodes.OK;
    }

    private int print(String format) {
        if (!format.equals("yaml") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--print-config takes yaml or json, not '" + format + "'");
        }
        EffectiveConfig effective = EffectiveConfig.of(ConfigLoader.load(config.file, System.getenv()));
        spec.commandLine().getOut().println(format.equals("json") ? effective.json() : effective.yaml());
        return ExitCodes.OK;
    }
}
