package dev.iptvbridge.sandbox.portabilling;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/** Turns {@code account_info} and {@code customer_info} maps into records, with errors that say what to send instead. */
final class RecordParser {

    static final Set<String> ACCOUNT_FIELDS = Set.of(
            "i_account", "id", "i_customer", "i_env", "i_product", "blocked", "bill_status", "assigned_addons", "activation_date");
    static final Set<String> CUSTOMER_FIELDS = Set.of("i_customer", "name", "i_env", "bill_status", "blocked");

    private RecordParser() {
    }

    static void rejectUnknown(Map<String, ?> info, Set<String> known, String what) {
        for (String key : info.keySet()) {
            if (!known.contains(key)) {
                throw Fault.badRequest(what + " field '" + key + "' is not modelled by the simulator; known fields: "
                        + new java.util.TreeSet<>(known));
            }
        }
    }

    static String accountStatus(Map<String, ?> info, String fallback) {
        String status = Params.optionalText(info, "bill_status").orElse(fallback);
        if (!status.equals("O") && !status.equals("I") && !status.equals("C")) {
            throw Fault.badRequest("account bill_status must be O (open), I (inactive) or C (closed), got " + Params.describe(status));
        }
        return status;
    }

    static String customerStatus(Map<String, ?> info, String fallback) {
        String status = Params.optionalText(info, "bill_status").orElse(fallback);
        if (!status.equals("O") && !status.equals("S") && !status.equals("C")) {
            throw Fault.badRequest("customer bill_status must be O (open), S (suspended) or C (closed), got " + Params.describe(status));
        }
        return status;
    }

    static ProductRecord mainProduct(long iProduct, LongFunction<ProductRecord> products) {
        ProductRecord product = products.apply(iProduct);
        if (product == null) {
            throw new Fault(Fault.NOT_FOUND, "product " + iProduct + " does not exist: use one of Product/get_product_list");
        }
        if (product.isAddon()) {
            throw Fault.badRequest("product " + iProduct + " is an add-on (addon_priority " + product.addonPriority()
                    + "): give it in assigned_addons, and a main product (addon_priority 0) in i_product");
        }
        return product;
    }

    static List<AddonRecord> addons(Object value, LongFunction<ProductRecord> products, LocalDateTime now) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw Fault.badRequest("assigned_addons must be a list, e.g. [{\"i_product\": 201}]");
        }
        List<AddonRecord> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> raw)) {
                throw Fault.badRequest("each assigned add-on must be an object, e.g. {\"i_product\": 201}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> addon = (Map<String, Object>) raw;
            long iProduct = Params.requireLong(addon, "i_product");
            ProductRecord product = products.apply(iProduct);
            if (product == null || !product.isAddon()) {
                throw Fault.badRequest("assigned add-on " + iProduct + " is not an add-on product (addon_priority above 0)"
                        + " of Product/get_product_list");
            }
            if (!seen.add(iProduct)) {
                throw Fault.badRequest("add-on " + iProduct + " is assigned twice: give each add-on once");
            }
            String from = Params.optionalText(addon, "addon_effective_from")
                    .map(t -> dateTime(t, "addon_effective_from"))
                    .orElse(now.truncatedTo(ChronoUnit.SECONDS).toString());
            String to = Params.optionalText(addon, "addon_effective_to").map(t -> dateTime(t, "addon_effective_to")).orElse(null);
            result.add(new AddonRecord(iProduct, from, to));
        }
        return List.copyOf(result);
    }

    /** Accepts {@code 2026-11-01T00:00:00} and {@code 2026-11-01 00:00:00}; answers the former. */
    static String dateTime(String text, String name) {
        try {
            LocalDateTime value = LocalDateTime.parse(text.trim().replace(' ', 'T'));
            String iso = value.toString();
            return iso.length() == 16 ? iso + ":00" : iso;
        } catch (DateTimeParseException e) {
            throw Fault.badRequest(name + " must look like 2026-11-01T00:00:00, got " + Params.describe(text));
        }
    }

    static int env(Map<String, ?> info, int fallback) {
        return Params.intOr(info, "i_env", fallback);
    }
}
