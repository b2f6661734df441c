package dev.iptvbridge.portabilling.espf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The ids of an event's variables: JSON whole numbers or strings of digits. */
final class Ids {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    /** The variable as a positive id; empty when absent or null. */
    static Optional<Long> positive(JsonNode variables, String name) {
        Optional<Long> value = whole(variables, name);
        if (value.isPresent() && value.get() <= 0) {
            throw new BadId("variables." + name + " must be a positive id, was " + value.get());
        }
        return value;
    }

    static OptionalInt environment(JsonNode variables) {
        Optional<Long> value = whole(variables, "i_env");
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.get() > Integer.MAX_VALUE) {
            throw new BadId("variables.i_env is out of range: " + value.get());
        }
        return OptionalInt.of(value.get().intValue());
    }

    private static Optional<Long> whole(JsonNode variables, String name) {
        JsonNode node = variables.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong()) {
            if (node.asLong() < 0) {
                throw new BadId("variables." + name + " must not be negative, was " + node.asLong());
            }
            return Optional.of(node.asLong());
        }
        if (node.isTextual() && DIGITS.matcher(node.textValue().trim()).matches()) {
            return Optional.of(Long.parseLong(node.textValue().trim()));
        }
        throw new BadId("variables." + name + " must be a whole number or a string of digits, was "
                + shorten(node.toString(), 40));
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** An id that is there but unusable; becomes a rejection naming it. */
    static final class BadId extends RuntimeException {
        BadId(String message) {
            super(message, null, false, false);
        }
    }
}
