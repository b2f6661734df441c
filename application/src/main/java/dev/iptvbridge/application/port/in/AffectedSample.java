package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Entitlement;
import java.util.List;

/**
 * One account a catalog change touches, and what its reconcile will do in Minerva.
 *
 * @param effectiveAddOns the add-ons that count now, from the bridge's own record of the account
 * @param plan            the steps in words, against what the bridge last applied in Minerva, or against
 *                        the entitlement under the old catalog when it applied nothing yet
 */
public record AffectedSample(long accountId, long mainProduct, List<Long> effectiveAddOns, Entitlement before,
                             Entitlement after, List<String> plan) {

    public AffectedSample {
        effectiveAddOns = List.copyOf(requireNonNull(effectiveAddOns, "effectiveAddOns is null"));
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        plan = List.copyOf(requireNonNull(plan, "plan is null"));
    }
}
