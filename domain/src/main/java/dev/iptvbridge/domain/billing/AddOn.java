package dev.iptvbridge.domain.billing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An add-on product assigned to an account. It counts only inside its effective period:
 * from {@code effectiveFrom} (inclusive) until {@code effectiveTo} (exclusive), open-ended when empty.
 */
public record AddOn(long product, Instant effectiveFrom, Optional<Instant> effectiveTo) {

    public AddOn {
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        requireNonNull(effectiveTo, "effectiveTo is null");
    }

    /** An add-on effective from {@code from} with no end. */
    public static AddOn from(long product, Instant from) {
        return new AddOn(product, from, Optional.empty());
    }

    public boolean isEffectiveAt(Instant moment) {
        return !effectiveFrom.isAfter(moment) && effectiveTo.map(moment::isBefore).orElse(true);
    }

    /** The first instant after {@code moment} at which it starts or stops counting; empty when it never changes again. */
    public Optional<Instant> nextChangeAfter(Instant moment) {
        if (effectiveFrom.isAfter(moment)) {
            return Optional.of(effectiveFrom);
        }
        return effectiveTo.filter(end -> end.isAfter(moment));
    }
}
