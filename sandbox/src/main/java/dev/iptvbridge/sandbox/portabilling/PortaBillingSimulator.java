package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.sandbox.world.World;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PortaBilling simulator on a local HTTP port: the JSON API under {@code /rest}, the ESPF
 * status API under {@code /espf/v1}, and an {@link EspfSender} that delivers an ESPF event for
 * every change, whether the change comes through the API or through the Java methods here.
 * Loading a scenario emits no events. Thread-safe. Errors in the Java methods are
 * {@link IllegalArgumentException}s whose message starts with the API's faultcode.
 */
public final class PortaBillingSimulator implements AutoCloseable {

    private final Clock clock;
    private final EspfSender sender;
    private final BillingStore store;
    private final SessionStore sessions;
    private final ApiMethods methods;
    private final ChargeFaults chargeFaults = new ChargeFaults();
    private final Transactions transactions;
    private final ApiEndpoint api;
    private final StatusEndpoint status;
    private final Javalin app;

    private PortaBillingSimulator(PortaBillingSimulatorSettings settings, Clock clock) {
        this.clock = clock;
        this.sender = new EspfSender(clock);
        this.store = new BillingStore(clock, sender::publish);
        this.sessions = new SessionStore(settings, clock);
        this.transactions = new Transactions(store, clock, chargeFaults);
        this.methods = new ApiMethods(store, sessions, transactions);
        this.api = new ApiEndpoint(methods, sessions, chargeFaults);
        this.status = new StatusEndpoint(store, sessions, clock);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.routes.post("/rest/{service}/{method}", api::handle);
            cfg.routes.post("/espf/v1/account/i/{i_account}/status", status::handle);
        });
    }

    /** Starts on the settings' host and port (a free one for port 0), with the system clock. */
    public static PortaBillingSimulator start(PortaBillingSimulatorSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** Starts with this clock, which decides token expiry, {@code event_time}, {@code Date} and the log's times. */
    public static PortaBillingSimulator start(PortaBillingSimulatorSettings settings, Clock clock) {
        requireNonNull(settings, "settings is null");
        requireNonNull(clock, "clock is null");
        PortaBillingSimulator simulator = new PortaBillingSimulator(settings, clock);
        try {
            simulator.app.start();
        } catch (RuntimeException e) {
            simulator.sender.stop();
            throw new IllegalStateException("cannot start the PortaBilling simulator on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "): choose another port, or 0 for a free one", e);
        }
        return simulator;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT}; the API is under {@code /rest}, the ESPF status API under {@code /espf/v1}. */
    public String baseUrl() {
        String host = app.unsafe.jetty.host;
        return "http://" + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port();
    }

    public void stop() {
        sender.stop();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Empties billing data, sessions, reported statuses, call counts, transactions and charge faults, the sender's queue and log; keeps the sender's settings. */
    public void reset() {
        store.clear();
        sessions.clear();
        status.clear();
        api.clearCounts();
        sender.clear();
        transactions.clear();
        chargeFaults.clear();
    }

    /** Replaces all billing data by the scenario's; see docs/sandbox-portabilling.md for the format. */
    public void loadScenario(Path yaml) {
        requireNonNull(yaml, "yaml is null");
        try (InputStream in = Files.newInputStream(yaml)) {
            store.load(ScenarioLoader.load(in, yaml.toString(), now()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + yaml + ": " + e.getMessage(), e);
        }
    }

    public void loadScenario(InputStream yaml) {
        store.load(ScenarioLoader.load(requireNonNull(yaml, "yaml is null"), "(stream)", now()));
    }

    /**
     * Replaces all billing data by the bundled demo's products (environment 3) and a generated
     * world's customers and accounts, without events: the world was "already there".
     */
    public World.Counts loadWorld(World world) {
        requireNonNull(world, "world is null");
        try (InputStream demo = PortaBillingSimulator.class.getResourceAsStream("/scenarios/demo.yaml")) {
            Scenario catalog = ScenarioLoader.load(requireNonNull(demo, "the bundled /scenarios/demo.yaml is missing"), "demo.yaml", now());
            store.load(new Scenario(catalog.environment(), catalog.products(), List.of(), List.of(), Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo.yaml: " + e.getMessage(), e);
        }
        return WorldLoader.load(store, world);
    }

    /** Every API call (not the ESPF status API) takes at least {@code delay}; zero removes it. Kept across {@link #reset}. */
    public void latency(Duration delay) {
        api.latency(requireNonNull(delay, "delay is null"));
    }

    public EspfSender espf() {
        return sender;
    }

    /** Like {@code Account/add_account}: emits {@code Account/New} / {@code Subscriber/Created}. */
    public long addAccount(Map<String, Object> accountInfo) {
        return store.addAccount(requireNonNull(accountInfo, "accountInfo is null"));
    }

    /** Like {@code Account/update_account} ({@code id}, {@code i_product}, {@code blocked}, {@code assigned_addons}, {@code bill_status}). */
    public void updateAccount(long iAccount, Map<String, Object> changes) {
        store.updateAccount(iAccount, requireNonNull(changes, "changes is null"));
    }

    /** Like {@code Account/terminate_account}: bill_status C, the account stays readable. */
    public void terminateAccount(long iAccount) {
        store.terminateAccount(iAccount);
    }

    /**
     * Sets what {@code Account/get_subscriptions} answers for the account, in place of the subscriptions
     * its products carry: maps with {@code i_subscription}, {@code name}, {@code start_date},
     * {@code finish_date} and {@code status} ({@code active}, {@code pending} or {@code closed}).
     */
    public void setSubscriptions(long iAccount, List<Map<String, Object>> subscriptions) {
        store.setSubscriptions(iAccount, requireNonNull(subscriptions, "subscriptions is null"));
    }

    public long addCustomer(Map<String, Object> customerInfo) {
        return store.addCustomer(requireNonNull(customerInfo, "customerInfo is null"));
    }

    /** Like {@code Customer/update_customer} ({@code name}, {@code bill_status} O/S/C, {@code blocked}). */
    public void updateCustomer(long iCustomer, Map<String, Object> changes) {
        store.updateCustomer(iCustomer, requireNonNull(changes, "changes is null"));
    }

    /** The {@code account_info} the API would answer, empty for an account that never existed. */
    public Optional<Map<String, Object>> account(long iAccount) {
        return store.account(iAccount).map(methods::accountView);
    }

    /** What the bridge last reported through the ESPF status API for this account and group. */
    public Optional<ReportedStatus> provisioningStatus(long iAccount, String group) {
        return status.status(iAccount, requireNonNull(group, "group is null"));
    }

    /**
     * Until called again with 0, the ESPF status API answers every report with {@code httpStatus}
     * (4xx or 5xx) and records nothing: an outage to test that reports are sent again.
     */
    public void failStatusReports(int httpStatus) {
        status.failWith(httpStatus);
    }

    /** Status reports answered by an outage since start or reset. */
    public long refusedStatusReports() {
        return status.refused();
    }

    /** Every access token and session id stops working at once; the next call gets {@code Server.Session.check_auth.auth_failed}. */
    public void expireAllTokens() {
        sessions.expireAll();
    }

    /** Every transaction {@code Account/make_transaction} applied since start or reset, oldest first. */
    public java.util.List<SimTransaction> transactions() {
        return transactions.applied();
    }

    /** The account's currency, shown as {@code iso_4217} in its {@code account_info}; without one, none is shown. */
    public void setAccountCurrency(long iAccount, String iso4217) {
        transactions.currency(iAccount, requireNonNull(iso4217, "iso4217 is null"));
    }

    /** The faults of charging: applied then never answered, failed calls. */
    public ChargeFaults chargeFaults() {
        return chargeFaults;
    }

    /** Calls per API method since start or reset, e.g. {@code "Account/get_account_info" -> 12}. */
    public Map<String, Long> callCounts() {
        return api.counts();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
