package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON form of the history view, for the HTTP route and the command alike. */
public final class HistoryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HistoryJson() {
    }

    public static String write(HistoryView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("the history view of account " + view.account() + " is not JSON", bug);
        }
    }
}
