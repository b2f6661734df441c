package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * The one JSON form of the explain view: what {@code GET /accounts/{i_account}} answers and
 * {@code explain --format json} prints.
 */
public final class ExplainJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplainJson() {
    }

    public static String write(ExplainView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("the explain view of account " + view.accountId() + " is not JSON", bug);
        }
    }

    /** The same JSON as plain maps and lists, for the embedded face. */
    public static Map<String, Object> asMap(ExplainView view) {
        return JSON.convertValue(view, new TypeReference<Map<String, Object>>() { });
    }
}
