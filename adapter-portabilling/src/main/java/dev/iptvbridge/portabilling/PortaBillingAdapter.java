package dev.iptvbridge.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.portabilling.ApiAnswers.AccountInfoAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.AccountJson;
import dev.iptvbridge.portabilling.ApiAnswers.AccountListAnswer;
import dev.iptvbridge.portabilling.ApiAnswers.CustomerInfoAnswer;
import dev.iptvbridge.portabilling.ApiRequests.AccountListQuery;
import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.CustomerQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.ApiRequests.StatusReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads accounts and customers from PortaBilling's JSON API and reports provisioning results
 * through its ESPF API, over one shared session. Thread-safe. Every failure is an
 * {@link dev.iptvbridge.application.port.out.IntegrationException}; docs/portabilling.md has the table.
 */
public final class PortaBillingAdapter implements BillingPort, ProvisioningStatusPort {

    /** The ESPF service group the bridge reports for. */
    static final String GROUP = "IPTV";
    /** The longest status message PortaBilling keeps. */
    static final int MAX_MESSAGE = 4000;

    private final PortaBillingSettings settings;
    private final PortaBillingApi api;
    private final EspfApi espf;
    private final PortaBillingSession session;
    private final Resilience resilience;

    PortaBillingAdapter(PortaBillingSettings settings, PortaBillingApi api, EspfApi espf, Clock clock) {
        this(settings, api, espf, clock, PortaBillingResilience.DEFAULT);
    }

    PortaBillingAdapter(PortaBillingSettings settings, PortaBillingApi api, EspfApi espf, Clock clock,
                        PortaBillingResilience resilience) {
        this.resilience = new Resilience(requireNonNull(resilience, "resilience is null"));
        this.settings = requireNonNull(settings, "settings is null");
        this.api = requireNonNull(api, "api is null");
        this.espf = requireNonNull(espf, "espf is null");
        this.session = new PortaBillingSession(api, settings, requireNonNull(clock, "clock is null"));
    }

    /** An adapter for {@code settings}; it logs in on its first call, not here. */
    public static PortaBillingAdapter create(PortaBillingSettings settings) {
        return create(settings, PortaBillingResilience.DEFAULT);
    }

    /** As {@link #create(PortaBillingSettings)}, with its own retries and circuit breaker. */
    public static PortaBillingAdapter create(PortaBillingSettings settings, PortaBillingResilience resilience) {
        return create(settings, Clock.systemUTC(), resilience);
    }

    static PortaBillingAdapter create(PortaBillingSettings settings, Clock clock) {
        return create(settings, clock, PortaBillingResilience.DEFAULT);
    }

    static PortaBillingAdapter create(PortaBillingSettings settings, Clock clock, PortaBillingResilience resilience) {
        requireNonNull(settings, "settings is null");
        FeignClients clients = new FeignClients(settings);
        return new PortaBillingAdapter(settings, clients.api(), clients.espf(), clock, resilience);
    }

    /** Whether PortaBilling takes calls: its circuit breaker is closed. No remote call. */
    public boolean isAvailable() {
        return resilience.available();
    }

    /** The circuit breaker's state: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState() {
        return resilience.state();
    }

    /** The last failure that counted against PortaBilling, for the health check; carries no secret. */
    public Optional<String> lastFailure() {
        return resilience.lastFailure();
    }

