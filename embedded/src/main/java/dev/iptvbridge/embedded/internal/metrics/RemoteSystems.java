package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.RemoteSystemsPort;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote systems' availability, from their circuit breakers: what the workers ask before
 * claiming, what {@code /health/ready} and the gauges show. While started, it probes every system
 * that is not up once a {@link #TICK}, so that one that is down is tried again even with an empty
 * queue, and says so in a WARN line once a {@link #WARN_EVERY}.
 */
public final class RemoteSystems implements RemoteSystemsPort {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSystems.class);
    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final List<String> STATES = List.of("CLOSED", "OPEN", "HALF_OPEN");

    private final List<RemoteSystemCheck> checks;
    private ScheduledExecutorService scheduler;

    public RemoteSystems(List<RemoteSystemCheck> checks, MeterRegistry registry) {
        this.checks = List.copyOf(checks);
        for (RemoteSystemCheck check : this.checks) {
            Gauge.builder("iptv_bridge_remote_system_up", () -> check.available().getAsBoolean() ? 1 : 0)
                    .tag("system", check.system().id())
                    .description("1 while the remote system takes calls (its circuit breaker is closed), else 0")
                    .register(registry);
            for (String state : STATES) {
                Gauge.builder("iptv_bridge_remote_system_breaker_state", () -> state.equals(check.state().get()) ? 1 : 0)
                        .tag("system", check.system().id()).tag("state", state.toLowerCase(java.util.Locale.ROOT))
                        .description("1 for the circuit breaker's current state, per remote system").register(registry);
            }
        }
    }

    @Override
    public Set<RemoteSystem> unavailable() {
        Set<RemoteSystem> down = EnumSet.noneOf(RemoteSystem.class);
        for (RemoteSystemCheck check : checks) {
            if (!check.available().getAsBoolean()) {
                down.add(check.system());
            }
        }
        return down;
    }

    public List<RemoteSystemCheck> checks() {
        return checks;
    }

    /** Starts probing and warning: one thread per system, so that a slow probe of one delays no other. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newScheduledThreadPool(checks.size(), runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-probe");
            thread.setDaemon(true);
            return thread;
        });
        for (RemoteSystemCheck check : checks) {
            Watch watch = new Watch(check);
            scheduler.scheduleWithFixedDelay(watch::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    /** One system's watch: the probe, and the log lines when it goes down, stays down and comes back. */
    private static final class Watch {

        private final RemoteSystemCheck check;
        private long downSince = -1;
        private long lastWarn;

        Watch(RemoteSystemCheck check) {
            this.check = check;
        }

        void tick() {
            try {
                long now = System.nanoTime();
                if (check.available().getAsBoolean()) {
                    if (downSince >= 0) {
                        LOG.info("{} at {} answers again after {} s down: the workers claim work again",
                                check.system().id(), check.url(), seconds(now - downSince));
                        downSince = -1;
                    }
                    return;
                }
                if (downSince < 0) {
                    downSince = now;
                    lastWarn = now - WARN_EVERY.toNanos();
                }
                if (now - lastWarn >= WARN_EVERY.toNanos()) {
                    lastWarn = now;
                    LOG.warn("{} at {} is down (circuit breaker {}) for {} s: no work is claimed, no attempt is spent,"
                                    + " the bridge probes it every {} s; last failure: {}", check.system().id(),
                            check.url(), check.state().get(), seconds(now - downSince), TICK.toSeconds(),
                            check.lastFailure().get().orElse("none recorded"));
                }
                check.probe().run();
            } catch (RuntimeException unexpected) {
                // a scheduled task that throws is never run again: keep watching
                LOG.warn("probing {} failed unexpectedly: {}", check.system().id(), unexpected.toString());
            }
        }

        private static long seconds(long nanos) {
            return TimeUnit.NANOSECONDS.toSeconds(nanos);
        }
    }
}
