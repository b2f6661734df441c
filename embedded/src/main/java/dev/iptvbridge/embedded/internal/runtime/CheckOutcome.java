package dev.iptvbridge.embedded.internal.runtime;

import static java.util.Objects.requireNonNull;

/**
 * What one start-up check found: {@link Passed}; {@link Unreachable} (the system did not answer:
 * start all the same, DEGRADED, check again soon); {@link Refused} (it answered no to the bridge's
 * credentials or URL: at start exit 3, later DEGRADED); {@link Mismatch} (it answered, and what it
 * said disagrees with the configuration, such as a package the catalog names: DEGRADED);
 * {@link Skipped} (not checked, because what it needs did not answer).
 */
public sealed interface CheckOutcome {

    /** UP, DOWN or UNKNOWN, as {@code /health/ready} shows it. */
    String status();

    <R> R accept(Visitor<R> visitor);

    /** One method per outcome. */
    interface Visitor<R> {
        R passed(Passed passed);

        R unreachable(Unreachable unreachable);

        R refused(Refused refused);

        R mismatch(Mismatch mismatch);

        R skipped(Skipped skipped);
    }

    record Passed() implements CheckOutcome {
        @Override
        public String status() {
            return "UP";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.passed(this);
        }
    }

    record Unreachable(String detail) implements CheckOutcome {
        public Unreachable {
            requireNonNull(detail, "detail is null");
        }

        @Override
        public String status() {
            return "DOWN";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unreachable(this);
        }
    }

    record Refused(String detail) implements CheckOutcome {
        public Refused {
            requireNonNull(detail, "detail is null");
        }

        @Override
        public String status() {
            return "DOWN";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.refused(this);
        }
    }

    record Mismatch(String detail) implements CheckOutcome {
        public Mismatch {
            requireNonNull(detail, "detail is null");
        }

        @Override
        public String status() {
            return "DOWN";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mismatch(this);
        }
    }

    record Skipped(String detail) implements CheckOutcome {
        public Skipped {
            requireNonNull(detail, "detail is null");
        }

        @Override
        public String status() {
            return "UNKNOWN";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.skipped(this);
        }
    }
}
