package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.iptvbridge.sandbox.world.World;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory Minerva back-office over real HTTP, following the model in {@code docs/minerva.md}.
 * Thread-safe; start one per test (on a free port) or on its own through {@link MinervaSimulatorCommand}.
 */
public final class MinervaSimulator implements AutoCloseable {

    /** The path under which the modelled API lives. */
    public static final String API_PATH = "/xtv-ws-backoffice/api/v1";

    private final MinervaSimulatorSettings settings;
    private final CustomerStore store = new CustomerStore(Clock.systemUTC());
    private final MinervaFaults faults = new MinervaFaults();
    private final PurchaseFeed purchases = new PurchaseFeed(Clock.systemUTC());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final RequestPipeline pipeline;
    private Javalin app;

    private MinervaSimulator(MinervaSimulatorSettings settings) {
        this.settings = settings;
        this.pipeline = new RequestPipeline(json, faults, settings.username(), settings.password());
    }

    /** Starts a simulator with no packages and no customers. */
    public static MinervaSimulator start(MinervaSimulatorSettings settings) {
        MinervaSimulator simulator = new MinervaSimulator(requireNonNull(settings, "settings is null"));
        simulator.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            simulator.routes(cfg.routes);
        }).start(settings.host(), settings.port());
        return simulator;
    }

    private void routes(io.javalin.config.RoutesConfig routes) {
        String customer = API_PATH + "/customers/{externalId}";
        routes.get(API_PATH + "/packages", ctx -> on(MinervaOperation.LIST_PACKAGES, ctx,
                c -> ok(Map.of("packages", store.packages()))));
        routes.post(API_PATH + "/customers", ctx -> on(MinervaOperation.CREATE, ctx,
                c -> new RequestPipeline.Answer(201, store.create(Bodies.object(json, c.bodyAsBytes())))));
        routes.get(API_PATH + "/customers", ctx -> on(MinervaOperation.LIST, ctx,
                c -> ok(page(store.list(c.queryParam("page"), c.queryParam("size"))))));
        routes.get(customer, ctx -> on(MinervaOperation.READ, ctx, c -> ok(store.read(id(c)))));
        routes.patch(customer, ctx -> on(MinervaOperation.PATCH, ctx,
                c -> ok(store.patch(id(c), Bodies.object(json, c.bodyAsBytes())))));
        routes.put(customer + "/status", ctx -> on(MinervaOperation.STATUS, ctx,
                c -> ok(store.status(id(c), Bodies.object(json, c.bodyAsBytes())))));
        routes.put(customer + "/packages", ctx -> on(MinervaOperation.PACKAGES, ctx,
                c -> ok(store.packages(id(c), Bodies.object(json, c.bodyAsBytes())))));
        routes.delete(customer, ctx -> on(MinervaOperation.DELETE, ctx, c -> {
            store.delete(id(c));
            return new RequestPipeline.Answer(204, null);
        }));
        purchaseRoutes(routes);
    }

    private void purchaseRoutes(io.javalin.config.RoutesConfig routes) {
        routes.post(API_PATH + "/purchases", ctx -> on(MinervaOperation.PURCHASE, ctx,
                c -> new RequestPipeline.Answer(201, purchases.purchase(Bodies.object(json, c.bodyAsBytes())))));
        routes.post(API_PATH + "/purchases/{purchaseId}/refund", ctx -> on(MinervaOperation.PURCHASE, ctx,
                c -> new RequestPipeline.Answer(201, purchases.refund(c.pathParam("purchaseId")))));
        routes.get(API_PATH + "/purchases/events", ctx -> on(MinervaOperation.PURCHASE_EVENTS, ctx,
                c -> ok(purchases.page(c.queryParam("after"), c.queryParam("size")))));
    }

    private void on(MinervaOperation op, Context ctx, RequestPipeline.Operation operation) {
        pipeline.handle(op, ctx, operation);
    }

    private static RequestPipeline.Answer ok(Object body) {
        return new RequestPipeline.Answer(200, body);
    }

    private static String id(Context ctx) {
        return ctx.pathParam("externalId");
    }

    private static Map<String, Object> page(CustomerStore.CustomerPage page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customers", page.customers());
        body.put("page", page.page());
        body.put("size", page.size());
        body.put("total", page.total());
        return body;
    }

    public int port() {
        return app.port();
    }

    /** Such as {@code http://127.0.0.1:PORT/xtv-ws-backoffice/api/v1}. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + API_PATH;
    }

    public MinervaSimulatorSettings settings() {
        return settings;
    }

    public void stop() {
        pipeline.release();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Requests being handled now (held ones included). */
    public int inFlight() {
        return pipeline.inFlight();
    }

    /**
     * Clears customers, purchases, the journal, call counts, the concurrency peak and faults, and lets held
     * requests (timeouts, latency) finish at once; packages stay.
     */
    public void reset() {
        store.clearCustomers();
        purchases.clear();
        faults.clear();
        pipeline.reset();
    }

    /** Replaces the package catalog. */
    public void seedPackages(List<SimPackage> packages) {
        store.seedPackages(List.copyOf(requireNonNull(packages, "packages is null")));
    }

    /**
     * Seeds packages from the {@code packages} section of a scenario file; when it has a {@code generate}
     * section, replaces the customers by that world's; and makes the purchases its optional
     * {@code purchases} section asks for. Other keys are ignored.
     */
    public void loadScenario(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            load(ScenarioPackages.tree(in, yaml.toString()), yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #loadScenario(Path)}, from a stream (such as a classpath resource); the caller closes it. */
    public void loadScenario(InputStream yaml) {
        load(ScenarioPackages.tree(requireNonNull(yaml, "yaml is null"), "stream"), "stream");
    }

    private void load(com.fasterxml.jackson.databind.JsonNode root, String source) {
        seedPackages(ScenarioPackages.read(root, source));
        ScenarioPackages.world(root, source).ifPresent(spec -> WorldCustomers.load(store, World.generate(spec)));
        ScenarioPurchases.make(root, source, purchases);
    }

    /**
     * Seeds the bundled demo's packages and replaces every customer by a generated world's, as
     * they are (no journal entries, no call counts): the world was "already there".
     */
    public World.Counts loadWorld(World world) {
        requireNonNull(world, "world is null");
        try (InputStream demo = MinervaSimulator.class.getResourceAsStream("/scenarios/demo.yaml")) {
            seedPackages(ScenarioPackages.read(ScenarioPackages.tree(requireNonNull(demo, "the bundled demo.yaml is missing"),
                    "demo.yaml"), "demo.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo.yaml: " + e.getMessage(), e);
        }
        return WorldCustomers.load(store, world);
    }

    public List<SimPackage> packages() {
        return store.packages();
    }

    public Optional<SimCustomer> customer(String externalId) {
        return store.find(externalId);
    }

    /** Every customer, ordered by external id. */
    public List<SimCustomer> customers() {
        return store.all();
    }

    /** Puts a customer as it is, replacing one with the same id: seeds drift for tests. */
    public void putCustomer(SimCustomer customer) {
        store.put(requireNonNull(customer, "customer is null"));
    }

    /** The last 100,000 requests, oldest first. */
    public List<JournalEntry> journal() {
        return pipeline.journal();
    }

    /** Calls per operation name (list-packages, create, read, list, patch, status, packages, delete). */
    public Map<String, Long> callCounts() {
        return pipeline.callCounts();
    }

    /** The most requests the simulator held at once since start or the last reset. */
    public int maxConcurrentSeen() {
        return pipeline.maxConcurrentSeen();
    }

    public MinervaFaults faults() {
        return faults;
    }

    /** Records a purchase as {@code POST /purchases} does, with a made-up id such as {@code PUR-000001}; prices are kept as given. */
    public SimPurchaseEvent recordPurchase(String externalId, String kind, String title, String price, String currency) {
        return purchases.purchase(null, externalId, kind, title, price, currency);
    }

    /** Refunds a purchase once, as {@code POST /purchases/{id}/refund} does. */
    public SimPurchaseEvent refundPurchase(String purchaseId) {
        return purchases.refund(purchaseId);
    }

    /** Every event of the purchase feed, oldest first. */
    public List<SimPurchaseEvent> purchaseEvents() {
        return purchases.events();
    }

    /** From now on every {@code pages}-th page of the feed repeats the page before it too (0: never). */
    public void repeatFeedPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be 0 or more, was " + pages);
        }
        purchases.repeatEvery(pages);
    }
}
