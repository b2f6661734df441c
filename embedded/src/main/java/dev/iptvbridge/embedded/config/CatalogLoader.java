package dev.iptvbridge.embedded.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the catalog file: service packages, and which products and add-ons carry them. */
public final class CatalogLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogLoader() {
    }

    // subscriptions: the PortaBilling i_subscriptions that charge for the service package (optional).
    record ServicePackageFile(List<String> minervaPackages, boolean wholeHomeDvr, List<Long> subscriptions) {

        ServicePackageFile(List<String> minervaPackages, boolean wholeHomeDvr) {
            this(minervaPackages, wholeHomeDvr, null);
        }
    }

    record CatalogFile(Map<String, ServicePackageFile> servicePackages, Map<String, List<String>> products,
                       Map<String, List<String>> addons) {
    }

    public static Catalog load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("catalog file " + file.toAbsolutePath() + " does not exist: set 'catalog' to its path, "
                    + "relative to the configuration file");
        }
        try {
            return toCatalog(YAML.readValue(file.toFile(), CatalogFile.class));
        } catch (JsonProcessingException malformed) {
            throw new ConfigException("catalog file " + file + " is not a valid catalog: " + malformed.getOriginalMessage()
                    + "; see docs/configuration.md for its format");
        } catch (IOException unreadable) {
            throw new ConfigException("catalog file " + file + " cannot be read: " + unreadable.getMessage());
        } catch (IllegalArgumentException wrong) {
            throw new ConfigException("catalog file " + file + ": " + wrong.getMessage());
        }
    }

    /**
     * Reads a catalog from its text, as {@link #load} reads it from a file.
     *
     * @param source what the text is, for the message: the file's path, or a generation in the database
     */
    public static Catalog parse(String content, String source) {
        try {
            CatalogFile file = YAML.readValue(content, CatalogFile.class);
            return toCatalog(file == null ? new CatalogFile(null, null, null) : file);
        } catch (JsonProcessingException malformed) {
            throw new ConfigException("catalog " + source + " is not a valid catalog: " + malformed.getOriginalMessage()
                    + "; see docs/configuration.md for its format");
        } catch (IllegalArgumentException wrong) {
            throw new ConfigException("catalog " + source + ": " + wrong.getMessage());
        }
    }

    static Catalog toCatalog(CatalogFile file) {
        Map<String, ServicePackage> servicePackages = new LinkedHashMap<>();
        orEmpty(file.servicePackages()).forEach((name, definition) -> servicePackages.put(name, ServicePackage.of(name,
                Set.copyOf(definition.minervaPackages() == null ? List.of() : definition.minervaPackages()),
                definition.wholeHomeDvr(), Set.copyOf(definition.subscriptions() == null ? List.of()
                        : definition.subscriptions()))));
        return new Catalog(servicePackages, products(orEmpty(file.products()), "products"),
                products(orEmpty(file.addons()), "addons"));
    }

    private static Map<Long, List<String>> products(Map<String, List<String>> byProduct, String section) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        byProduct.forEach((product, names) -> {
            try {
                result.put(Long.parseLong(product.trim()), names == null ? List.of() : names);
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException(section + " key '" + product + "' is not an i_product number");
            }
        });
        return result;
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }
}
