package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.StatusOutboxStats;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The meters operators watch, on the registry it is given: the daemon's Prometheus registry, or an
 * embedding host's own. Names are documented in docs/operations.md.
 */
public final class BridgeMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private volatile QueueStats lastStats = new QueueStats(0, 0, 0, java.util.Optional.empty());
    private volatile Instant statsReadAt = Instant.EPOCH;
    private final EventArrivals arrivals = new EventArrivals();
    private final AtomicLong lastSweepMillis = new AtomicLong();
    private final Timer eventLag;

    public BridgeMetrics(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
        // Every counter is there at 0 from the start, so that rate() and increase() see its first step.
        MeterNames.EVENT_OUTCOMES.forEach(outcome -> eventCounter(outcome));
        MeterNames.RECONCILE_OUTCOMES.forEach(outcome -> MeterNames.TRANSITIONS.forEach(transition ->
                reconcileCounter(outcome, transition)));
        this.eventLag = MeterNames.latency(Timer.builder("iptv_bridge_event_applied_lag_seconds"))
                .description("From an event's arrival to the end of the successful reconcile that used it")
                .register(registry);
        Gauge.builder("iptv_bridge_sweep_last_completed_timestamp_seconds", lastSweepMillis, millis -> millis.get() / 1000.0)
                .description("When the last drift sweep (a comparison of billing and Minerva) ended (Unix time; 0: none since start)")
                .register(registry);
    }

    /** Queue gauges read the queue at most once a second, however often they are scraped. */
    public void watchQueue(WorkQueuePort queue) {
        Supplier<QueueStats> stats = () -> {
            Instant now = clock.instant();
            if (Duration.between(statsReadAt, now).toMillis() >= 1000) {
                try {
                    lastStats = queue.stats();
                    statsReadAt = now;
                } catch (IntegrationException unavailable) {
                    // keep the last figures; /health/ready reports the database
                }
            }
            return lastStats;
        };
        // One series per state and lane: sum by (state) gives the depth as before there were lanes.
        for (QueueLane lane : QueueLane.values()) {
            String tag = lane.name().toLowerCase(Locale.ROOT);
            Gauge.builder("iptv_bridge_queue_entries", () -> stats.get().lane(lane).queued()).tag("state", "queued")
                    .tag("lane", tag).description("Accounts waiting for a reconcile").register(registry);
            Gauge.builder("iptv_bridge_queue_entries", () -> stats.get().lane(lane).claimed()).tag("state", "claimed")
                    .tag("lane", tag).description("Accounts being reconciled").register(registry);
            Gauge.builder("iptv_bridge_queue_entries", () -> stats.get().lane(lane).parked()).tag("state", "parked")
                    .tag("lane", tag).description("Accounts parked until an operator retries them").register(registry);
        }
        Gauge.builder("iptv_bridge_queue_oldest_age_seconds", () -> stats.get().oldestQueuedAt()
                        .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0)).orElse(0.0))
                .description("Age of the oldest waiting queue entry").register(registry);
    }

    /** HikariCP's own pool meters ({@code hikaricp_connections_*}) for the daemon's pool. */
    public void watchPool(dev.iptvbridge.persistence.Database database) {
        database.trackPool(new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(registry));
    }

    /** Status outbox gauges, read at most once a second like the queue's. */
    public void watchStatusOutbox(StatusOutboxPort outbox) {
        Supplier<StatusOutboxStats> stats = new CachedStats<>(clock, outbox::pendingStats,
                new StatusOutboxStats(0, java.util.Optional.empty()));
        Gauge.builder("iptv_bridge_status_reports_pending", () -> stats.get().pending())
                .description("Provisioning status reports PortaBilling has not accepted yet").register(registry);
        Gauge.builder("iptv_bridge_status_reports_oldest_age_seconds", () -> stats.get().oldestQueuedAt()
                        .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0)).orElse(0.0))
                .description("How long the oldest pending status report has waited").register(registry);
    }

    public void eventReceived(String outcome) {
        eventCounter(outcome).increment();
    }

    /** An event was stored by this process: its lag runs from now. */
    public void eventStored(long eventId) {
        arrivals.arrived(eventId, System.nanoTime());
    }

    /** A reconcile that used these events succeeded: each one this process stored is applied now. */
    public void eventsApplied(List<Long> eventIds) {
        long now = System.nanoTime();
        arrivals.take(eventIds).forEach(arrived -> eventLag.record(now - arrived, TimeUnit.NANOSECONDS));
    }

    /** The drift sweep queued every account. */
    public void sweepCompleted() {
        lastSweepMillis.set(clock.millis());
    }

    /** Registers the calls of one system at 0, so that their series exist before the first call. */
    public void expectCalls(String system, List<String> operations) {
        operations.forEach(operation -> callTimer(system, operation, "ok"));
    }

    public void reconciled(String outcome, String transition) {
        reconcileCounter(outcome, transition).increment();
    }

    private Counter eventCounter(String outcome) {
        return Counter.builder("iptv_bridge_events_received_total").tag("outcome", outcome)
                .description("ESPF events received, by outcome").register(registry);
    }

    private Counter reconcileCounter(String outcome, String transition) {
        return Counter.builder("iptv_bridge_reconciles_total").tag("outcome", outcome)
                .tag("transition", transition.toLowerCase(Locale.ROOT))
                .description("Account reconciles, by outcome and lifecycle transition").register(registry);
    }

    private Timer callTimer(String system, String operation, String status) {
        return MeterNames.latency(Timer.builder("iptv_bridge_" + system + "_call_seconds"))
                .tag("operation", operation).tag("status", status)
                .description("Calls to " + system + ", by operation and status").register(registry);
    }

    /** Times one remote call, tagged with the system, the operation and how it ended. */
    public <T> T timeCall(String system, String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String status = "ok";
        try {
            return call.get();
        } catch (RuntimeException failure) {
            status = statusOf(failure);
            throw failure;
        } finally {
            callTimer(system, operation, status).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    public void timeCall(String system, String operation, Runnable call) {
        timeCall(system, operation, () -> {
            call.run();
            return null;
        });
    }

    public MeterRegistry registry() {
        return registry;
    }

    private static String statusOf(RuntimeException failure) {
        return failure instanceof IntegrationException integration ? integration.accept(FAILURE_STATUS) : "error";
    }

    private static final IntegrationException.Visitor<String> FAILURE_STATUS = new IntegrationException.Visitor<>() {
        @Override
        public String transientFailure(TransientFailure failure) {
            return "transient";
        }

        // Not sent: the system's circuit breaker is open.
        @Override
        public String unavailable(SystemUnavailable failure) {
            return "unavailable";
        }

        @Override
        public String permanent(PermanentFailure failure) {
            return "permanent";
        }

        @Override
        public String notFound(NotFoundFailure failure) {
            return "not_found";
        }
    };
}
