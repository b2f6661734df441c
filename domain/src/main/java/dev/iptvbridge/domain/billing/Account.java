package dev.iptvbridge.domain.billing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A PortaBilling account as read now: one account is one Minerva customer.
 *
 * @param id           {@code i_account}, the stable key; Minerva's {@code externalId}
 * @param displayId    {@code id}, the name shown to people; it can be renamed and becomes Minerva's login
 * @param customerId   {@code i_customer}, the owner
 * @param environment  {@code i_env}, the billing environment, when billing says it (our model of the API)
 * @param mainProduct  {@code i_product} of the main product
 * @param addOns       assigned add-ons, whatever their effective period
 * @param blocked      blocked by an operator or by billing
 * @param billStatus   open, inactive or closed
 */
public record Account(long id, String displayId, long customerId, OptionalInt environment, long mainProduct,
                      List<AddOn> addOns, boolean blocked, BillStatus billStatus) {

    public Account {
        requireNonNull(displayId, "displayId is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(billStatus, "billStatus is null");
        addOns = List.copyOf(requireNonNull(addOns, "addOns is null"));
    }

    /** An account whose environment billing states. */
    public Account(long id, String displayId, long customerId, int environment, long mainProduct, List<AddOn> addOns,
                   boolean blocked, BillStatus billStatus) {
        this(id, displayId, customerId, OptionalInt.of(environment), mainProduct, addOns, blocked, billStatus);
    }

    /** The products of the add-ons that count at {@code moment}. */
    public List<Long> addOnProductsEffectiveAt(Instant moment) {
        return addOns.stream().filter(addOn -> addOn.isEffectiveAt(moment)).map(AddOn::product).toList();
    }

    /**
     * The first instant after {@code moment} at which one of its add-ons starts or stops counting, so
     * that {@link #addOnProductsEffectiveAt} changes then; empty when none will.
     */
    public Optional<Instant> nextAddOnChangeAfter(Instant moment) {
        return addOns.stream().flatMap(addOn -> addOn.nextChangeAfter(moment).stream()).min(Comparator.naturalOrder());
    }
}
