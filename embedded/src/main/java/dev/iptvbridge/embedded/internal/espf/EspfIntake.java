package dev.iptvbridge.embedded.internal.espf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.in.AcceptEventResult;
import dev.iptvbridge.application.port.in.AcceptEventUseCase;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.portabilling.espf.EspfDecoding;
import dev.iptvbridge.portabilling.espf.EspfWebhookDecoder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ESPF webhook without an HTTP framework: headers and body in, an {@link EspfAnswer} out, never
 * an exception. Answers 200 only once the event is stored (or was stored before, or is of another
 * environment), 4xx only for a request that can never succeed, and 503 when the event cannot be
 * stored, so that PortaBilling sends it again. The daemon's route and an embedding host both call it.
 */
@Singleton
public final class EspfIntake {

    private static final Logger LOG = LoggerFactory.getLogger(EspfIntake.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EspfWebhookDecoder decoder;
    private final AcceptEventUseCase acceptEvent;
    private final WorkerPool workers;
    private final BridgeMetrics metrics;
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private volatile boolean wakeWorkers = true;

    @Inject
    public EspfIntake(EspfWebhookDecoder decoder, AcceptEventUseCase acceptEvent, WorkerPool workers,
                      BridgeMetrics metrics) {
        this.decoder = decoder;
        this.acceptEvent = acceptEvent;
        this.workers = workers;
        this.metrics = metrics;
    }

    /**
     * With a settle delay, an entry a store queues is due only later, when the workers' own poll finds it:
     * waking every idle worker on every event would only make each of them claim nothing, a database
     * transaction per worker per event under a burst.
     */
    @Inject
    void settleDelay(BridgeConfig config) {
        wakeWorkers = config.queue().settleDelay().isZero();
    }

    /** On shutdown: answer 503 so that PortaBilling keeps the event for later. */
    public void stopAccepting() {
        accepting.set(false);
    }

    /**
     * @param headers one value per name, looked up without regard to case
     * @param from    the caller's address, for the log only
     */
    public EspfAnswer handle(Map<String, String> headers, byte[] body, String from) {
        try {
            return accept(headers, body, from);
        } catch (RuntimeException unexpected) {
            // Never throw into the host's HTTP framework: PortaBilling sends again on a 503.
            LOG.error("could not handle an ESPF request from {}: {}", from, unexpected.toString());
            return unavailable("the event could not be handled; send it again later");
        }
    }

    private EspfAnswer accept(Map<String, String> headers, byte[] body, String from) {
        if (!accepting.get()) {
            return unavailable("the bridge is shutting down");
        }
        return decoder.decode(headers, body).accept(new EspfDecoding.Visitor<EspfAnswer>() {
            @Override
            public EspfAnswer accepted(EspfDecoding.Accepted accepted) {
                return store(accepted);
            }

            @Override
            public EspfAnswer rejected(EspfDecoding.Rejected rejected) {
                return reject(rejected, from);
            }
        });
    }

    private EspfAnswer reject(EspfDecoding.Rejected rejected, String from) {
        String outcome = rejected.rejection().name().toLowerCase(Locale.ROOT);
        metrics.eventReceived(outcome);
        LOG.warn("rejected an ESPF request from {}: {} ({})", from, rejected.message(), rejected.rejection());
        return answer(rejected.rejection().httpStatus(), Map.of(), Map.of("error", rejected.message()));
    }

    private EspfAnswer store(EspfDecoding.Accepted accepted) {
        try {
            AcceptEventResult result = acceptEvent.accept(accepted.command());
            String outcome = result.name().toLowerCase(Locale.ROOT);
            metrics.eventReceived(outcome);
            if (result == AcceptEventResult.STORED) {
                metrics.eventStored(accepted.command().eventId());
                if (wakeWorkers) {
                    workers.wake();
                }
            } else if (result == AcceptEventResult.OTHER_ENVIRONMENT) {
                LOG.info("ignored event {} ({}) of another billing environment {}", accepted.command().eventId(),
                        accepted.command().type(), accepted.command().environment().isPresent()
                                ? String.valueOf(accepted.command().environment().getAsInt()) : "(none given)");
            }
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("result", outcome);
            stored.put("i_event", accepted.command().eventId());
            return answer(200, Map.of(), stored);
        } catch (RuntimeException failure) {
            LOG.error("could not store event {}: {}", accepted.command().eventId(), failure.getMessage());
            return unavailable("the event could not be stored; send it again later");
        }
    }

    private EspfAnswer unavailable(String message) {
        metrics.eventReceived("unavailable");
        return answer(503, Map.of("Retry-After", "5"), Map.of("error", message));
    }

    private static EspfAnswer answer(int status, Map<String, String> headers, Map<String, Object> body) {
        try {
            return new EspfAnswer(status, headers, JSON.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            return new EspfAnswer(status, headers, "{}");
        }
    }
}
