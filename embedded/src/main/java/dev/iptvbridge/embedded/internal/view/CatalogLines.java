package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iptvbridge.application.port.in.CatalogPlace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line of each key and list item of a catalog file, from the YAML parser's locations, so that a
 * finding of the catalog check names its line. A file that cannot be read gives no lines (0), never an
 * error: {@code CatalogLoader} is the one that says what is wrong with it.
 */
final class CatalogLines {

    private static final YAMLFactory YAML = new YAMLFactory();
    private final Map<String, Integer> lines;

    private CatalogLines(Map<String, Integer> lines) {
        this.lines = Map.copyOf(lines);
    }

    static CatalogLines none() {
        return new CatalogLines(Map.of());
    }

    static CatalogLines read(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                List<String> path = path(parser.getParsingContext());
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(String.join("/", path), line);
                } else if (token.isScalarValue() && parser.getParsingContext().inArray()) {
                    path.add(parser.getText());
                    lines.putIfAbsent(String.join("/", path), line);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return none();
        }
        return new CatalogLines(lines);
    }

    /** The line of the place, or of the nearest key above it that the file has; 0 when none. */
    int lineOf(CatalogPlace place) {
        List<String> candidates = new ArrayList<>();
        place.key().ifPresent(key -> place.item().ifPresent(item -> {
            candidates.add(place.section() + "/" + key + "/" + item);
            candidates.add(place.section() + "/" + key + "/minervaPackages/" + item);
        }));
        place.key().ifPresent(key -> candidates.add(place.section() + "/" + key));
        candidates.add(place.section());
        return candidates.stream().map(lines::get).filter(Objects::nonNull).findFirst().orElse(0);
    }

    private static List<String> path(JsonStreamContext context) {
        List<String> names = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                names.add(at.getCurrentName());
            }
        }
        Collections.reverse(names);
        return names;
    }
}
