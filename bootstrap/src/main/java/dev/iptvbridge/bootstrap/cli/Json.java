package dev.iptvbridge.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper of the commands' {@code --format json}, configured once: instants as ISO-8601
 * text ({@code 2026-12-01T18:05:24Z}), indented. It knows no {@code Optional}: a view record maps an
 * absent value to {@code null} itself, so that a stray {@code Optional} fails loudly instead of printing
 * {@code {"present":false}}.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static String of(Object view) {
        try {
            return MAPPER.writeValueAsString(view);
        } catch (JsonProcessingException notAView) {
            // Only our own view records come here: a failure is a bug in one of them, not the operator's.
            throw new IllegalStateException("cannot print " + view.getClass().getSimpleName() + " as JSON: "
                    + notAView.getOriginalMessage(), notAView);
        }
    }
}
