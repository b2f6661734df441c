package dev.iptvbridge.bootstrap.console;

import io.javalin.http.Context;

/** A change an operator asks for: described before it is confirmed, then run; the result is HTML. */
interface ConsoleAction {

    /** What confirming will do, in a sentence (the form's fields are in {@code ctx}). */
    String describe(Context ctx);

    /** Does it, audits it with the session's user, and answers the result page's body. */
    String run(Context ctx, ConsoleSession session) throws Exception;
}
