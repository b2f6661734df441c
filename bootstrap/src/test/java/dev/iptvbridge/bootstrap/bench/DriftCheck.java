package dev.iptvbridge.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.sandbox.world.DriftKind;
import dev.iptvbridge.sandbox.world.World;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The comparison's report against the world's expected drift: every object in the report that
 * names a kind of drift and an account or external id counts as one finding.
 */
final class DriftCheck {

    private static final List<String> ID_FIELDS = List.of("externalId", "account", "accountId", "iAccount", "i_account", "id");
    private static final List<String> KIND_FIELDS = List.of("kind", "drift", "type");
    private static final Set<String> KINDS = kinds();

    private DriftCheck() {
    }

    static void print(PrintStream out, World world, Path report) throws IOException {
        if (!Files.exists(report)) {
            out.println("drift: no report at " + report);
            return;
        }
        Map<String, String> found = new TreeMap<>();
        collect(new ObjectMapper().readTree(report.toFile()), found);
        Map<String, String> expected = new TreeMap<>();
        world.expectedDrift().forEach((id, kind) -> expected.put(id, kind.key()));
        if (found.equals(expected)) {
            out.printf("drift: the report names exactly the %,d expected (%s)%n", expected.size(), world.driftCounts());
            return;
        }
        long missed = expected.entrySet().stream().filter(e -> !e.getValue().equals(found.get(e.getKey()))).count();
        long extra = found.entrySet().stream().filter(e -> !e.getValue().equals(expected.get(e.getKey()))).count();
        out.printf("drift: the report differs from the expected: %,d found, %,d expected, %,d expected not found as such, "
                + "%,d found not expected as such%n", found.size(), expected.size(), missed, extra);
        expected.entrySet().stream().filter(e -> !e.getValue().equals(found.get(e.getKey()))).limit(5)
                .forEach(e -> out.printf("  expected %s %s, report says %s%n", e.getKey(), e.getValue(), found.get(e.getKey())));
    }

    private static void collect(JsonNode node, Map<String, String> found) {
        if (node.isObject()) {
            String id = first(node, ID_FIELDS);
            String kind = first(node, KIND_FIELDS);
            if (id != null && kind != null && KINDS.contains(kind.toLowerCase(java.util.Locale.ROOT))) {
                found.put(id, kind.toLowerCase(java.util.Locale.ROOT));
            }
        }
        node.forEach(child -> collect(child, found));
    }

    private static String first(JsonNode node, List<String> fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isValueNode()) {
                return value.asText();
            }
        }
        return null;
    }

    private static Set<String> kinds() {
        Set<String> keys = new java.util.HashSet<>();
        for (DriftKind kind : DriftKind.values()) {
            keys.add(kind.key());
        }
        return keys;
    }
}
