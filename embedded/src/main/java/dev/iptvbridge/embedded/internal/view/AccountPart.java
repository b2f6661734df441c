package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.iptvbridge.domain.billing.Account;
import java.util.List;

/** Billing's account: {@code i_env} null when billing gave none; add-ons with their effective period. */
public record AccountPart(String id, @JsonProperty("i_customer") long customerId, @JsonProperty("i_env") Integer environment,
                          @JsonProperty("i_product") long mainProduct, List<AddOnPart> addons, boolean blocked,
                          String billStatus) {

    static AccountPart of(Account account) {
        return new AccountPart(account.displayId(), account.customerId(),
                account.environment().isPresent() ? account.environment().getAsInt() : null, account.mainProduct(),
                account.addOns().stream().map(addOn -> new AddOnPart(addOn.product(), addOn.effectiveFrom().toString(),
                        addOn.effectiveTo().map(Object::toString).orElse("open"))).toList(),
                account.blocked(), account.billStatus().name());
    }

    /** An add-on product of the account; {@code effectiveTo} is {@code open} when it has no end. */
    public record AddOnPart(@JsonProperty("i_product") long product, String effectiveFrom, String effectiveTo) {
    }
}
