package dev.iptvbridge.portabilling.espf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.iptvbridge.application.port.in.AcceptEventCommand;
import dev.iptvbridge.application.port.out.WorkKey;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Reads the body of an ESPF webhook:
 * {@code {"event_type": "...", "variables": {"i_event": .., "i_account" or "i_customer": .., "i_env": .., "event_time": ..}}}.
 * Ids may be JSON numbers or numeric strings; unknown variables and event types are fine.
 */
final class EventParser {

    /** Longer event types are not PortaBilling's. */
    static final int MAX_TYPE_LENGTH = 200;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventParser() {
    }

    static EspfDecoding parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return new EspfDecoding.Rejected(Rejection.MALFORMED, "the body is not valid JSON: "
                    + Ids.shorten(e.getOriginalMessage(), 200) + where(e.getLocation()));
        } catch (IOException e) {
            return new EspfDecoding.Rejected(Rejection.MALFORMED, "the body could not be read as JSON");
        }
        if (root == null || root.isMissingNode()) {
            return new EspfDecoding.Rejected(Rejection.MALFORMED, "the body is empty: expected an ESPF event "
                    + "{\"event_type\": ..., \"variables\": {...}}");
        }
        if (!root.isObject()) {
            return notAnEvent("the body is JSON but not an object: expected {\"event_type\": ..., "
                    + "\"variables\": {...}}");
        }
        JsonNode type = root.get("event_type");
        if (type == null || type.isNull()) {
            return notAnEvent("event_type is missing");
        }
        if (!type.isTextual() || type.asText().isBlank()) {
            return notAnEvent("event_type must be a non-empty string, was " + Ids.shorten(type.toString(), 40));
        }
        if (type.asText().length() > MAX_TYPE_LENGTH) {
            return notAnEvent("event_type is longer than " + MAX_TYPE_LENGTH + " characters");
        }
        JsonNode variables = root.get("variables");
        if (variables == null || !variables.isObject()) {
            return notAnEvent("variables is missing or not an object: expected \"variables\": "
                    + "{\"i_event\": .., \"i_account\": ..}");
        }
        return command(type.asText(), variables);
    }

    private static EspfDecoding command(String type, JsonNode variables) {
        try {
            long event = Ids.positive(variables, "i_event")
                    .orElseThrow(() -> new Ids.BadId("variables.i_event is missing"));
            var account = Ids.positive(variables, "i_account");
            var customer = Ids.positive(variables, "i_customer");
            OptionalInt environment = Ids.environment(variables);
            WorkKey subject;
            if (account.isPresent()) {
                subject = WorkKey.account(account.get());
            } else if (customer.isPresent()) {
                subject = WorkKey.customer(customer.get());
            } else {
                return notAnEvent("the event names neither variables.i_account nor variables.i_customer");
            }
            return new EspfDecoding.Accepted(new AcceptEventCommand(event, type, environment, subject,
                    EventTime.parse(variables.get("event_time"))));
        } catch (Ids.BadId bad) {
            return notAnEvent(bad.getMessage());
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static EspfDecoding notAnEvent(String message) {
        return new EspfDecoding.Rejected(Rejection.NOT_AN_EVENT, message);
    }
}
