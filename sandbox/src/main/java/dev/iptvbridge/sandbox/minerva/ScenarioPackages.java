package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code packages} section of a scenario file; every other key belongs to other simulators. */
final class ScenarioPackages {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScenarioPackages() {
    }

    static List<SimPackage> read(InputStream yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario " + source + " is not valid YAML: " + e.getMessage(), e);
        }
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
