package dev.iptvbridge.bootstrap.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's own figures bound by hand: Micrometer's jetty12 binder is built against Jetty 12.0, the
 * listener runs Jetty 12.1. A {@link StatisticsHandler} in front of Javalin counts requests and
 * responses by class; the server's thread pool reports its threads and queue.
 */
final class JettyMetrics {

    private final StatisticsHandler statistics = new StatisticsHandler();

    /** Puts the statistics handler in front of whatever Javalin installs, and binds the meters. */
    void install(Server server, MeterRegistry registry) {
        server.setHandler(statistics);
        FunctionCounter.builder("jetty_requests_total", statistics, StatisticsHandler::getRequestTotal)
                .description("HTTP requests received").register(registry);
        FunctionCounter.builder("jetty_request_seconds_total", statistics, s -> s.getRequestTimeTotal() / 1e9)
                .description("Time spent in requests, summed").register(registry);
        gauge(registry, "jetty_requests_active", "Requests being handled", s -> s.getRequestsActive());
        responses(registry, "1xx", StatisticsHandler::getResponses1xx);
        responses(registry, "2xx", StatisticsHandler::getResponses2xx);
        responses(registry, "3xx", StatisticsHandler::getResponses3xx);
        responses(registry, "4xx", StatisticsHandler::getResponses4xx);
        responses(registry, "5xx", StatisticsHandler::getResponses5xx);
        FunctionCounter.builder("jetty_request_failures_total", statistics, StatisticsHandler::getFailures)
                .description("Requests that failed before a response was complete").register(registry);
        if (server.getThreadPool() instanceof QueuedThreadPool pool) {
            Gauge.builder("jetty_threads_max", pool, QueuedThreadPool::getMaxThreads).register(registry);
            Gauge.builder("jetty_threads_busy", pool, QueuedThreadPool::getBusyThreads).register(registry);
            Gauge.builder("jetty_threads_idle", pool, QueuedThreadPool::getIdleThreads).register(registry);
            Gauge.builder("jetty_threads_queued_jobs", pool, QueuedThreadPool::getQueueSize)
                    .description("Jobs waiting for a thread").register(registry);
        }
    }

    private void responses(MeterRegistry registry, String status, ToDoubleFunction<StatisticsHandler> count) {
        FunctionCounter.builder("jetty_responses_total", statistics, count).tag("status", status)
                .description("HTTP responses, by status class").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<StatisticsHandler> value) {
        Gauge.builder(name, statistics, value).description(description).register(registry);
    }
}
