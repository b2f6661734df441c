package dev.iptvbridge.sandbox.portabilling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/** Builds and changes account records from {@code account_info} maps, and names the events a change emits. */
final class AccountBuilder {

    static final Set<String> UPDATABLE = Set.of("i_account", "id", "i_product", "blocked", "assigned_addons", "bill_status");

    private AccountBuilder() {
    }

    static AccountRecord create(
            Map<String, Object> info, long iAccount, CustomerRecord customer, LongFunction<ProductRecord> products, LocalDateTime now) {
        String id = Params.optionalText(info, "id").filter(s -> !s.isBlank())
                .orElseThrow(() -> Fault.badRequest("account_info.id is required: the account's login, e.g. \"alice@tv.example\""));
        long iProduct = RecordParser.mainProduct(Params.requireLong(info, "i_product"), products).iProduct();
        return new AccountRecord(
                iAccount, id, customer.iCustomer(), RecordParser.env(info, customer.iEnv()), iProduct,
                Params.optionalFlag(info, "blocked").orElse(false),
                RecordParser.accountStatus(info, "O"),
                RecordParser.addons(info.get("assigned_addons"), products, now),
                Params.optionalText(info, "activation_date").orElse(now.toLocalDate().toString()));
    }

    static AccountRecord update(AccountRecord before, Map<String, Object> changes, LongFunction<ProductRecord> products, LocalDateTime now) {
        for (String key : changes.keySet()) {
            if (!UPDATABLE.contains(key)) {
                throw Fault.badRequest("account_info field '" + key + "' cannot be changed in the simulator; it changes "
                        + new java.util.TreeSet<>(UPDATABLE));
            }
        }
        if (changes.containsKey("i_account") && Params.requireLong(changes, "i_account") != before.iAccount()) {
            throw Fault.badRequest("i_account in the changes (" + changes.get("i_account") + ") differs from the account "
                    + before.iAccount() + " being changed");
        }
        String id = Params.optionalText(changes, "id").orElse(before.id());
        if (id.isBlank()) {
            throw Fault.badRequest("id cannot be blank: give the account's new login");
        }
        long iProduct = changes.containsKey("i_product")
                ? RecordParser.mainProduct(Params.requireLong(changes, "i_product"), products).iProduct()
                : before.iProduct();
        List<AddonRecord> addons = changes.containsKey("assigned_addons")
                ? RecordParser.addons(changes.get("assigned_addons"), products, now)
                : before.addons();
        String status = RecordParser.accountStatus(changes, before.billStatus());
        if ("O".equals(before.billStatus()) && "I".equals(status)) {
            throw Fault.badRequest("an open account cannot become inactive (I) again: block it (blocked Y) or close it (C)");
        }
        return new AccountRecord(before.iAccount(), id, before.iCustomer(), before.iEnv(), iProduct,
                Params.optionalFlag(changes, "blocked").orElse(before.blocked()), status, addons, before.activationDate());
    }

    /** The internal event types a change emits, in the order PortaBilling would queue them (modelled order). */
    static List<String> changes(AccountRecord before, AccountRecord after) {
        List<String> types = new ArrayList<>();
        if (!before.id().equals(after.id())) {
            types.add(EventNames.ACCOUNT_ID_CHANGED);
        }
        if (before.iProduct() != after.iProduct()) {
            types.add(EventNames.ACCOUNT_PRODUCT_CHANGED);
        }
        addonChanges(before.addons(), after.addons(), types);
        if (before.blocked() != after.blocked()) {
            types.add(after.blocked() ? EventNames.ACCOUNT_BLOCKED : EventNames.ACCOUNT_UNBLOCKED);
        }
        if ("I".equals(before.billStatus()) && "O".equals(after.billStatus())) {
            types.add(EventNames.ACCOUNT_ACTIVATED);
        }
        if (!before.closed() && after.closed()) {
            types.add(EventNames.ACCOUNT_CLOSED);
        }
        return types;
    }

    private static void addonChanges(List<AddonRecord> before, List<AddonRecord> after, List<String> types) {
        Map<Long, AddonRecord> old = new HashMap<>();
        before.forEach(a -> old.put(a.iProduct(), a));
        for (AddonRecord addon : after) {
            AddonRecord previous = old.remove(addon.iProduct());
            if (previous == null) {
                types.add(EventNames.ADDON_INSERTED);
            } else if (!previous.effectiveFrom().equals(addon.effectiveFrom())
                    || !Objects.equals(previous.effectiveTo(), addon.effectiveTo())) {
                types.add(EventNames.ADDON_CHANGED);
            }
        }
        for (int i = 0; i < old.size(); i++) {
            types.add(EventNames.ADDON_DELETED);
        }
    }
}
