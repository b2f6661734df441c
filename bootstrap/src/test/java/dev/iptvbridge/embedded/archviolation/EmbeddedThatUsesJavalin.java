package dev.iptvbridge.embedded.archviolation;

/** Breaks the embedded and HTTP room rules on purpose: Javalin outside the daemon's HTTP server. */
public final class EmbeddedThatUsesJavalin {

    String path(io.javalin.http.Context ctx) {
        return ctx.path();
    }
}
