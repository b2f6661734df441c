package dev.iptvbridge.embedded;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.embedded.internal.runtime.HostRuntime;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bridge inside a host's JVM service: everything a host calls, nothing of the daemon (no HTTP
 * server, no command line). Build it with {@link #builder()} or inject it from
 * {@code dev.iptvbridge.embedded.guice.IptvBridgeModule}; close it when the host stops.
 *
 * <p>Threads: {@link #handleEspf}, {@link #reconcile} and {@link #explain} run on the caller's thread
 * and block on the database or the remote systems; {@link #startWorkers} starts the bridge's own
 * threads ({@code iptv-bridge-worker-N}, {@code iptv-bridge-housekeeping}) and returns. Every method
 * may be called from any thread.
 */
public final class IptvBridgeHost implements AutoCloseable {

    private final HostRuntime runtime;

    IptvBridgeHost(HostRuntime runtime) {
        this.runtime = requireNonNull(runtime, "runtime is null");
    }

    public static IptvBridgeBuilder builder() {
        return new IptvBridgeBuilder();
    }

    /**
     * Takes one ESPF webhook request, from any HTTP framework: write the answer back as it is.
     * Never throws; blocks for one database transaction. Needs the schema ({@link #migrate}).
     */
    public EspfHttpResponse handleEspf(EspfHttpRequest request) {
        if (request == null) {
            return new EspfHttpResponse(400, "application/json", Map.of(), "{\"error\":\"no request\"}");
        }
        try {
            return Views.response(runtime.espf().handle(request.headers(), request.body(), request.remoteAddress()));
        } catch (RuntimeException unexpected) {
            return Views.unavailable("the event could not be handled; send it again later");
        }
    }

    /** Brings the database schema up to date (blocks); safe to repeat, and beside other bridges on one database. */
    public String migrate() {
        return call("migrate the database", runtime::migrate);
    }

    /**
     * Migrates if not done yet, checks that PortaBilling and Minerva take the bridge's credentials (both at
     * once, bounded by their timeouts), then starts the workers and the housekeeping on their own threads.
     * A system that refuses the credentials fails it with the system and the fix named; one that cannot be
     * reached does not: the workers start, {@link #health()} names it, and it is checked again every minute.
     */
    public void startWorkers() {
        call("start the workers", () -> {
            runtime.startWorkers();
            return null;
        });
    }

    /** Stops claiming work and waits (up to 30 s) for the reconciles under way; idempotent. */
    public void stopWorkers() {
        runtime.stopWorkers();
    }

    /** Reconciles one account now, on the caller's thread; safe beside the workers. */
    public ReconcileOutcome reconcile(long accountId) {
        return call("reconcile account " + accountId, () -> Views.outcome(runtime.reconcile(accountId), accountId));
    }

    /**
     * Reads the bridge's records, billing and Minerva, and shows the plan a reconcile would make;
     * changes nothing. Billing or Minerva down is in the answer ({@code UNKNOWN}, {@code details.unreadable}).
     */
    public ExplainedAccount explain(long accountId) {
        return call("explain account " + accountId, () -> Views.explained(runtime.explain(accountId)));
    }

    /**
     * The account's service history as JSON, the same the daemon's {@code GET /accounts/{i_account}/history}
     * answers (docs/billing.md): per service package, the periods it was ENABLED, DISABLED or ABSENT.
     *
     * @param from start, {@code 2026-11-01} or {@code 2026-11-01T10:00:00Z}; null for the account's first change
     * @param to   end, excluded; null for now
     * @throws IptvBridgeException naming a wrong date, or when the bridge's database cannot be read
     */
    public String history(long accountId, String from, String to) {
        return call("read the service history of account " + accountId, () -> runtime.historyJson(accountId, from, to));
    }

    /** Asks the database (blocks up to 2 s), the workers and the latest checks of the remote systems; never throws. */
    public BridgeHealth health() {
        return new BridgeHealth(runtime.databaseReady(), runtime.workersRunning(), runtime.degraded());
    }

    /** Answers new ESPF requests 503, stops the workers, and closes the bridge's own pool (never the host's). */
    @Override
    public void close() {
        runtime.close();
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (IptvBridgeException failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw new IptvBridgeException("could not " + what + ": " + failure.getMessage(), failure);
        }
    }
}
