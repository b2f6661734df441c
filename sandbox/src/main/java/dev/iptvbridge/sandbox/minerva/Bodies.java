package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Strict reading of request bodies: every problem is a 400 {@code VALIDATION} naming the field. */
final class Bodies {

    private Bodies() {
    }

    static JsonNode object(ObjectMapper json, byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : json.readTree(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw MinervaHttpError.validation("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw MinervaHttpError.validation("the body cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw MinervaHttpError.validation("the body must be a JSON object");
        }
        return node;
    }

    static void onlyFields(JsonNode body, Set<String> allowed) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw MinervaHttpError.validation("unknown field '" + field + "'; allowed: " + allowed);
            }
        }
    }

    /** Empty when absent or null. */
    static Optional<JsonNode> optional(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw MinervaHttpError.validation("'" + field + "' must be a string");
        }
        return value.textValue();
    }

    static String nonEmptyText(JsonNode value, String field) {
        String text = text(value, field);
        if (text.isBlank()) {
            throw MinervaHttpError.validation("'" + field + "' must not be empty");
        }
        return text;
    }

    static String requiredText(JsonNode body, String field) {
        return nonEmptyText(optional(body, field)
                .orElseThrow(() -> MinervaHttpError.validation("'" + field + "' is required")), field);
    }

    static boolean bool(JsonNode value, String field) {
        if (!value.isBoolean()) {
            throw MinervaHttpError.validation("'" + field + "' must be true or false");
        }
        return value.booleanValue();
    }

    static int maxDevices(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw MinervaHttpError.validation("'maxDevices' must be a whole number from 0");
        }
        return value.intValue();
    }

    static String status(JsonNode value) {
        String status = text(value, "status");
        if (!SimCustomer.ENABLED.equals(status) && !SimCustomer.DISABLED.equals(status)) {
            throw MinervaHttpError.validation("'status' must be ENABLED or DISABLED, not '" + status + "'");
        }
        return status;
    }

    static List<String> packages(JsonNode value) {
        if (!value.isArray()) {
            throw MinervaHttpError.validation("'packages' must be an array of package ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode element : value) {
            ids.add(nonEmptyText(element, "packages[]"));
        }
        return ids;
    }
}
