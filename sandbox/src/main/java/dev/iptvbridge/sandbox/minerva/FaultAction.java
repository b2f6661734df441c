package dev.iptvbridge.sandbox.minerva;

import java.time.Duration;

/** What the fault plan tells the simulator to do with one request. */
sealed interface FaultAction {

    FaultAction PROCEED = new Proceed();

    /** Calls the visitor's method for this action; a new action fails to compile until every visitor has one. */
    <R> R accept(Visitor<R> visitor);

    /** One method per action. */
    interface Visitor<R> {
        R proceed(Proceed action);

        R fail(Fail action);

        R raw(Raw action);

        R hold(Hold action);

        R dropAfterApply(DropAfterApply action);
    }

    /** Answer normally. */
    record Proceed() implements FaultAction {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.proceed(this);
        }
    }

    /** Answer an error with this status without applying anything. */
    record Fail(int status) implements FaultAction {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fail(this);
        }
    }

    /** Answer this raw body without applying anything (a proxy page, a truncated answer). */
    record Raw(int status, String contentType, String body) implements FaultAction {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.raw(this);
        }
    }

    /** Hold the request for {@code hold}; apply the change first or not at all. */
    record Hold(Duration hold, boolean applyChange) implements FaultAction {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hold(this);
        }
    }

    /** Apply the change, then close the connection without answering. */
    record DropAfterApply() implements FaultAction {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropAfterApply(this);
        }
    }
}
