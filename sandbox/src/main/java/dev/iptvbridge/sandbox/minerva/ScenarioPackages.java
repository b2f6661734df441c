package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code packages} and {@code generate} sections of a scenario file; every other key belongs to other simulators. */
final class ScenarioPackages {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScenarioPackages() {
    }

    static JsonNode tree(InputStream yaml, String source) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario " + source + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The {@code generate} section: a world of customers to hold, made from a seed. */
    @SuppressWarnings("unchecked")
    static Optional<WorldSpec> world(JsonNode root, String source) {
        JsonNode generate = root == null ? null : root.get("generate");
        if (generate == null || generate.isNull()) {
            return Optional.empty();
        }
        if (!generate.isObject()) {
            throw new IllegalArgumentException("scenario " + source + ": 'generate' must be a mapping, e.g. generate: {accounts: 1000}");
        }
        try {
            return Optional.of(WorldSpec.fromMap(YAML.convertValue(generate, Map.class)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario " + source + ": " + e.getMessage(), e);
        }
    }

    static List<SimPackage> read(JsonNode root, String source) {
        JsonNode packages = root == null ? null : root.get("packages");
        if (packages == null || !packages.isArray()) {
            throw new IllegalArgumentException("scenario " + source
                    + " has no 'packages' list: add one, e.g. packages: [{id: CH-BASIC, name: Basic, type: CHANNEL}]");
        }
        List<SimPackage> result = new ArrayList<>();
        for (JsonNode p : packages) {
            String id = p.path("id").asText("");
            if (id.isBlank()) {
                throw new IllegalArgumentException("scenario " + source + ": a package has no 'id': " + p);
            }
            List<String> channels = new ArrayList<>();
            p.path("channels").forEach(c -> channels.add(c.asText()));
            result.add(new SimPackage(id, p.path("name").asText(id), p.path("type").asText("CHANNEL"), channels));
        }
        return result;
    }
}
