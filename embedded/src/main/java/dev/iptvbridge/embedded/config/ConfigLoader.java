package dev.iptvbridge.embedded.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the YAML configuration, applies environment overrides and checks everything before the
 * daemon starts: unknown keys, missing secrets and malformed values all stop the start, each
 * named with its fix.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    public static BridgeConfig load(Path file, Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file.toAbsolutePath()
                    + " does not exist: pass --config with the path of your iptv-bridge.yaml (see docs/configuration.md)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root != null && !root.isMissingNode() && !root.isNull()) {
                flatten("", root, values, problems);
            }
        } catch (JsonProcessingException malformed) {
            throw new ConfigException("configuration file " + file + " is not valid YAML: "
                    + malformed.getOriginalMessage() + " at line " + line(malformed) + "; fix the syntax there");
        } catch (IOException unreadable) {
            throw new ConfigException("configuration file " + file + " cannot be read: " + unreadable.getMessage());
        }
        return fromValues(values, environment, file.toAbsolutePath().getParent(), problems);
    }

    /** Builds a configuration from dotted keys, as the file would give them; used by the sandbox and tests. */
    public static BridgeConfig fromValues(Map<String, String> values, Map<String, String> environment, Path baseDirectory) {
        return fromValues(new LinkedHashMap<>(values), environment, baseDirectory, new ArrayList<>());
    }

    private static BridgeConfig fromValues(Map<String, String> values, Map<String, String> environment,
                                           Path baseDirectory, List<String> problems) {
        values.keySet().stream().filter(key -> !ConfigKeys.DEFAULTS.containsKey(key)).forEach(key -> problems.add(
                "unknown key '" + key + "': remove it or correct its spelling" + DidYouMean.among(key,
                        ConfigKeys.DEFAULTS.keySet()) + " (known keys are listed in docs/configuration.md)"));
        problems.addAll(EnvironmentNames.unknown(environment));
        Map<String, String> effective = new LinkedHashMap<>();
        Map<String, String> fromVariables = new LinkedHashMap<>();
        ConfigKeys.DEFAULTS.forEach((key, fallback) -> {
            Optional<String> variable = ConfigKeys.overridingVariable(key, environment);
            variable.ifPresent(name -> fromVariables.put(key, name));
            String value = variable.map(environment::get).orElse(values.getOrDefault(key, fallback));
            if (value != null) {
                effective.put(key, value);
            }
        });
        ConfigReader reader = new ConfigReader(effective, problems, baseDirectory, fromVariables);
        BridgeConfig config = reader.read();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private static String line(JsonProcessingException malformed) {
        return malformed.getLocation() == null ? "?" : String.valueOf(malformed.getLocation().getLineNr());
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values, List<String> problems) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values, problems);
            }
        } else if (node.isArray()) {
            problems.add("key '" + prefix + "' holds a list, but a single value is expected");
        } else if (!node.isNull()) {
            values.put(prefix, node.asText());
        }
    }
}
