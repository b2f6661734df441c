package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An account as a comparison keeps it: the fields its desired customer depends on, with the
 * add-ons reduced to those effective at the run's start.
 *
 * @param addOnProducts the products of the add-ons effective at the run's start
 */
public record SnapshotAccount(long id, String displayId, long customerId, long mainProduct, List<Long> addOnProducts,
                              boolean blocked, BillStatus billStatus) {

    public SnapshotAccount {
        requireNonNull(displayId, "displayId is null");
        requireNonNull(billStatus, "billStatus is null");
        addOnProducts = List.copyOf(requireNonNull(addOnProducts, "addOnProducts is null"));
    }

    public static SnapshotAccount of(Account account, Instant moment) {
        return new SnapshotAccount(account.id(), account.displayId(), account.customerId(), account.mainProduct(),
                account.addOnProductsEffectiveAt(moment), account.blocked(), account.billStatus());
    }

    /** The account again, its add-ons effective from ever to ever: what the policy sees at the run's start. */
    public Account toAccount() {
        List<AddOn> addOns = addOnProducts.stream().map(product -> new AddOn(product, Instant.EPOCH, Optional.empty()))
                .toList();
        return new Account(id, displayId, customerId, OptionalInt.empty(), mainProduct, addOns, blocked, billStatus);
    }
}
