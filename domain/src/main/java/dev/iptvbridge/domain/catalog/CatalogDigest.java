package dev.iptvbridge.domain.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SHA-256 of a catalog's meaning, in hex: two files that differ only in layout, comments or the
 * order of their entries have the same digest, so that reformatting a file switches nothing.
 */
public final class CatalogDigest {

    private CatalogDigest() {
    }

    public static String of(Catalog catalog) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(catalog.servicePackages()).forEach((name, servicePackage) -> canonical.append("package ")
                .append(name).append(' ').append(servicePackage.minervaPackages()).append(' ')
                .append(servicePackage.wholeHomeDvr()).append('\n'));
        append(canonical, "product ", catalog.products());
        append(canonical, "addon ", catalog.addOns());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /** The first 12 hex digits, as logs and queue entries show it. */
    public static String shortOf(String digest) {
        return digest.substring(0, Math.min(12, digest.length()));
    }

    private static void append(StringBuilder canonical, String label, Map<Long, List<String>> byProduct) {
        new TreeMap<>(byProduct).forEach((product, names) -> {
            if (!names.isEmpty()) {
                canonical.append(label).append(product).append(' ').append(new TreeSet<>(names)).append('\n');
            }
        });
    }
}
