package dev.iptvbridge.sandbox.minerva;

import java.time.Duration;

/** What the fault plan tells the simulator to do with one request. */
sealed interface FaultAction {

    /** Answer normally. */
    record Proceed() implements FaultAction { }

    /** Answer an error with this status without applying anything. */
    record Fail(int status) implements FaultAction { }

    /** Answer this raw body without applying anything (a proxy page, a truncated answer). */
    record Raw(int status, String contentType, String body) implements FaultAction { }

    /** Hold the request for {@code hold}; apply the change first or not at all. */
    record Hold(Duration hold, boolean applyChange) implements FaultAction { }

    /** Apply the change, then close the connection without answering. */
    record DropAfterApply() implements FaultAction { }

    FaultAction PROCEED = new Proceed();
}
