package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.daemon.StopSignals;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The daemon: runs until SIGTERM or Ctrl-C, then stops cleanly. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bridge daemon: the ESPF endpoint, the workers, health and metrics.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws InterruptedException {
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
}
