package dev.iptvbridge.bootstrap.console;

import io.javalin.http.Context;

/** A console page, given the signed-in operator's session. */
@FunctionalInterface
interface ConsoleHandler {

    void handle(Context ctx, ConsoleSession session) throws Exception;
}
