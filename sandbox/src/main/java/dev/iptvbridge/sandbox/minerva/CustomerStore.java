package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iptvbridge.sandbox.world.HashOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The simulator's data and the rules of each operation; thread-safe (one atomic map step per change). */
final class CustomerStore {

    static final int MAX_PAGE_SIZE = 1000;
    private static final Set<String> CREATE_FIELDS = Set.of("externalId", "login", "name", "status", "packages",
            "wholeHomeDvr", "maxDevices", "createdAt", "updatedAt");
    private static final Set<String> PATCH_FIELDS = Set.of("login", "name", "wholeHomeDvr", "maxDevices");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "reason");
    private static final Set<String> PACKAGES_FIELDS = Set.of("packages");

    private final ConcurrentSkipListMap<String, SimCustomer> customers = new ConcurrentSkipListMap<>();
    private volatile Map<String, SimPackage> packages = Map.of();
    private final Clock clock;
    // Bumped after every create and delete: the list order is rebuilt when it no longer matches.
    private final AtomicLong structure = new AtomicLong();
    private volatile ListOrder order = new ListOrder(-1, new String[0]);

    private record ListOrder(long version, String[] ids) { }

    CustomerStore(Clock clock) {
        this.clock = clock;
    }

    record CustomerPage(List<SimCustomer> customers, int page, int size, long total) { }

    List<SimPackage> packages() {
        return List.copyOf(packages.values());
    }

    void seedPackages(List<SimPackage> seeded) {
        Map<String, SimPackage> byId = new LinkedHashMap<>();
        seeded.forEach(p -> byId.put(p.id(), p));
        packages = byId;
    }

    SimCustomer create(JsonNode body) {
        Bodies.onlyFields(body, CREATE_FIELDS);
        String externalId = Bodies.requiredText(body, "externalId");
        String login = Bodies.requiredText(body, "login");
        String name = Bodies.optional(body, "name").map(v -> Bodies.text(v, "name")).orElse("");
        String status = Bodies.optional(body, "status").map(Bodies::status).orElse(SimCustomer.ENABLED);
        List<String> pkgs = Bodies.optional(body, "packages").map(Bodies::packages).orElse(List.of());
        boolean dvr = Bodies.optional(body, "wholeHomeDvr").map(v -> Bodies.bool(v, "wholeHomeDvr")).orElse(false);
        int maxDevices = Bodies.optional(body, "maxDevices").map(Bodies::maxDevices).orElse(4);
        requireKnownPackages(pkgs);
        Instant now = now();
        SimCustomer created = new SimCustomer(externalId, login, name, status, pkgs, dvr, maxDevices, now, now);
        if (customers.putIfAbsent(externalId, created) != null) {
            throw new MinervaHttpError(409, "CUSTOMER_EXISTS", "customer " + externalId + " exists");
        }
        structure.incrementAndGet();
        return created;
    }

    SimCustomer read(String externalId) {
        return find(externalId).orElseThrow(() -> MinervaHttpError.customerNotFound(externalId));
    }

    CustomerPage list(String pageParam, String sizeParam) {
        int page = intParam("page", pageParam, 0);
        int size = intParam("size", sizeParam, 500);
        if (page < 0) {
            throw MinervaHttpError.validation("'page' must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw MinervaHttpError.validation("'size' must be from 1 to " + MAX_PAGE_SIZE + ", not " + size);
        }
        // The order is a seeded hash of the external id, not the id order: Minerva promises none [C].
        String[] ids = listOrder();
        List<SimCustomer> items = new ArrayList<>(Math.min(size, 64));
        for (long i = (long) page * size; i < ids.length && items.size() < size; i++) {
            SimCustomer c = customers.get(ids[(int) i]);
            if (c != null) {
                items.add(c);
            }
        }
        return new CustomerPage(items, page, size, ids.length);
    }

    SimCustomer patch(String externalId, JsonNode body) {
        Bodies.onlyFields(body, PATCH_FIELDS);
        body.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                throw MinervaHttpError.validation("'" + e.getKey() + "' is null: leave a field out to keep its value");
            }
        });
        Optional<String> login = Bodies.optional(body, "login").map(v -> Bodies.nonEmptyText(v, "login"));
        Optional<String> name = Bodies.optional(body, "name").map(v -> Bodies.text(v, "name"));
        Optional<Boolean> dvr = Bodies.optional(body, "wholeHomeDvr").map(v -> Bodies.bool(v, "wholeHomeDvr"));
        Optional<Integer> maxDevices = Bodies.optional(body, "maxDevices").map(Bodies::maxDevices);
        return update(externalId, c -> {
            SimCustomer changed = c.withProfile(login.orElse(c.login()), name.orElse(c.name()),
                    dvr.orElse(c.wholeHomeDvr()), maxDevices.orElse(c.maxDevices()), c.updatedAt());
            return changed.equals(c) ? c : changed.withStatus(c.status(), now());
        });
    }

    SimCustomer status(String externalId, JsonNode body) {
        Bodies.onlyFields(body, STATUS_FIELDS);
        String status = Bodies.status(Bodies.optional(body, "status")
                .orElseThrow(() -> MinervaHttpError.validation("'status' is required")));
        Bodies.optional(body, "reason").ifPresent(v -> Bodies.text(v, "reason"));
        return update(externalId, c -> c.status().equals(status) ? c : c.withStatus(status, now()));
    }

    SimCustomer packages(String externalId, JsonNode body) {
        Bodies.onlyFields(body, PACKAGES_FIELDS);
        List<String> pkgs = Bodies.packages(Bodies.optional(body, "packages")
                .orElseThrow(() -> MinervaHttpError.validation("'packages' is required (an empty array removes all)")));
        read(externalId);
        requireKnownPackages(pkgs);
        return update(externalId, c -> {
            SimCustomer changed = c.withPackages(pkgs, c.updatedAt());
            return changed.equals(c) ? c : c.withPackages(pkgs, now());
        });
    }

    void delete(String externalId) {
        if (customers.remove(externalId) == null) {
            throw MinervaHttpError.customerNotFound(externalId);
        }
        structure.incrementAndGet();
    }

    Optional<SimCustomer> find(String externalId) {
        return Optional.ofNullable(customers.get(externalId));
    }

    List<SimCustomer> all() {
        return List.copyOf(customers.values());
    }

    void put(SimCustomer customer) {
        if (customers.put(customer.externalId(), customer) == null) {
            structure.incrementAndGet();
        }
    }

    void clearCustomers() {
        customers.clear();
        structure.incrementAndGet();
    }

    private String[] listOrder() {
        ListOrder current = order;
        if (current.version() == structure.get()) {
            return current.ids();
        }
        synchronized (this) {
            long version = structure.get();
            if (order.version() != version) {
                order = new ListOrder(version, HashOrder.sort(customers.keySet(), HashOrder.DEFAULT_SEED));
            }
            return order.ids();
        }
    }

    private SimCustomer update(String externalId, java.util.function.UnaryOperator<SimCustomer> change) {
        SimCustomer updated = customers.computeIfPresent(externalId, (id, c) -> change.apply(c));
        if (updated == null) {
            throw MinervaHttpError.customerNotFound(externalId);
        }
        return updated;
    }

    private void requireKnownPackages(List<String> ids) {
        Map<String, SimPackage> known = packages;
        for (String id : ids) {
            if (!known.containsKey(id)) {
                throw MinervaHttpError.packageNotFound(id);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static int intParam(String name, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw MinervaHttpError.validation("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
