package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.application.port.in.AcceptEventResult;
import dev.iptvbridge.application.port.in.AcceptEventUseCase;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.portabilling.espf.EspfDecoding;
import dev.iptvbridge.portabilling.espf.EspfWebhookDecoder;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /espf/events}. Answers 200 only once the event is stored (or was stored before, or is
 * of another environment), 4xx only for a request that can never succeed, and 503 when the event
 * cannot be stored, so that PortaBilling sends it again.
 */
public final class WebhookHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final EspfWebhookDecoder decoder;
    private final AcceptEventUseCase acceptEvent;
    private final WorkerPool workers;
    private final BridgeMetrics metrics;
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    @Inject
    public WebhookHandler(EspfWebhookDecoder decoder, AcceptEventUseCase acceptEvent, WorkerPool workers,
                          BridgeMetrics metrics) {
        this.decoder = decoder;
        this.acceptEvent = acceptEvent;
        this.workers = workers;
        this.metrics = metrics;
    }

    /** On shutdown: answer 503 so that PortaBilling keeps the event for later. */
    public void stopAccepting() {
        accepting.set(false);
    }

    public void handle(Context ctx) {
        if (!accepting.get()) {
            unavailable(ctx, "the bridge is shutting down");
            return;
        }
        Map<String, String> headers = ctx.headerMap();
        EspfDecoding decoding = decoder.decode(headers, ctx.bodyAsBytes());
        if (decoding instanceof EspfDecoding.Rejected rejected) {
            String outcome = rejected.rejection().name().toLowerCase(Locale.ROOT);
            metrics.eventReceived(outcome);
            LOG.warn("rejected an ESPF request from {}: {} ({})", ctx.ip(), rejected.message(), rejected.rejection());
            ctx.status(rejected.rejection().httpStatus()).json(Map.of("error", rejected.message()));
            return;
        }
        EspfDecoding.Accepted accepted = (EspfDecoding.Accepted) decoding;
        try {
            AcceptEventResult result = acceptEvent.accept(accepted.command());
            String outcome = result.name().toLowerCase(Locale.ROOT);
            metrics.eventReceived(outcome);
            if (result == AcceptEventResult.STORED) {
                workers.wake();
            } else if (result == AcceptEventResult.OTHER_ENVIRONMENT) {
                LOG.info("ignored event {} ({}) of another billing environment {}", accepted.command().eventId(),
                        accepted.command().type(), accepted.command().environment());
            }
            ctx.status(200).json(Map.of("result", outcome, "i_event", accepted.command().eventId()));
        } catch (RuntimeException failure) {
            LOG.error("could not store event {}: {}", accepted.command().eventId(), failure.getMessage());
            unavailable(ctx, "the event could not be stored; send it again later");
        }
    }

    private void unavailable(Context ctx, String message) {
        metrics.eventReceived("unavailable");
        ctx.status(503).header("Retry-After", "5").json(Map.of("error", message));
    }
}