    PortaBillingSettings settings() {
        return settings;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    /** The API client, for the other ports of this module over the same session. */
    PortaBillingApi api() {
        return api;
    }

    /**
     * A login through the breaker, so that a PortaBilling that is down is tried again even when no
     * work is queued. Failures are the breaker's to count, not the caller's.
     */
    public void probe() {
        try {
            resilience.read("Session/login (probe)", () -> {
                session.loginNow();
                return null;
            });
        } catch (IntegrationException ignored) {
            // counted by the breaker when it was PortaBilling's fault; the health check shows it
        }
    }

    /**
     * Logs in now, through the breaker, and throws what failed: the bridge's start-up and periodic
     * credentials check. A refused login is a {@link dev.iptvbridge.application.port.out.PermanentFailure}.
     */
    public void checkLogin() {
        resilience.read("Session/login (check)", () -> {
            session.loginNow();
            return null;
        });
    }

    @Override
    public Optional<Account> readAccount(long accountId) {
        String operation = "Account/get_account_info";
        AccountInfoAnswer answer = read(operation,
                token -> api.getAccountInfo(token, new Envelope<>(new AccountQuery(accountId))));
        if (answer == null) {
            throw AnswerMapper.missing(operation, "its body");
        }
        // {} without account_info: PortaBilling no longer shows the account (or never had it)
        return Optional.ofNullable(answer.accountInfo())
                .map(json -> AnswerMapper.account(operation, "account_info", json, OptionalInt.empty()));
    }

    @Override
    public Optional<Customer> readCustomer(long customerId) {
        String operation = "Customer/get_customer_info";
        CustomerInfoAnswer answer = read(operation,
                token -> api.getCustomerInfo(token, new Envelope<>(new CustomerQuery(customerId))));
        if (answer == null) {
            throw AnswerMapper.missing(operation, "its body");
        }
        return Optional.ofNullable(answer.customerInfo()).map(json -> AnswerMapper.customer(operation, json));
    }

    @Override
    public Page<Account> listAccounts(OptionalLong customerId, OptionalInt environment, int offset, int limit) {
        requireNonNull(customerId, "customerId is null");
        requireNonNull(environment, "environment is null");
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, were " + offset + " and " + limit);
        }
        String operation = "Account/get_account_list";
        AccountListQuery query = new AccountListQuery(
                customerId.isPresent() ? customerId.getAsLong() : null,
                environment.isPresent() ? environment.getAsInt() : null, limit, offset, 1);
        AccountListAnswer answer = read(operation, token -> api.getAccountList(token, new Envelope<>(query)));
        if (answer == null || answer.accountList() == null) {
            throw AnswerMapper.missing(operation, "account_list");
        }
        List<Account> accounts = new ArrayList<>(answer.accountList().size());
        for (int i = 0; i < answer.accountList().size(); i++) {
            AccountJson json = answer.accountList().get(i);
            accounts.add(AnswerMapper.account(operation, "account_list[" + i + "]", json, environment));
        }
        // total is our model of get_total: without it, a full page promises at least one more
        long total = answer.total() != null ? answer.total()
                : offset + accounts.size() + (accounts.size() >= limit ? 1 : 0);
        return new Page<>(accounts, total);
    }

    @Override
    public void report(long accountId, ProvisioningStatus status, String message) {
        requireNonNull(status, "status is null");
        StatusReport report = new StatusReport(status.name(), GROUP, cut(message == null ? "" : message));
        // Tried once, and outside the breaker: the ESPF status API failing says nothing of the accounts
        // API, so it must not pause the reconciles; the status outbox sends the report again with its
        // own backoff, and a report repeated here could carry a status that is stale by the next try.
        withSession("espf account status", token -> {
            espf.reportStatus(token, accountId, report);
            return null;
        });
    }

    @Override
    public String toString() {
        return "PortaBillingAdapter[" + settings + "]";
    }

    /** A read through the breaker and retries, with the shared session: for the other ports of this module. */
    <T> T read(String operation, Function<String, T> call) {
        return resilience.read(operation, () -> withSession(operation, call));
    }

    /** Runs a call with the session's token; on a rejected token logs in again once and repeats once. */
    private <T> T withSession(String operation, Function<String, T> call) {
        return SessionCalls.run(session, settings, operation, call);
    }

    /** At most {@link #MAX_MESSAGE} characters, without splitting a surrogate pair. */
    static String cut(String message) {
        if (message.length() <= MAX_MESSAGE) {
            return message;
        }
        int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return message.substring(0, end);
    }
}
