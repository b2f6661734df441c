package dev.iptvbridge.embedded.internal.runtime;

import java.util.function.Consumer;

/** An outcome in words, and which kind of trouble it is. */
final class Describe implements CheckOutcome.Visitor<Describe.Description> {

    record Description(String text, boolean refused, boolean unreachable) {

        void ifRefused(Consumer<String> action) {
            if (refused) {
                action.accept(text);
            }
        }

        /** Any outcome but passed or refused. */
        void ifFailing(Consumer<String> action) {
            if (!refused && !text.isEmpty()) {
                action.accept(text);
            }
        }
    }

    @Override
    public Description passed(CheckOutcome.Passed passed) {
        return new Description("", false, false);
    }

    @Override
    public Description unreachable(CheckOutcome.Unreachable unreachable) {
        return new Description(unreachable.detail(), false, true);
    }

    @Override
    public Description refused(CheckOutcome.Refused refused) {
        return new Description(refused.detail(), true, false);
    }

    @Override
    public Description mismatch(CheckOutcome.Mismatch mismatch) {
        return new Description(mismatch.detail(), false, false);
    }

    @Override
    public Description skipped(CheckOutcome.Skipped skipped) {
        return new Description(skipped.detail(), false, true);
    }
}
