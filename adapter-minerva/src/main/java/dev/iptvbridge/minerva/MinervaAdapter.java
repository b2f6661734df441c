package dev.iptvbridge.minerva;

import static dev.iptvbridge.minerva.CustomerMapping.externalId;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * {@link IptvPlatformPort} over Minerva's back-office API (our model of it: docs/minerva.md).
 * Thread-safe. Calls share one pooled JDK HTTP client, at most {@code maxConcurrency} at once and
 * {@code ratePerSecond} started per second; Feign never retries by itself. Every failure leaves as
 * an {@link dev.iptvbridge.application.port.out.IntegrationException}.
 */
public final class MinervaAdapter implements IptvPlatformPort {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MinervaAdapter.class);

    private final MinervaBackofficeApi api;
    private final CallGuard guard;
    private final Resilience resilience;
    private final String baseUrl;

    private MinervaAdapter(MinervaBackofficeApi api, CallGuard guard, Resilience resilience, String baseUrl) {
        this.api = api;
        this.guard = guard;
        this.resilience = resilience;
        this.baseUrl = baseUrl;
    }

    /** An adapter with the default retries and circuit breaker ({@link MinervaResilience#DEFAULT}). */
    public static MinervaAdapter create(MinervaSettings settings) {
        return create(settings, MinervaResilience.DEFAULT);
    }

    public static MinervaAdapter create(MinervaSettings settings, MinervaResilience resilience) {
        requireNonNull(settings, "settings is null");
        requireNonNull(resilience, "resilience is null");
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        MinervaBackofficeApi api = MinervaClients.target(MinervaBackofficeApi.class, settings, json);
        Resilience breaker = new Resilience(resilience);
        return new MinervaAdapter(api, new CallGuard(settings, breaker), breaker, settings.baseUrl());
    }

    /** Whether Minerva takes calls: its circuit breaker is closed. No remote call. */
    public boolean isAvailable() {
        return resilience.available();
    }

    /** The circuit breaker's state: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState() {
        return resilience.state();
    }

    /** The last failure that counted against Minerva, for the health check; carries no secret. */
    public Optional<String> lastFailure() {
        return resilience.lastFailure();
    }

    public String baseUrl() {
        return baseUrl;
    }

    MinervaBackofficeApi api() {
        return api;
    }

    /**
     * One cheap call ({@code GET /packages}) through the breaker, so that a Minerva that is down is
     * tried again even when no work is queued. Failures are the breaker's to count, not the caller's.
     */
    public void probe() {
        try {
            listPackages();
        } catch (IntegrationException ignored) {
            // counted by the breaker when it was Minerva's fault; the health check shows it
        }
    }

    @Override
    public Optional<IptvCustomer> find(long accountId) {
        String action = "read Minerva customer " + externalId(accountId);
        try {
            return Optional.of(CustomerMapping.toDomain(guard.call(action, () -> api.read(externalId(accountId))), action));
        } catch (MinervaCallException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw Failures.classify(action, e);
        }
    }

    @Override
    public Page<IptvCustomer> list(int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be 0 or more and size from 1 to 1000, not page "
                    + page + " size " + size);
        }
        String action = "list Minerva customers (page " + page + ", size " + size + ")";
        CustomerPageJson json = call(action, () -> api.list(page, size));
        CustomerMapping.field(json, "body", action);
        List<IptvCustomer> items = new ArrayList<>();
        for (CustomerJson customer : CustomerMapping.field(json.customers(), "customers", action)) {
            Optional<IptvCustomer> ours = CustomerMapping.toDomainIfOurs(customer, action);
            if (ours.isPresent()) {
                items.add(ours.get());
            } else {
                LOG.warn("{}: skipped customer with externalId '{}', which is not an i_account (not made by the bridge)",
                        action, customer.externalId());
            }
        }
        return new Page<>(items, CustomerMapping.field(json.total(), "total", action));
    }

    @Override
    public boolean create(IptvCustomer customer) {
        requireNonNull(customer, "customer is null");
        String action = "create Minerva customer " + externalId(customer.account());
        try {
            CustomerMapping.toDomain(guard.call(action, () -> api.create(CustomerMapping.toNew(customer))), action);
            return true;
        } catch (MinervaCallException e) {
            if (e.status() == 409) {
                return false;
            }
            // Creating needs no customer, so a 404 is about a package, whatever its code says.
            if (e.status() == 404) {
                throw unknownPackage(action, customer.packages(), e);
            }
            throw Failures.classify(action, e);
        }
    }

    @Override
    public void enable(long accountId) {
        setStatus(accountId, new StatusChangeJson("ENABLED", null), "enable");
    }

    @Override
    public void disable(long accountId, String reason) {
        requireNonNull(reason, "reason is null");
        setStatus(accountId, new StatusChangeJson("DISABLED", reason), "disable");
    }

    private void setStatus(long accountId, StatusChangeJson change, String verb) {
        String action = verb + " Minerva customer " + externalId(accountId);
        mutate(action, () -> api.setStatus(externalId(accountId), change));
    }

    @Override
    public void setPackages(long accountId, SortedSet<String> packages) {
        requireNonNull(packages, "packages is null");
        String action = "set packages " + packages + " of Minerva customer " + externalId(accountId);
        try {
            CustomerMapping.toDomain(guard.call(action,
                    () -> api.setPackages(externalId(accountId), new PackagesJson(List.copyOf(packages)))), action);
        } catch (MinervaCallException e) {
            if (e.status() == 404 && e.code().filter("PACKAGE_NOT_FOUND"::equals).isPresent()) {
                throw unknownPackage(action, packages, e);
            }
            throw Failures.classify(action, e);
        }
    }

    @Override
    public void changeProfile(long accountId, ProfileChange change) {
        requireNonNull(change, "change is null");
        ProfilePatchJson patch = new ProfilePatchJson(change.login().orElse(null), change.name().orElse(null),
                change.wholeHomeDvr().orElse(null));
        String action = "change profile of Minerva customer " + externalId(accountId);
        mutate(action, () -> api.changeProfile(externalId(accountId), patch));
    }

    @Override
    public void delete(long accountId) {
        String action = "delete Minerva customer " + externalId(accountId);
        try {
            guard.call(action, () -> {
                api.delete(externalId(accountId));
                return null;
            });
        } catch (MinervaCallException e) {
            if (e.status() != 404) {
                throw Failures.classify(action, e);
            }
            // Already gone, perhaps deleted by an earlier attempt whose answer was lost.
        }
    }

    @Override
    public List<IptvPackage> listPackages() {
        String action = "list Minerva packages";
        PackageListJson json = CustomerMapping.field(call(action, api::listPackages), "body", action);
        List<IptvPackage> packages = new ArrayList<>();
        for (PackageJson p : CustomerMapping.field(json.packages(), "packages", action)) {
            packages.add(CustomerMapping.toDomain(p, action));
        }
        return List.copyOf(packages);
    }

    private void mutate(String action, java.util.function.Supplier<CustomerJson> call) {
        try {
            CustomerMapping.toDomain(guard.call(action, call), action);
        } catch (MinervaCallException e) {
            throw Failures.classify(action, e);
        }
    }

    /** A call inside the cap, breaker, retries and rate limit: for the other ports of this module. */
    <T> T call(String action, java.util.function.Supplier<T> call) {
        try {
            return guard.call(action, call);
        } catch (MinervaCallException e) {
            throw Failures.classify(action, e);
        }
    }

    private static PermanentFailure unknownPackage(String action, SortedSet<String> sent, MinervaCallException e) {
        return PermanentFailure.unknownPackage(action + ": Minerva does not know one of the packages " + sent
                + " (Minerva said: " + e.getMessage() + "). This is a catalog error: fix the package ids in the"
                + " bridge's catalog, or create the package in Minerva", e);
    }
}
