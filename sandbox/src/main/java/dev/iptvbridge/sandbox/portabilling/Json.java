package dev.iptvbridge.sandbox.portabilling;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** The simulator's one JSON mapper and the map type it reads. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Json() {
    }

    static Map<String, Object> readObject(String text, String what) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object value = MAPPER.readValue(text, Object.class);
            if (value instanceof Map) {
                return MAPPER.convertValue(value, MAP);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Fault.badRequest(what + " is not valid JSON (" + e.getOriginalMessage() + "): send a JSON object");
        }
        throw Fault.badRequest(what + " must be a JSON object, e.g. {}");
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
