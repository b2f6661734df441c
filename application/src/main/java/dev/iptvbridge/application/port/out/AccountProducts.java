package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.AddOn;
import java.time.Instant;
import java.util.List;

/**
 * The products of one account the bridge serves, as its last reconcile read them from billing: what
 * a catalog change is measured against without reading PortaBilling again.
 *
 * @param addOns every assigned add-on with its effective period, so that "effective" is judged when asked
 * @param readAt when the reconcile read them
 */
public record AccountProducts(long accountId, long mainProduct, List<AddOn> addOns, Instant readAt) {

    public AccountProducts {
        addOns = List.copyOf(requireNonNull(addOns, "addOns is null"));
        requireNonNull(readAt, "readAt is null");
    }

    /** The add-on products that count at {@code moment}. */
    public List<Long> effectiveAddOnsAt(Instant moment) {
        return addOns.stream().filter(addOn -> addOn.isEffectiveAt(moment)).map(AddOn::product).toList();
    }
}
