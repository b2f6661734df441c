package dev.iptvbridge.sandbox.portabilling;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads request parameters the way PortaBilling does: ids as numbers or numeric strings, flags as Y/N, booleans or 1/0. */
final class Params {

    private Params() {
    }

    static long requireLong(Map<String, ?> params, String name) {
        return optionalLong(params, name).orElseThrow(
                () -> Fault.badRequest("'" + name + "' is required: give it as a number, e.g. {\"" + name + "\": 1000889}"));
    }

    static OptionalLong optionalLong(Map<String, ?> params, String name) {
        Object value = params.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Number n && (n instanceof Integer || n instanceof Long || n.doubleValue() == Math.rint(n.doubleValue()))) {
            return OptionalLong.of(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return OptionalLong.of(Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw Fault.badRequest("'" + name + "' must be an integer or a numeric string, got " + describe(value));
    }

    static int intOr(Map<String, ?> params, String name, int fallback) {
        OptionalLong value = optionalLong(params, name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.getAsLong() < 0 || value.getAsLong() > Integer.MAX_VALUE) {
            throw Fault.badRequest("'" + name + "' must be between 0 and " + Integer.MAX_VALUE + ", got " + value.getAsLong());
        }
        return (int) value.getAsLong();
    }

    /** Y/N, "Y"/"N", true/false, 1/0. */
    static Optional<Boolean> optionalFlag(Map<String, ?> params, String name) {
        Object value = params.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        String text = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        switch (text) {
            case "Y": case "1": case "TRUE": case "YES":
                return Optional.of(true);
            case "N": case "0": case "FALSE": case "NO":
                return Optional.of(false);
            default:
                throw Fault.badRequest("'" + name + "' must be \"Y\" or \"N\", got " + describe(value));
        }
    }

    static Optional<String> optionalText(Map<String, ?> params, String name) {
        Object value = params.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw Fault.badRequest("'" + name + "' must be a string, got " + describe(value));
        }
        return Optional.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> requireObject(Map<String, ?> params, String name) {
        Object value = params.get(name);
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw Fault.badRequest("'" + name + "' is required and must be an object, e.g. {\"" + name + "\": {...}}");
    }

    static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
