package dev.iptvbridge.bootstrap.cli.archviolation;

import dev.iptvbridge.bootstrap.http.WebhookHandler;

/** Breaks the room rules on purpose: a command that reaches into the HTTP server and wires for itself. */
public final class CommandThatUsesTheHttpServer {

    void run(WebhookHandler handler, com.google.inject.Injector injector) {
        handler.stopAccepting();
        injector.getAllBindings();
    }
}
