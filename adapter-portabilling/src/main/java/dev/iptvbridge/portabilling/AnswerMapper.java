package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.portabilling.ApiAnswers.AccountJson;
import dev.iptvbridge.portabilling.ApiAnswers.AddOnJson;
import dev.iptvbridge.portabilling.ApiAnswers.CustomerJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks PortaBilling's answers and builds domain values. A required field that is missing or
 * unreadable is a {@link PermanentFailure} naming the method and the field: PortaBilling's API does
 * not look like the one this bridge was built for, and repeating will not change that.
 */
final class AnswerMapper {

    private AnswerMapper() {
    }

    /**
     * @param environmentHint the {@code i_env} the request filtered by, used when the answer lacks
     *                        {@code i_env} (the field is our model, not confirmed in real answers)
     */
    static Account account(String operation, String where, AccountJson json, OptionalInt environmentHint) {
        if (json == null) {
            throw missing(operation, where);
        }
        long id = required(operation, where + ".i_account", json.iAccount());
        String at = where + " (i_account " + id + ")";
        // i_env in the answer is our model: without it (and without a filter to infer it from) it stays unknown.
        OptionalInt environment = json.iEnv() != null ? OptionalInt.of(json.iEnv()) : environmentHint;
        return new Account(id,
                required(operation, at + ".id", json.id()),
                required(operation, at + ".i_customer", json.iCustomer()),
                environment,
                required(operation, at + ".i_product", json.iProduct()),
                addOns(operation, at, json.assignedAddons()),
                flag(operation, at + ".blocked", json.blocked(), Optional.empty()),
                billStatus(operation, at + ".bill_status", json.billStatus()));
    }

    static Customer customer(String operation, CustomerJson json) {
        return customer(operation, "customer_info", json);
    }

    static Customer customer(String operation, String where, CustomerJson json) {
        if (json == null) {
            throw missing(operation, where);
        }
        long id = required(operation, where + ".i_customer", json.iCustomer());
        String at = where + " (i_customer " + id + ")";
        return new Customer(id, json.name() == null ? "" : json.name(),
                customerStatus(operation, at + ".bill_status", json.billStatus()),
                // the customer's blocked flag is our model: absent means not blocked
                flag(operation, at + ".blocked", json.blocked(), Optional.of(false)));
    }

    private static List<AddOn> addOns(String operation, String at, List<AddOnJson> json) {
        if (json == null) {
            return List.of();
        }
        List<AddOn> addOns = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            String where = at + ".assigned_addons[" + i + "]";
            AddOnJson addOn = json.get(i);
            if (addOn == null) {
                throw missing(operation, where);
            }
            long product = required(operation, where + ".i_product", addOn.iProduct());
            // a missing start means "effective since ever"; a null end means open-ended
            Instant from = addOn.addonEffectiveFrom() == null ? Instant.EPOCH
                    : time(operation, where + ".addon_effective_from", addOn.addonEffectiveFrom());
            Optional<Instant> to = addOn.addonEffectiveTo() == null || addOn.addonEffectiveTo().isBlank()
                    ? Optional.empty() : Optional.of(time(operation, where + ".addon_effective_to",
                    addOn.addonEffectiveTo()));
            addOns.add(new AddOn(product, from, to));
        }
        return addOns;
    }

    private static Instant time(String operation, String field, String text) {
        return PortaBillingTime.parse(text).orElseThrow(() -> unreadable(operation, field, text,
                "a UTC date-time such as 2026-11-01 00:00:00 or 2026-11-01T00:00:00"));
    }

    private static boolean flag(String operation, String field, JsonNode node, Optional<Boolean> absent) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return absent.orElseThrow(() -> missing(operation, field));
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText().trim().toUpperCase(Locale.ROOT);
        if (text.equals("Y")) {
            return true;
        }
        if (text.equals("N")) {
            return false;
        }
        throw unreadable(operation, field, node.toString(), "\"Y\", \"N\", true or false");
    }

    private static BillStatus billStatus(String operation, String field, String text) {
        String letter = required(operation, field, text).trim().toUpperCase(Locale.ROOT);
        switch (letter) {
            case "O":
                return BillStatus.OPEN;
            case "I":
                return BillStatus.INACTIVE;
            case "C":
                return BillStatus.CLOSED;
            default:
                throw unreadable(operation, field, text, "O (open), I (inactive) or C (closed)");
        }
    }

    private static CustomerStatus customerStatus(String operation, String field, String text) {
        String letter = required(operation, field, text).trim().toUpperCase(Locale.ROOT);
        switch (letter) {
            case "O":
                return CustomerStatus.OPEN;
            case "S":
                return CustomerStatus.SUSPENDED;
            case "C":
                return CustomerStatus.CLOSED;
            default:
                throw unreadable(operation, field, text, "O (open), S (suspended) or C (closed)");
        }
    }

    private static <T> T required(String operation, String field, T value) {
        if (value == null) {
            throw missing(operation, field);
        }
        return value;
    }

    static PermanentFailure missing(String operation, String field) {
        return new PermanentFailure("PortaBilling's answer to " + operation + " lacks " + field
                + ": check that portabilling.url points at a PortaBilling release this bridge supports");
    }

    private static PermanentFailure unreadable(String operation, String field, String value, String expected) {
        return new PermanentFailure("PortaBilling's answer to " + operation + " has " + field + " = " + value
                + ", expected " + expected);
    }
}
