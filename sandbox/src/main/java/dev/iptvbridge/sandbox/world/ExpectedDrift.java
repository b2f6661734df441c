package dev.iptvbridge.sandbox.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drift a world holds, as a file for tests and benchmarks to compare a report with:
 * {@code {"accounts": 1000, "seed": 42, "counts": {"missing": 10, ...}, "drift": {"1000012": "missing", ...}}}.
 */
public final class ExpectedDrift {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExpectedDrift() {
    }

    public static Map<String, Object> asMap(World world) {
        Map<String, Object> counts = new LinkedHashMap<>();
        world.driftCounts().forEach((kind, n) -> counts.put(kind.key(), n));
        Map<String, Object> drift = new LinkedHashMap<>();
        world.expectedDrift().forEach((id, kind) -> drift.put(id, kind.key()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("accounts", world.spec().accounts());
        root.put("seed", world.spec().seed());
        root.put("counts", counts);
        root.put("drift", drift);
        return root;
    }

    public static void write(World world, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), asMap(world));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the expected drift to " + file + ": " + e.getMessage(), e);
        }
    }
}
