package dev.iptvbridge.sandbox.portabilling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sections {@code environment}, {@code products}, {@code customers},
 * {@code accounts} and {@code generate} of a scenario file; other sections (Minerva's {@code packages}) and
 * unknown keys are ignored.
 */
final class ScenarioLoader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private ScenarioLoader() {
    }

    static Scenario load(InputStream yaml, String source, LocalDateTime now) {
        Map<String, Object> root;
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            root = parsed == null ? Map.of() : Json.MAPPER.convertValue(parsed, Json.MAP);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario " + source + " is not a YAML mapping: " + e.getMessage()
                    + "; see docs/sandbox-portabilling.md for the format", e);
        }
        try {
            return parse(root, source, now);
        } catch (Fault e) {
            throw new IllegalArgumentException("scenario " + source + ": " + e.faultstring(), e);
        }
    }

    private static Scenario parse(Map<String, Object> root, String source, LocalDateTime now) {
        int environment = Params.intOr(root, "environment", 1);
        Map<Long, ProductRecord> products = new HashMap<>();
        List<ProductRecord> productList = new ArrayList<>();
        for (Map<String, Object> item : section(root, "products")) {
            long iProduct = Params.requireLong(item, "i_product");
            String name = Params.optionalText(item, "name").orElse("Product " + iProduct);
            Map<String, Object> subscription = item.get("subscription") instanceof Map
                    ? Params.requireObject(item, "subscription") : Map.of();
            ProductRecord product = new ProductRecord(iProduct, name,
                    Params.optionalText(item, "description").orElse(""), Params.intOr(item, "addon_priority", 0),
                    Params.optionalLong(subscription, "i_subscription").orElse(iProduct),
                    Params.optionalText(subscription, "name").orElse(name + " monthly"));
            if (products.put(iProduct, product) != null) {
                throw Fault.badRequest("products: i_product " + iProduct + " appears twice");
            }
            productList.add(product);
        }
        Map<Long, CustomerRecord> customers = new HashMap<>();
        for (Map<String, Object> item : section(root, "customers")) {
            long iCustomer = Params.requireLong(item, "i_customer");
            RecordParser.rejectUnknown(item, RecordParser.CUSTOMER_FIELDS, "customers[i_customer " + iCustomer + "]");
            if (customers.put(iCustomer, CustomerBuilder.create(item, iCustomer, environment)) != null) {
                throw Fault.badRequest("customers: i_customer " + iCustomer + " appears twice");
            }
        }
        Map<Long, AccountRecord> accounts = new HashMap<>();
        for (Map<String, Object> item : section(root, "accounts")) {
            long iAccount = Params.requireLong(item, "i_account");
            RecordParser.rejectUnknown(item, RecordParser.ACCOUNT_FIELDS, "accounts[i_account " + iAccount + "]");
            long iCustomer = Params.requireLong(item, "i_customer");
            CustomerRecord customer = customers.get(iCustomer);
            if (customer == null) {
                throw Fault.badRequest("account " + iAccount + " names customer " + iCustomer + ", which is not under customers");
            }
            if (accounts.put(iAccount, AccountBuilder.create(item, iAccount, customer, products::get, now)) != null) {
                throw Fault.badRequest("accounts: i_account " + iAccount + " appears twice");
            }
        }
        Optional<WorldSpec> world = generate(root, source);
        if (world.isPresent() && !(customers.isEmpty() && accounts.isEmpty())) {
            throw Fault.badRequest("a scenario with 'generate' cannot also list customers or accounts: remove one or the other");
        }
        if (world.isPresent()) {
            WorldLoader.requireCatalog(products);
        }
        return new Scenario(environment, productList, List.copyOf(customers.values()), List.copyOf(accounts.values()), world);
    }

    private static Optional<WorldSpec> generate(Map<String, Object> root, String source) {
        Object value = root.get("generate");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw Fault.badRequest("'generate' must be a mapping, e.g. generate: {accounts: 1000, seed: 42, drift: {missing: 0.01}}");
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, ?> spec = (Map<String, ?>) map;
            return Optional.of(WorldSpec.fromMap(spec));
        } catch (IllegalArgumentException e) {
            throw Fault.badRequest(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> section(Map<String, Object> root, String name) {
        Object value = root.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw Fault.badRequest("'" + name + "' must be a list");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map)) {
                throw Fault.badRequest("each entry of '" + name + "' must be a mapping, got " + item);
            }
            items.add((Map<String, Object>) item);
        }
        return items;
    }
}
