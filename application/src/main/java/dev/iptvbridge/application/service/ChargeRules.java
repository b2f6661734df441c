package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.ChargeableAccount;
import dev.iptvbridge.application.purchase.Purchase;
import dev.iptvbridge.application.port.out.Transaction;
import dev.iptvbridge.application.port.out.TransactionAction;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** What goes on the bill for a purchase, and what makes a purchase impossible to charge. */
final class ChargeRules {

    static final String PURCHASE_MARK = "minerva-purchase:";
    static final String REFUND_MARK = "minerva-refund:";
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Set<String> KINDS = Set.of("VOD", "PPV");

    private ChargeRules() {
    }

    /** The PortaBilling account of the purchase: its Minerva external id, when that is an {@code i_account}. */
    static OptionalLong accountId(Purchase purchase) {
        String id = purchase.externalId().trim();
        if (!id.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(id));
    }

    /** Why the purchase's own data forbid a charge, before PortaBilling is asked anything. */
    static Optional<String> dataProblem(Purchase purchase) {
        if (accountId(purchase).isEmpty()) {
            return Optional.of("unknown account: Minerva's external id '" + purchase.externalId() + "' is no "
                    + "PortaBilling i_account; fix the customer's external id in Minerva, then retry-charges "
                    + purchase.purchaseId());
        }
        if (!DECIMAL.matcher(purchase.price()).matches() || new BigDecimal(purchase.price()).signum() <= 0) {
            return Optional.of("amount '" + purchase.price() + "' is not a positive decimal: correct the price in "
                    + "Minerva, or charge it by hand in PortaBilling and leave this one parked");
        }
        if (!KINDS.contains(purchase.kind())) {
            return Optional.of("kind '" + purchase.kind() + "' is neither VOD nor PPV: the bill would not say what it"
                    + " is; charge it by hand in PortaBilling and leave this one parked");
        }
        return Optional.empty();
    }

    /** Why the account forbids the charge: PortaBilling does not convert currencies. */
    static Optional<String> accountProblem(Purchase purchase, Optional<ChargeableAccount> account, String defaultCurrency) {
        if (account.isEmpty()) {
            return Optional.of("unknown account: PortaBilling has no account " + purchase.externalId()
                    + "; create it (or fix the customer's external id in Minerva), then retry-charges "
                    + purchase.purchaseId());
        }
        String currency = account.get().currency().orElse(defaultCurrency);
        if (!currency.equalsIgnoreCase(purchase.currency())) {
            return Optional.of("currency " + purchase.currency() + " is not the account's (" + currency + "), and "
                    + "PortaBilling does not convert: charge it by hand in the account's currency and leave this one"
                    + " parked, or fix the price in Minerva and retry-charges " + purchase.purchaseId());
        }
        return Optional.empty();
    }

    static Transaction charge(Purchase purchase, int service) {
        return transaction(purchase, TransactionAction.CHARGE, service, PURCHASE_MARK);
    }

    static Transaction credit(Purchase purchase, int service) {
        return transaction(purchase, TransactionAction.CREDIT, service, REFUND_MARK);
    }

    private static Transaction transaction(Purchase purchase, TransactionAction action, int service, String mark) {
        return new Transaction(accountId(purchase).orElseThrow(), action, new BigDecimal(purchase.price()), service,
                purchase.kind() + ": " + purchase.title(), mark + purchase.purchaseId());
    }
}
