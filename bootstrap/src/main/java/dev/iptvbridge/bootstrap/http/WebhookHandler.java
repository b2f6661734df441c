package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.embedded.internal.espf.EspfAnswer;
import dev.iptvbridge.embedded.internal.espf.EspfIntake;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/**
 * {@code POST /espf/events} on Javalin: hands headers and body to the framework-free {@link EspfIntake}
 * (the same one an embedding host calls) and writes its answer back.
 */
public final class WebhookHandler {

    private final EspfIntake intake;

    @Inject
    public WebhookHandler(EspfIntake intake) {
        this.intake = intake;
    }

    /** On shutdown: answer 503 so that PortaBilling keeps the event for later. */
    public void stopAccepting() {
        intake.stopAccepting();
    }

    public void handle(Context ctx) {
        EspfAnswer answer = intake.handle(ctx.headerMap(), ctx.bodyAsBytes(), ctx.ip());
        answer.headers().forEach(ctx::header);
        ctx.status(answer.status()).contentType("application/json").result(answer.json());
    }
}
